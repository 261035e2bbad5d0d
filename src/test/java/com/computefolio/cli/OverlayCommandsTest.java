package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --overlay} on the curated data: the context series drawn on the commitments charts in
 * every format a real reader accepts, the 2024 loss ($5B or $8.78B) as a range with both sources,
 * and unknown names refused with the list of known ones.
 */
class OverlayCommandsTest {

    @TempDir
    static Path home;

    private static CuratedCommandLine curated;

    @TempDir
    Path out;

    @BeforeAll
    static void seedOnce() {
        curated = CuratedCommandLine.initIn(home);
    }

    private CliRunner.Result run(String... args) {
        return curated.run(args);
    }

    @Test
    void overlaysAreDrawnAndNamedInTheSvgWithTheConflictingLossAsARange() throws Exception {
        Path svg = out.resolve("commitments.svg");

        CliRunner.Result r = run("chart", "--type", "commitments", "--overlay", "revenue,loss", "--out", svg.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String text = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTextContent();
        assertThat(text).contains("OpenAI revenue", "OpenAI operating loss", "Context lines", "Sources disagree",
                "$5B in 2024", "$8.78B in 2024");
    }

    @Test
    void cumulativeChartWithTheStatedTotalsExportsToPdfAndPng() throws Exception {
        Path pdf = out.resolve("cumulative.pdf");
        Path png = out.resolve("cumulative.png");

        CliRunner.Result toPdf = run("chart", "--type", "cumulative", "--overlay", "openai-compute-commitments",
                "--out", pdf.toString());
        CliRunner.Result toPng = run("chart", "--type", "cumulative", "--overlay", "commitments", "--out", png.toString());

        assertThat(toPdf.exitCode()).as(toPdf.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("OpenAI total compute commitments, as stated",
                    "$600B in 2026-02", "$1,400B in 2025-10");
        }
        assertThat(toPng.exitCode()).as(toPng.err()).isEqualTo(ExitCodes.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
    }

    @Test
    void anUnknownOverlayIsAUsageErrorThatListsTheKnownNames() {
        CliRunner.Result r = run("chart", "--overlay", "revenue,profit", "--out", out.resolve("chart.svg").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("No context series 'profit' to draw", "revenue, loss, capex, commitments",
                "openai-operating-loss");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void overlaysOnAChartThatDrawsNoneAreAUsageError() {
        CliRunner.Result r = run("chart", "--type", "timeline", "--overlay", "revenue", "--out", out.resolve("t.svg").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--overlay draws on the commitments and cumulative charts, not on timeline");
    }

    @Test
    void reportDrawsTheOverlaysOnItsCommitmentsChartsAndRefusesUnknownNames() throws Exception {
        Path pdf = out.resolve("report.pdf");

        CliRunner.Result r = run("report", "--overlay", "loss", "--out", pdf.toString());
        CliRunner.Result unknown = run("report", "--overlay", "ebitda", "--out", out.resolve("other.pdf").toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("OpenAI operating loss", "Sources disagree",
                    "Commitments beside the published totals", "This report (default view)",
                    "Published: $1,400B (2025-10)", "Published: $600B (2026-02)", "Time window:");
        }
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("No context series 'ebitda' to draw; known:");
    }
}
