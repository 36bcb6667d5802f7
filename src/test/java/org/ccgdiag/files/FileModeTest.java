package org.ccgdiag.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileModeTest {

  @ParameterizedTest
  @CsvSource({
    "0600, rw-------",
    "600, rw-------",
    "0640, rw-r-----",
    "0644, rw-r--r--",
    "0666, rw-rw-rw-",
    " 0644 , rw-r--r--"
  })
  void readsOctalModesAsChmodDoes(String octal, String symbolic) {
    assertThat(FileMode.parse(octal))
        .hasValueSatisfying(mode -> assertThat(mode.toString()).isEqualTo(symbolic));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "644x", "0400", "0200", "0755", "0700", "1644", "08", "rw-r--r--", "00644"})
  void refusesWhatIsNotAModeForADataFileItsOwnerCanResume(String octal) {
    assertThat(FileMode.parse(octal)).isEmpty();
  }
}
