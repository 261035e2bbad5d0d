package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.render.ChartFonts;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArabicReportTest {

    @TempDir
    Path dir;

    @Test
    void chartExperiment() throws Exception {
        ChartFonts fonts = ChartFonts.load();
        var charts = ArabicFixtures.charts(fonts);
        ChartExporter exporter = new ChartExporter(charts, fonts);
        var model = ArabicFixtures.models().create(ArabicFixtures.portfolio(), com.computefolio.service.chart.ChartRequest.of(com.computefolio.service.chart.ChartType.COMMITMENTS,
                com.computefolio.service.GroupBy.COUNTERPARTY, com.computefolio.service.Granularity.YEAR, DealFilter.ALL));
        for (ExportFormat f : ExportFormat.values()) {
            exporter.export(model, f, ImageSize.of(960, 600), Path.of("/tmp/arx/chart." + f.name().toLowerCase()));
        }
    }

    @Test
    void experiment() throws Exception {
        ReportBuilder reports = ArabicFixtures.reports(ChartFonts.load());
        Path pdf = dir.resolve("r.pdf");
        reports.build(ArabicFixtures.portfolio(), ReportRequest.standard(DealFilter.ALL, pdf, null), ReportProgress.NONE, () -> false);
        java.nio.file.Files.copy(pdf, Path.of("/tmp/arx/ar-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            java.nio.file.Files.writeString(Path.of("/tmp/arx/stripper.txt"), text);
        }
    }
}
