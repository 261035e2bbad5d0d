package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in Arabic: its text is real, shaped text that extractors read back as stored, its pages are
 * mirrored, and its Arabic runs are set in the embedded Noto Sans Arabic.
 */
class ArabicReportTest {

    private static Path pdf;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheArabicReport() throws IOException {
        pdf = dir.resolve("report-ar.pdf");
        ArabicFixtures.reports(ChartFonts.load())
                .build(ArabicFixtures.portfolio(), ReportRequest.standard(DealFilter.ALL, pdf, null), ReportProgress.NONE, () -> false);
    }

    /** As the brief compares: NFKC (presentation forms back to letters), bidi controls an extractor adds removed. */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "");
    }

    @Test
    void pdfBoxReadsEveryArabicPartyNameAsStored() throws Exception {
        String text = normalised(OutputReaders.pdfText(pdf));

        for (String name : ArabicFixtures.PARTY_NAMES) {
            assertThat(text).as(name).contains(normalised(name));
        }
        assertThat(text).contains("تقرير عقود الحوسبة", "الطرف المقابل", "المصادر");
    }

    @Test
    void pdftotextReadsEveryArabicPartyNameAsStored() throws Exception {
        String text = normalised(ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));

        for (String name : ArabicFixtures.PARTY_NAMES) {
            assertThat(text).as(name).contains(normalised(name));
        }
    }

    @Test
    void aNameMixingArabicAndLatinKeepsBothWordsWhole() throws Exception {
        // Which end of the line extractors put the Latin word at is their guess (the PDF holds glyphs in visual
        // order, as every extractor expects); that both words survive intact is the PDF's part.
        String text = normalised(OutputReaders.pdfText(pdf));

        assertThat(text).contains("كورويف", "CoreWeave", "CoreWeave GPU cloud");
    }

    @Test
    void arabicRunsAreSetInTheEmbeddedNotoSansArabicAndLatinRunsInDejaVuSans() throws Exception {
        List<String> fonts = OutputReaders.pdfFonts(pdf).stream().map(PDFont::getName).toList();

        assertThat(fonts).anyMatch(name -> name.endsWith("NotoSansArabic-Regular")).anyMatch(name -> name.endsWith("NotoSansArabic-Bold"))
                .anyMatch(name -> name.endsWith("DejaVuSans"));
        assertThat(OutputReaders.pdfFonts(pdf)).allMatch(PDFont::isEmbedded);
    }

    @Test
    void pagesAreMirroredSoTheTitleAndTheFirstColumnStandOnTheRight() throws Exception {
        List<TextPosition> titlePage = positions(1);
        List<TextPosition> dealsPage = positions(8);

        float middle = ReportPainter.PAGE_WIDTH / 2;
        // The title's letters (Arabic presentation forms) all stand right of the middle.
        assertThat(titlePage.stream().filter(p -> p.getUnicode().codePointAt(0) >= 0xFE70).limit(5))
                .isNotEmpty().allMatch(p -> p.getXDirAdj() > middle);
        // The deals table's first column (the deal, "CoreWeave GPU cloud") is now its rightmost, its last
        // (the sources, "[1]") its leftmost.
        assertThat(firstX(dealsPage, "G")).isGreaterThan(middle);
        assertThat(firstX(dealsPage, "[")).isLessThan(ReportPainter.MARGIN_X + 100);
    }

    private static float firstX(List<TextPosition> positions, String glyph) {
        return positions.stream().filter(p -> p.getUnicode().equals(glyph)).findFirst().orElseThrow().getXDirAdj();
    }

    @Test
    void anEnglishReportEmbedsNoArabicFont() throws Exception {
        Path english = dir.resolve("report-en.pdf");
        ChartFonts fonts = ChartFonts.load();
        ChartText text = ChartText.english();
        new ReportBuilder(ChartFixtures.analysis(), ChartFixtures.modelFactory(), new JFreeChartFactory(fonts, text), fonts, text,
                ChartFixtures.clock()).build(ChartFixtures.portfolio(), ReportRequest.standard(DealFilter.ALL, english, null),
                ReportProgress.NONE, () -> false);

        assertThat(OutputReaders.pdfFonts(english)).extracting(PDFont::getName).noneMatch(name -> name.contains("Arabic"));
    }

    /** Every glyph of a page, with where it stands. */
    private static List<TextPosition> positions(int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return OutputReaders.glyphPositions(document, page);
        }
    }
}
