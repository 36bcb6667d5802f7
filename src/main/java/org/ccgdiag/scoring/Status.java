package org.ccgdiag.scoring;

/** Whether a domain or area has enough scored answers to be given a level and a gap. */
public enum Status {
  SCORED("scored"),
  INSUFFICIENT_EVIDENCE("insufficient-evidence");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
