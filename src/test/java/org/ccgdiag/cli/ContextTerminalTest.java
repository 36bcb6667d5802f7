package org.ccgdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Is this a terminal" is the Context's answer, so every command and test sees the same one. */
class ContextTerminalTest {

  private static Context with(TerminalFactory terminals) {
    return new Context(
        InputStream.nullInputStream(),
        Clock.systemUTC(),
        Map.of(),
        Path.of("").toAbsolutePath(),
        terminals);
  }

  @Test
  void noTerminalFactoryMeansNoTerminal() {
    assertThat(with(TerminalFactory.NONE).isTerminal()).isFalse();
    assertThat(
            new Context(InputStream.nullInputStream(), Clock.systemUTC(), Map.of(), Path.of(""))
                .isTerminal())
        .isFalse();
  }

  @Test
  void aFactoryThatOpensATerminalMeansATerminal() {
    assertThat(with(Optional::empty).isTerminal()).isTrue();
  }

  @Test
  void theProcessUnderTestsRunsInNoTerminal() {
    // Surefire's forked JVM has no console: what piped and CI runs see.
    assertThat(with(TerminalFactory.SYSTEM).isTerminal()).isFalse();
  }

  @Test
  void theProgressBarFollowsTheContextOnAuto() throws Exception {
    try (ProgressBarDisplay shown =
            ProgressBarDisplay.choose(ProgressBarDisplay.When.AUTO, null, true);
        ProgressBarDisplay hidden =
            ProgressBarDisplay.choose(ProgressBarDisplay.When.AUTO, null, false)) {
      assertThat(shown).extracting("shown").isEqualTo(true);
      assertThat(hidden).extracting("shown").isEqualTo(false);
    }
  }
}
