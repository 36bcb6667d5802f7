package org.ccgdiag.scoring;

/** How urgent a development need is, from its gap to target. */
public enum Priority {
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low"),
  UNKNOWN("unknown");

  private final String id;

  Priority(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
