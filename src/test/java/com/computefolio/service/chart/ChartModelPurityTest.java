package com.computefolio.service.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The chart model is a value that anything can draw: it knows no drawing library. */
class ChartModelPurityTest {

    @Test
    void theChartModelUsesNoDrawingLibrary() {
        JavaClasses model = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages(ChartModel.class.getPackageName());
        noClasses().that().resideInAPackage(ChartModel.class.getPackageName())
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "org.jfree..", "org.apache.pdfbox..", "javafx..")
                .because("the rendering package (service.render) draws the model; the model is built and tested without it")
                .check(model);
    }
}
