package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Translations;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.DealFilter;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.text.Texts;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the curated register in Arabic, read back by poppler's pdftotext (skipped where it is not installed).
 * Every Arabic party name without brackets comes out exactly as stored; a name with brackets comes out with every word
 * whole but its brackets where poppler's own reordering puts them, which no faithful PDF can change (ADR 32, dated
 * section of 2026-12-07: poppler reverses right-to-left runs without mirroring brackets and gives the neutral marks
 * beside a Latin run to the wrong side).
 */
class CuratedArabicReportTextTest {
    @TempDir
    static Path dir;
    private static List<String> names;
    private static Path pdf;

    @BeforeAll
    static void writeTheCuratedReportInArabic() throws java.io.IOException {
        Portfolio curated = new PortfolioJsonReader(new DealValidator()).read(Path.of("data/openai-portfolio.json")).portfolio();
        names = curated.parties().stream().map(CuratedArabicReportTextTest::arabicName).filter(Objects::nonNull).toList();
        ChartText text = new ChartText(Texts.arabic());
        ChartFonts fonts = ChartFonts.load();
        pdf = dir.resolve("ar.pdf");
        new ReportBuilder(ChartFixtures.analysis(), new ChartModelFactory(ChartFixtures.analysis(), text, ChartFixtures.clock()),
                new JFreeChartFactory(fonts, text), fonts, text, ChartFixtures.clock())
                .build(curated, ReportRequest.standard(DealFilter.ALL, pdf, null), ReportProgress.NONE, () -> false);
    }

    private static String arabicName(Party party) {
        return party.translations().text("ar", Translations.NAME).orElse(null);
    }

    private static String pdftotext() throws Exception {
        return ArabicReportTest.normalised(ExternalTool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    @Test
    void pdftotextReadsEveryArabicPartyNameWithoutBracketsAsStored() throws Exception {
        String text = pdftotext();
        List<String> plain = names.stream().filter(name -> !name.contains("(")).toList();

        assertThat(plain).hasSizeGreaterThanOrEqualTo(5);
        for (String name : plain) {
            assertThat(text).as(name).contains(ArabicReportTest.normalised(name));
        }
    }

    @Test
    void pdftotextKeepsEveryWordOfANameWithBracketsWhole() throws Exception {
        String text = pdftotext();
        List<String> bracketed = names.stream().filter(name -> name.contains("(")).toList();

        assertThat(bracketed).isNotEmpty();
        for (String name : bracketed) {
            // Word by word: poppler puts "42" of "جي 42 (G42)" after "(G42)", a number run and a Latin run being one
            // left-to-right section to it. The words in brackets when they are a Latin name: an Arabic aside in a long
            // name may be cut by the report's column.
            String inBrackets = name.substring(name.indexOf('(') + 1, name.lastIndexOf(')'));
            String words = inBrackets.matches("[\\p{IsLatin}\\d ]+") ? name : name.substring(0, name.indexOf('('));
            for (String word : words.split("[\\s()]+")) {
                assertThat(text).as(name).contains(ArabicReportTest.normalised(word));
            }
        }
    }

    @Test
    void pdfBoxReadsEveryArabicPartyNameExactlyAsStored() throws Exception {
        // Only NFC, no marks taken out: PDFBox gives back letters, not presentation forms, and the one mark a line may
        // carry (ExtractionMark) ends the line, outside the name.
        String text = Normalizer.normalize(OutputReaders.pdfText(pdf), Normalizer.Form.NFC);

        assertThat(names).hasSize(17);
        for (String name : names) {
            assertThat(text).as(name).contains(Normalizer.normalize(name, Normalizer.Form.NFC));
        }
    }
}
