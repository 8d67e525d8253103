package io.github.passwordcare.production.cluster;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link TwoNodeCluster} for every cluster test class of the run: started by the first class
 * that needs it, kept in JUnit's root store, and closed by JUnit when the run ends (passed or
 * failed). A start that failed is not tried again by the next class: it fails with the same cause.
 */
public final class ClusterExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ClusterExtension.class);

  /** What the root store holds; JUnit closes it at the end of the run. */
  private record Holder(TwoNodeCluster cluster, Throwable failure)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() throws Exception {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TwoNodeCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return cluster(context);
  }

  private static TwoNodeCluster cluster(ExtensionContext context) {
    Holder holder =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Holder.class, k -> startOnce(), Holder.class);
    if (holder.failure() != null) {
      throw new IllegalStateException("the two-node cluster did not start", holder.failure());
    }
    return holder.cluster();
  }

  private static Holder startOnce() {
    try {
      return new Holder(TwoNodeCluster.start(), null);
    } catch (Exception | Error e) {
      return new Holder(null, e);
    }
  }
}
