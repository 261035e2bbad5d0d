package com.computefolio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, enforced: domain ← store, io ← service ← ui, cli. */
class ArchitectureTest {

    private static JavaClasses classes;

    // Not ImportOption.DO_NOT_INCLUDE_TESTS: that one only knows target/test-classes, and builds here may use
    // another build directory (-DbuildDir=...).
    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("com.computefolio");
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("com.computefolio.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.computefolio.store..", "com.computefolio.io..", "com.computefolio.service..",
                        "com.computefolio.ui..", "com.computefolio.cli..", "com.computefolio.app..",
                        "java.sql..", "java.nio.file..", "javafx..", "com.fasterxml..", "org.jfree..", "org.apache..")
                .because("domain values are pure: no I/O, no UI, no libraries, so every other layer can rely on them")
                .check(classes);
    }

    @Test
    void storeAndIoDoNotKnowEachOtherOrAnythingAbove() {
        noClasses().that().resideInAPackage("com.computefolio.store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.computefolio.io..", "com.computefolio.service..",
                        "com.computefolio.ui..", "com.computefolio.cli..", "com.computefolio.app..")
                .because("the store only persists domain values; use cases live in the service layer")
                .check(classes);
        noClasses().that().resideInAPackage("com.computefolio.io..")
                .should().dependOnClassesThat().resideInAnyPackage("com.computefolio.store..", "com.computefolio.service..",
                        "com.computefolio.ui..", "com.computefolio.cli..", "com.computefolio.app..")
                .because("file formats map DTOs to domain values and nothing else")
                .check(classes);
    }

    @Test
    void serviceDoesNotDependOnTheFrontEnds() {
        noClasses().that().resideInAPackage("com.computefolio.service..")
                .should().dependOnClassesThat().resideInAnyPackage("com.computefolio.ui..", "com.computefolio.cli..",
                        "com.computefolio.app..")
                .because("the same services drive the window and the headless command line")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("com.computefolio.domain..", "com.computefolio.store..",
                        "com.computefolio.io..", "com.computefolio.service..", "com.computefolio.cli..", "com.computefolio.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .because("charts, exports and the command line must run with no display (java.awt.headless=true)")
                .check(classes);
    }

    @Test
    void frontEndsGoThroughTheServiceLayer() {
        noClasses().that().resideInAnyPackage("com.computefolio.ui..", "com.computefolio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.computefolio.store..", "com.computefolio.io..")
                .because("the service layer is the only door the window and the command line use")
                .check(classes);
        noClasses().that().resideInAPackage("com.computefolio.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.computefolio.ui..")
                .because("a command line that starts JavaFX fails on headless machines (JabRef #3754)")
                .check(classes);
        noClasses().that().resideInAPackage("com.computefolio.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.computefolio.cli..")
                .because("the window and the command line are siblings over the same services")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("com.computefolio.cli..")
                .and().doNotHaveFullyQualifiedName("com.computefolio.Launcher")
                .should(ACCESS_STANDARD_STREAMS)
                .because("the window reports through dialogs and the status bar; only the CLI talks to a terminal")
                .check(classes);
    }
}
