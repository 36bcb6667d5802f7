package org.ccgdiag.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core (loading, questionnaires, answers, scoring, reports, batches, sessions, files) parses
 * and prints nothing itself: only {@code cli} may use picocli or JLine, so the core can be tested,
 * reused and run without a terminal.
 */
class CoreIndependenceTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ccgdiag");

  @Test
  void noCorePackageUsesPicocliOrJline() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ccgdiag.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "org.jline..")
        .because("only the cli package parses arguments and drives the terminal")
        .check(MAIN);
  }

  @Test
  void noCorePackageWritesToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ccgdiag.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("the core returns text and problems; the commands print them")
        .check(MAIN);
  }
}
