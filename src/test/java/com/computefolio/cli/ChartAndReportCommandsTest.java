package com.computefolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The chart and report commands on the curated data: files a real reader accepts, and clear usage errors. */
class ChartAndReportCommandsTest {

    @TempDir
    static Path home;

    private static CliRunner cli;
    private static String db;

    @TempDir
    Path out;

    @BeforeAll
    static void seedOnce() {
        cli = new CliRunner(home);
        db = home.resolve("curated.db").toString();
        CliRunner.Result init = cli.run("--db", db, "init");
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
    }

    private CliRunner.Result run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db;
        System.arraycopy(args, 0, withDb, 2, args.length);
        return cli.run(withDb);
    }

    @Test
    void chartWritesAnSvgWhoseTextIsText() throws Exception {
        Path svg = out.resolve("commitments.svg");

        CliRunner.Result r = run("chart", "--type", "commitments", "--by", "kind", "--granularity", "quarter", "--out", svg.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Wrote \u201cCommitments per quarter\u201d (").contains("960 \u00d7 600) as SVG to ");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTextContent()).contains("Commitments per quarter", "Cloud services");
    }

    @Test
    void chartWritesAPngAtTheAskedSizeAndScale() throws Exception {
        Path png = out.resolve("capacity.png");

        CliRunner.Result r = run("chart", "--type", "capacity", "--format", "png", "--width", "800", "--height", "500",
                "--scale", "2", "--out", png.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void chartAsOfADateSaysSoInThePdf() throws Exception {
        Path pdf = out.resolve("timeline.pdf");

        CliRunner.Result r = run("chart", "--type", "timeline", "--as-of", "2025-06-01", "--out", pdf.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Deal timeline", "as known on 2025-06-01");
        }
    }

    @Test
    void chartWritesItsDataAsCsvOrAsXlsxWithTheDeals() throws Exception {
        Path csv = out.resolve("cumulative.csv");
        Path xlsx = out.resolve("cumulative.xlsx");

        CliRunner.Result toCsv = run("chart", "--type", "cumulative", "--out", csv.toString());
        CliRunner.Result toXlsx = run("chart", "--type", "cumulative", "--out", xlsx.toString());

        assertThat(toCsv.exitCode()).as(toCsv.err()).isEqualTo(ExitCodes.OK);
        assertThat(toCsv.out()).startsWith("Wrote the data of \u201cCumulative commitments\u201d");
        assertThat(Files.readString(csv)).startsWith("\uFEFFperiod,period_start,");
        assertThat(toXlsx.exitCode()).as(toXlsx.err()).isEqualTo(ExitCodes.OK);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Deals");
            assertThat(workbook.getSheetName(1)).isEqualTo("Cumulative commitments");
        }
    }

    @Test
    void theFlowsChartExportsToSvgPdfPngAndCsvThatRealReadersAccept() throws Exception {
        Path svg = out.resolve("flows.svg");
        Path pdf = out.resolve("flows.pdf");
        Path png = out.resolve("flows.png");
        Path csv = out.resolve("flows.csv");

        for (Path file : List.of(svg, pdf, png, csv)) {
            CliRunner.Result r = run("chart", "--type", "flows", "--out", file.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        }

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTextContent()).contains("Money both ways", "Amazon (AWS) (circular)", "36.23%");
        try (PDDocument document2 = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document2)).contains("Money both ways", "Circular pairs");
        }
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(960);
        assertThat(Files.readString(csv)).startsWith("\uFEFFcounterparty,out (USD billions),in (USD billions),net (USD billions)\r\n")
                .contains("Amazon (AWS) (circular),-138,50,-88\r\n");
    }

    @Test
    void anUnknownFormatOrAScaleForVectorsOrAnAbsurdSizeIsAUsageError() {
        CliRunner.Result jpeg = run("chart", "--out", out.resolve("chart.jpg").toString());
        CliRunner.Result scaledSvg = run("chart", "--scale", "2", "--out", out.resolve("chart.svg").toString());
        CliRunner.Result tiny = run("chart", "--width", "50", "--out", out.resolve("chart.png").toString());

        assertThat(jpeg.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(jpeg.err()).contains("Cannot tell the format from").contains("chart.jpg");
        assertThat(scaledSvg.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(scaledSvg.err()).contains("--scale applies to png only");
        assertThat(tiny.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tiny.err()).contains("--width and --height are 200 to 8,000");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void reportWritesThePdfAndThePack() throws Exception {
        Path pdf = out.resolve("report.pdf");
        Path pack = out.resolve("pack");

        CliRunner.Result r = run("report", "--out", pdf.toString(), "--pack", pack.toString(), "--as-of", "2026-03-01");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Wrote the report (").contains("Wrote 15 pack files to");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Compute contracts report", "Figures as known on 2026-03-01", "Commitments per year",
                    "Deal timeline", "Money both ways", "Circular pairs", "Sources");
        }
        try (var files = Files.list(pack)) {
            assertThat(files.map(p -> p.getFileName().toString().replaceAll("^\\d\\d-.*\\.", "")).distinct().sorted())
                    .containsExactly("csv", "png", "svg");
        }
    }

    @Test
    void reportRefusesAnythingButAPdf() {
        CliRunner.Result r = run("report", "--out", out.resolve("report.docx").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("give --out a file name ending in .pdf");
    }

    @Test
    void chartRunsInAFreshJvmWithNoDisplayAndNoJavaFx() throws IOException, InterruptedException {
        Path svg = out.resolve("headless.svg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "com.computefolio.Launcher", "--db", db,
                "chart", "--type", "cumulative", "--out", svg.toString()))
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("COMPUTEFOLIO_DB");

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCodes.OK);
        assertThat(output).doesNotContain("javafx.").contains("Wrote \u201cCumulative commitments\u201d");
        assertThat(Files.readString(svg)).contains(">Cumulative commitments</text>");
    }
}
