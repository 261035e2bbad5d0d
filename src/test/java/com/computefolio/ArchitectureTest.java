package com.computefolio;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;


import com.computefolio.service.text.Texts;
import com.computefolio.ui.common.FxDialogService;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, enforced as allow-lists: each layer names what it may use, so a new
 * dependency (a JDK package, a library, another layer) fails here until someone decides it belongs.
 * domain ← store, io ← service ← ui, cli; app wires them.
 */
class ArchitectureTest {

    private static final String DOMAIN = "com.computefolio.domain..";
    private static final String STORE = "com.computefolio.store..";
    private static final String IO = "com.computefolio.io..";
    private static final String SERVICE = "com.computefolio.service..";
    private static final String UI = "com.computefolio.ui..";
    private static final String CLI = "com.computefolio.cli..";
    private static final String APP = "com.computefolio.app..";

    /** The JDK every layer may use: the language, collections, time and exact arithmetic. */
    private static final String[] JDK_CORE = {"java.lang", "java.lang.invoke", "java.math", "java.time..", "java.util.."};
    /** Files, streams and their encodings. */
    private static final String[] JDK_FILES = {"java.io", "java.nio..", "java.text"};

    private static JavaClasses production;

    // Not ImportOption.DO_NOT_INCLUDE_TESTS: that one only knows target/test-classes, and builds here may use
    // another build directory (-DbuildDir=...).
    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("com.computefolio");
    }

    private static String[] packages(String[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void domainUsesOnlyTheCoreOfTheJdk() {
        domainUsesOnlyTheCoreOfTheJdk(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void domainUsesOnlyTheCoreOfTheJdk(JavaClasses classes) {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat(resideInAnyPackage(packages(new String[] {DOMAIN}, JDK_CORE))
                        .or(belongToAnyOf(URI.class, URISyntaxException.class)))
                .because("domain values are pure: no I/O, no UI, no libraries, so every other layer can rely on them"
                        + " (java.net.URI only parses the addresses of sources; it opens nothing)")
                .check(classes);
    }

    @Test
    void storeUsesOnlyTheDomainJdbcFilesAndTheSqliteDriver() {
        storeUsesOnlyTheDomainJdbcFilesAndTheSqliteDriver(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void storeUsesOnlyTheDomainJdbcFilesAndTheSqliteDriver(JavaClasses classes) {
        classes().that().resideInAPackage(STORE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages(
                        new String[] {STORE, DOMAIN, "java.sql..", "org.sqlite..", "org.postgresql.."}, JDK_CORE, JDK_FILES))
                .because("the store only persists domain values through JDBC; use cases live in the service layer")
                .check(classes);
    }

    @Test
    void ioUsesOnlyTheDomainJacksonAndFiles() {
        ioUsesOnlyTheDomainJacksonAndFiles(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void ioUsesOnlyTheDomainJacksonAndFiles(JavaClasses classes) {
        classes().that().resideInAPackage(IO)
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages(
                        new String[] {IO, DOMAIN, "com.fasterxml.jackson..", "java.lang.reflect", "java.security"},
                        JDK_CORE, JDK_FILES))
                .because("file formats map DTOs to domain values and nothing else (reflection reads the DTO records'"
                        + " shapes, java.security digests source texts into ids)")
                .check(classes);
    }

    @Test
    void serviceUsesOnlyTheLayersBelowAndItsDrawingAndExportLibraries() {
        serviceUsesOnlyTheLayersBelowAndItsDrawingAndExportLibraries(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void serviceUsesOnlyTheLayersBelowAndItsDrawingAndExportLibraries(JavaClasses classes) {
        classes().that().resideInAPackage(SERVICE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages(
                        new String[] {SERVICE, STORE, IO, DOMAIN,
                                // Drawing and export: only service.render and service.export (see the rule below).
                                "java.awt..", "javax.imageio..", "org.jfree.chart..", "org.jfree.data..", "org.jfree.svg..",
                                "org.apache.pdfbox..", "de.rototor.pdfbox..", "org.apache.poi..", "org.openxmlformats..",
                                // Bidi and Arabic shaping of drawn text (ADR 32).
                                "com.ibm.icu.."},
                        JDK_CORE, JDK_FILES))
                .because("the same services drive the window and the headless command line: no JavaFX, no front end")
                .check(classes);
    }

    @Test
    void onlyRenderingAndExportInTheServiceLayerDraw() {
        onlyRenderingAndExportInTheServiceLayerDraw(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void onlyRenderingAndExportInTheServiceLayerDraw(JavaClasses classes) {
        noClasses().that().resideInAPackage(SERVICE)
                .and().resideOutsideOfPackages("com.computefolio.service.render..", "com.computefolio.service.export..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.awt..", "javax.imageio..", "org.jfree..", "org.apache.pdfbox..", "de.rototor.pdfbox..",
                        "org.apache.poi..")
                .because("the chart model and the use cases are values anything can draw (ADR 15): drawing lives in"
                        + " service.render, file writing in service.export")
                .check(classes);
        noClasses().that().resideInAPackage(SERVICE)
                .and().resideOutsideOfPackages("com.computefolio.service.render..", "com.computefolio.service.export..",
                        "com.computefolio.service.article..")
                .should().dependOnClassesThat().resideInAnyPackage("com.ibm.icu..")
                .because("ICU shapes Arabic where charts and reports draw it (ADR 32) and reads articles' text (ADR 42):"
                        + " normalisation and sentence breaks in service.article")
                .check(classes);
    }

    @Test
    void windowUsesTheServicesJavaFxAndItsChartViewer() {
        windowUsesTheServicesJavaFxAndItsChartViewer(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void windowUsesTheServicesJavaFxAndItsChartViewer(JavaClasses classes) {
        classes().that().resideInAPackage(UI)
                .should().onlyDependOnClassesThat(resideInAnyPackage(packages(
                        new String[] {UI, SERVICE, DOMAIN, APP, "javafx..", "atlantafx..", "org.jfree.chart..",
                                "org.jfree.data..", "java.awt..", "java.util.prefs", "com.ibm.icu.lang..", "com.ibm.icu.text..", "com.ibm.icu.util.."},
                        JDK_CORE, JDK_FILES)).or(belongToAnyOf(URL.class, java.net.URI.class, java.lang.reflect.Field.class,
                        java.lang.reflect.AccessibleObject.class)))
                .because("the service layer is the only door the window uses (never the store or the file formats);"
                        + " java.net.URL only locates style sheets on the class path, java.net.URI only names an exported"
                        + " file for the desktop to open; reflection's Field only wraps the chart canvas's private text"
                        + " bridge (ADR 0046); ICU's line breaker breaks Arabic paragraphs that JavaFX wraps wrongly (ADR 0055)")
                .check(classes);
    }

    @Test
    void commandLineUsesTheServicesPicocliAndAJsonWriter() {
        commandLineUsesTheServicesPicocliAndAJsonWriter(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void commandLineUsesTheServicesPicocliAndAJsonWriter(JavaClasses classes) {
        classes().that().resideInAPackage(CLI)
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages(
                        new String[] {CLI, SERVICE, DOMAIN, APP, "picocli..", "com.fasterxml.jackson.core..",
                            "me.tongfei.progressbar..", "com.ibm.icu.lang..", "com.ibm.icu.text..", "com.ibm.icu.util.."},
                        JDK_CORE, JDK_FILES))
                .because("commands are thin: parse, call a service, print (JSON output through Jackson's streaming"
                        + " generator, terminal widths and grapheme breaks through ICU4J), return an exit code; a command"
                        + " line that loads JavaFX fails on headless machines (JabRef #3754); progress bars on a terminal"
                        + " through me.tongfei.progressbar (ADR 41)")
                .check(classes);
    }

    @Test
    void appOnlyWiresTheLayersBelowTheFrontEnds() {
        appOnlyWiresTheLayersBelowTheFrontEnds(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void appOnlyWiresTheLayersBelowTheFrontEnds(JavaClasses classes) {
        classes().that().resideInAPackage(APP)
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages(
                        new String[] {APP, SERVICE, STORE, IO, DOMAIN}, JDK_CORE, JDK_FILES, new String[] {"java.sql"}))
                .because("app is the composition root: it builds concrete stores and services for the front ends")
                .check(classes);
    }

    @Test
    void onlyTheEntryPointAndTheFrontEndsDependOnApp() {
        onlyTheEntryPointAndTheFrontEndsDependOnApp(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void onlyTheEntryPointAndTheFrontEndsDependOnApp(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackages(APP, UI, CLI).and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage(APP)
                .because("only the entry point and the front ends wire the application; the layers below are wired")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchControls() {
        viewModelsNeverTouchControls(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void viewModelsNeverTouchControls(JavaClasses classes) {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("com.computefolio.ui.state..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models hold state and validation and are tested without a display")
                .check(classes);
    }

    /** The one form FxDialogService shows besides alerts and choosers (package-private, hence by name). */
    private static final String FX_SOURCE_DIALOG = "com.computefolio.ui.common.FxSourceDialog";
    /** The team database's connect form and password prompt, which FxDialogService shows (package-private). */
    private static final String FX_TEAM_DIALOGS = "com.computefolio.ui.common.FxTeamDialogs";

    @Test
    void dialogsAndFileChoosersOnlyThroughTheDialogService() {
        dialogsAndFileChoosersOnlyThroughTheDialogService(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void dialogsAndFileChoosersOnlyThroughTheDialogService(JavaClasses classes) {
        noClasses().that().doNotBelongToAnyOf(FxDialogService.class).and().doNotHaveFullyQualifiedName(FX_SOURCE_DIALOG)
                .and().doNotHaveFullyQualifiedName(FX_TEAM_DIALOGS)
                .should().dependOnClassesThat().areAssignableTo(javafx.scene.control.Dialog.class)
                .orShould().dependOnClassesThat().areAssignableTo(javafx.stage.FileChooser.class)
                .orShould().dependOnClassesThat().areAssignableTo(javafx.stage.DirectoryChooser.class)
                .because("view models ask the user through DialogService, so tests can answer for the user")
                .check(classes);
    }

    @Test
    void onlyTextsChoosesTheLanguageAndLoadsBundles() {
        onlyTextsChoosesTheLanguageAndLoadsBundles(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void onlyTextsChoosesTheLanguageAndLoadsBundles(JavaClasses classes) {
        noClasses().that().doNotBelongToAnyOf(Texts.class)
                .should().callMethodWhere(describe("ResourceBundle.getBundle",
                        call -> call.getTargetOwner().isEquivalentTo(ResourceBundle.class) && call.getName().equals("getBundle")))
                .orShould().callMethodWhere(describe("Locale.getDefault",
                        call -> call.getTargetOwner().isEquivalentTo(Locale.class) && call.getName().equals("getDefault")))
                .because("one seam chooses the language, so the window, the command line, charts and exports never disagree")
                .check(classes);
    }

    private static DescribedPredicate<JavaMethodCall> describe(String description, Predicate<JavaMethodCall> test) {
        return DescribedPredicate.describe(description, test);
    }

    @Test
    void noPackageCycles() {
        noPackageCycles(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void noPackageCycles(JavaClasses classes) {
        slices().matching("com.computefolio.(**)").should().beFreeOfCycles()
                .because("a package that needs its own dependants cannot be understood, tested or moved alone")
                .check(classes);
    }

    /** Cycles allowed between classes, each with its reason. Keep it empty. */
    private static final Map<Set<String>, String> ALLOWED_CLASS_CYCLES = Map.of();

    @Test
    void noClassCycles() {
        noClassCycles(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void noClassCycles(JavaClasses classes) {
        assertThat(ClassCycles.of(classes, "com.computefolio.").cycles())
                .as("classes that depend on each other (allowed: %s)", ALLOWED_CLASS_CYCLES)
                .filteredOn(cycle -> !ALLOWED_CLASS_CYCLES.containsKey(cycle))
                .isEmpty();
    }

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        onlyTheCommandLinePrintsToStandardStreams(production);
    }

    /** The rule over any classes: ArchitectureRulesTest runs it on fixtures that break it. */
    static void onlyTheCommandLinePrintsToStandardStreams(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage(CLI)
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should(ACCESS_STANDARD_STREAMS)
                .because("the window reports through dialogs and the status bar; only the CLI talks to a terminal")
                .check(classes);
    }
}
