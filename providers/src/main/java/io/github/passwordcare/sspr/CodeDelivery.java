package io.github.passwordcare.sspr;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Sends codes off the request thread, each in a Keycloak session of its own, once the step's
 * transaction has committed. The request that asked for a code does the same work whether or not
 * anything is sent (enumeration safety: stock Keycloak's reset email takes ~20 ms longer for a real
 * account, measurable from outside). Owned by the factory; at most {@link #QUEUE} pending sends,
 * beyond that a send is dropped with a warning rather than slowing requests down.
 */
final class CodeDelivery {

  private static final Logger LOG = Logger.getLogger(CodeDelivery.class);
  private static final int THREADS = 2;
  private static final int QUEUE = 1000;

  /**
   * How long a send waits before it starts: the asking request has then written its answer, so the
   * send's work (templates, SMTP, the gateway) does not compete with that request for the CPU and
   * make a real account's step measurably slower than an unknown one's.
   */
  private static final long DELAY_MILLIS = 250;

  private final ScheduledThreadPoolExecutor executor =
      new ScheduledThreadPoolExecutor(
          THREADS,
          r -> {
            Thread t = new Thread(r, "password-care-sspr-delivery");
            t.setDaemon(true);
            return t;
          });

  /**
   * One code to send.
   *
   * @param failureKey single-use-store key set when the send fails, so the next step of the same
   *     attempt can tell the user (see {@link SsprDeliveryFailures})
   * @param locale the language of the pages the user sees (resolved on the request thread, where
   *     {@code ui_locales} and the locale cookie are known), so the code comes in that language
   */
  record Job(
      CodeChannel channel,
      String realmId,
      String userId,
      String contact,
      String code,
      String failureKey,
      String locale) {

    @Override
    public String toString() {
      // Never the contact or the code, should a job ever be logged.
      return "Job[" + channel.method().value() + " for user " + userId + "]";
    }
  }

  /** Queues the send; call it after the step's transaction committed. */
  void send(KeycloakSessionFactory factory, Job job) {
    try {
      if (executor.getQueue().size() >= QUEUE) {
        throw new RejectedExecutionException("queue full");
      }
      executor.schedule(() -> deliver(factory, job), DELAY_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.warnf("SSPR: %s not sent: delivery queue full", job);
      markFailed(factory, job);
    }
  }

  private static void deliver(KeycloakSessionFactory factory, Job job) {
    boolean sent = false;
    try {
      sent =
          KeycloakModelUtils.runJobInTransactionWithResult(
              factory,
              (KeycloakSession session) -> {
                RealmModel realm = session.realms().getRealm(job.realmId());
                session.getContext().setRealm(realm);
                UserModel user =
                    realm == null ? null : session.users().getUserById(realm, job.userId());
                if (user == null) {
                  return true;
                }
                try {
                  job.channel()
                      .send(
                          session,
                          realm,
                          InLocale.of(user, job.locale()),
                          job.contact(),
                          job.code());
                  return true;
                } catch (CodeChannel.CodeDeliveryException e) {
                  // The cause's message may hold the address: its type only.
                  LOG.warnf("SSPR: %s (%s)", e.getMessage(), typeOf(e.getCause()));
                  return false;
                }
              });
    } catch (RuntimeException e) {
      LOG.warnf("SSPR: %s not sent (%s)", job, typeOf(e));
    }
    if (!sent) {
      markFailed(factory, job);
    }
  }

  private static void markFailed(KeycloakSessionFactory factory, Job job) {
    try {
      KeycloakModelUtils.runJobInTransaction(
          factory, session -> SsprDeliveryFailures.mark(session, job.failureKey()));
    } catch (RuntimeException e) {
      LOG.warnf("SSPR: the failure of %s could not be recorded (%s)", job, typeOf(e));
    }
  }

  private static String typeOf(Throwable e) {
    return e == null ? "no cause" : e.getClass().getName();
  }

  void close() {
    executor.shutdown();
  }
}
