package com.computefolio.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.json.PortfolioJsonReader;
import com.computefolio.service.DealFilter;
import com.computefolio.service.SyntheticPortfolioGenerator;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No page's text runs into its footer: read back from the PDF with PDFBox's text positions (not pixels), every glyph
 * but the footer's own has its baseline at or above the footer's top, for the curated register and a large generated
 * one, in English and in Arabic (whose sentences run longer and once pushed the title page's notes into the footer).
 */
class ReportFooterClearanceTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> reports() {
        return Stream.of(Arguments.of("curated", "en"), Arguments.of("curated", "ar"),
                Arguments.of("generated", "en"), Arguments.of("generated", "ar"));
    }

    @ParameterizedTest(name = "{0} register in {1}")
    @MethodSource("reports")
    void noTextReachesTheFooter(String register, String language) throws IOException {
        Portfolio portfolio = register.equals("curated")
                ? new PortfolioJsonReader(new DealValidator()).read(Path.of("data/openai-portfolio.json")).portfolio()
                : new SyntheticPortfolioGenerator().generate(1_500, 11);
        ChartText text = new ChartText(language.equals("ar") ? Texts.arabic() : Texts.english());
        ChartFonts fonts = ChartFonts.load();
        Path pdf = dir.resolve(register + "-" + language + ".pdf");
        new ReportBuilder(ChartFixtures.analysis(), new ChartModelFactory(ChartFixtures.analysis(), text, ChartFixtures.clock()),
                new JFreeChartFactory(fonts, text), fonts, text, ChartFixtures.clock())
                .build(portfolio, ReportRequest.standard(DealFilter.ALL, pdf, null), ReportProgress.NONE, () -> false);

        List<String> intruders = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                for (TextPosition glyph : OutputReaders.glyphPositions(document, page)) {
                    // On the page, not along the text: a chart's vertical axis labels run bottom to top.
                    float baseline = glyph.getY();
                    boolean footer = Math.abs(baseline - ReportPainter.FOOTER_BASELINE) < 0.5f;
                    if (!footer && baseline > ReportPainter.FOOTER_TOP) {
                        intruders.add("page " + page + " at " + baseline + ": " + glyph.getUnicode());
                    }
                }
            }
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(intruders).as("glyphs whose baseline is below the footer's top").isEmpty();
    }
}
