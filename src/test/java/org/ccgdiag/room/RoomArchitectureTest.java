package org.ccgdiag.room;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Javalin and Jetty stay behind the room's server: nothing else names them, so no other command
 * (and no caller that only draws a QR code or picks an address) loads them.
 */
class RoomArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ccgdiag");

  @Test
  void onlyTheRoomsServerUsesJavalinOrJetty() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(RoomServer.class.getName())
        .and()
        .doNotHaveFullyQualifiedName(SilentErrors.class.getName())
        .and()
        .doNotHaveFullyQualifiedName(SilentErrors.InServlets.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
        .because("the web server is loaded only when a room starts")
        .check(MAIN);
  }

  @Test
  void onlyRoomStartsTheServer() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Room.class.getName())
        .and()
        .doNotHaveFullyQualifiedName(RoomServer.class.getName())
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(RoomServer.class.getName())
        .check(MAIN);
  }
}
