package org.ccgdiag.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, from the bottom: safe text, located problems, files, the
 * YAML/JSON loader, the questionnaire, answers, scoring, the reports; then the three things the
 * commands drive (a batch, a session, the room); then the commands. Each may use only the layers
 * below it, and no two packages use each other.
 */
class LayersTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ccgdiag");

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("text")
        .definedBy("org.ccgdiag.text..")
        .layer("problem")
        .definedBy("org.ccgdiag.problem..")
        .layer("files")
        .definedBy("org.ccgdiag.files..")
        .layer("load")
        .definedBy("org.ccgdiag.load..")
        .layer("questionnaire")
        .definedBy("org.ccgdiag.questionnaire..")
        .layer("answers")
        .definedBy("org.ccgdiag.answers..")
        .layer("scoring")
        .definedBy("org.ccgdiag.scoring..")
        .layer("report")
        .definedBy("org.ccgdiag.report..")
        .layer("batch")
        .definedBy("org.ccgdiag.batch..")
        .layer("session")
        .definedBy("org.ccgdiag.session..")
        .layer("room")
        .definedBy("org.ccgdiag.room..")
        .layer("cli")
        .definedBy("org.ccgdiag.cli..")
        .whereLayer("text")
        .mayNotAccessAnyLayer()
        .whereLayer("problem")
        .mayOnlyAccessLayers("text")
        .whereLayer("files")
        .mayOnlyAccessLayers("problem", "text")
        .whereLayer("load")
        .mayOnlyAccessLayers("files", "problem", "text")
        .whereLayer("questionnaire")
        .mayOnlyAccessLayers("load", "files", "problem", "text")
        .whereLayer("answers")
        .mayOnlyAccessLayers("questionnaire", "load", "files", "problem", "text")
        .whereLayer("scoring")
        .mayOnlyAccessLayers("answers", "questionnaire", "load", "files", "problem", "text")
        .whereLayer("report")
        .mayOnlyAccessLayers(
            "scoring", "answers", "questionnaire", "load", "files", "problem", "text")
        .whereLayer("batch")
        .mayOnlyAccessLayers(
            "report", "scoring", "answers", "questionnaire", "load", "files", "problem", "text")
        .whereLayer("session")
        .mayOnlyAccessLayers(
            "scoring", "answers", "questionnaire", "load", "files", "problem", "text")
        .whereLayer("room")
        .mayNotAccessAnyLayer()
        .because("a rule lives in one layer and every layer above asks it (docs/architecture.md)")
        .check(MAIN);
  }

  @Test
  void noPackagesUseEachOther() {
    slices().matching("org.ccgdiag.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
