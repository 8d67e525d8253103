package io.github.passwordcare.expiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "Reminder {@code thresholdDays} was sent for password {@code credentialId}": the memory that
 * makes each threshold go out at most once per password, across restarts and nodes. The primary key
 * is the pair, so two writers cannot both record it. A new password is a new credential id, so its
 * reminders start over; rows of replaced passwords are removed by the job.
 */
@Entity
@Table(name = "PASSWORD_CARE_EXPIRY_REMINDER")
public class ExpiryReminderEntity {

  @Id
  @Column(name = "ID", length = 64)
  private String id;

  @Column(name = "CREDENTIAL_ID", length = 36, nullable = false)
  private String credentialId;

  @Column(name = "PASSWORD_SET_AT", nullable = false)
  private long passwordSetAt;

  @Column(name = "REALM_ID", length = 36, nullable = false)
  private String realmId;

  @Column(name = "THRESHOLD_DAYS", nullable = false)
  private int thresholdDays;

  @Column(name = "SENT_AT", nullable = false)
  private long sentAt;

  protected ExpiryReminderEntity() {}

  ExpiryReminderEntity(
      String credentialId, long passwordSetAt, String realmId, int thresholdDays, long sentAt) {
    this.id = credentialId + ":" + passwordSetAt + ":" + thresholdDays;
    this.credentialId = credentialId;
    this.passwordSetAt = passwordSetAt;
    this.realmId = realmId;
    this.thresholdDays = thresholdDays;
    this.sentAt = sentAt;
  }

  public String getId() {
    return id;
  }

  public String getCredentialId() {
    return credentialId;
  }

  public long getPasswordSetAt() {
    return passwordSetAt;
  }

  public int getThresholdDays() {
    return thresholdDays;
  }
}
