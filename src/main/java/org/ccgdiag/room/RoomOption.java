package org.ccgdiag.room;

import java.util.Objects;

/**
 * One answer a phone may choose: its key (what a vote carries) and its label (what the button
 * says).
 */
public record RoomOption(String key, String label) {
  public RoomOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }
}
