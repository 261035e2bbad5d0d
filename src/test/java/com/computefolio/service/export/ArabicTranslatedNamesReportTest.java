package com.computefolio.service.export;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Translations;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.DealFilter;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartFixtures;
import com.computefolio.service.chart.ChartModelFactory;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartSeries;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.TimelineBar;
import com.computefolio.service.render.ChartFonts;
import com.computefolio.service.render.JFreeChartFactory;
import com.computefolio.service.text.Texts;
import com.computefolio.testing.PortfolioBuilder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a register kept in English with Arabic translations of its parties' names and deals' titles
 * gives an Arabic report that names them in Arabic (after NFKC, in logical order), and an English report
 * that names them as stored.
 */
class ArabicTranslatedNamesReportTest {

    static final Map<String, String> ARABIC = Map.of(
            "amazon", "أمازون ويب سيرفيسز",
            "amd", "شركة الأجهزة الدقيقة المتقدمة",
            "broadcom", "برودكوم للرقائق");
    static final String ARABIC_TITLE = "سعة سحابية";

    @TempDir
    static Path dir;

    private static String arabic;
    private static String english;

    @BeforeAll
    static void writeBothReports() throws Exception {
        Portfolio register = register();
        Path ar = dir.resolve("ar.pdf");
        reports(new ChartText(Texts.arabic())).build(register, ReportRequest.standard(DealFilter.ALL, ar, null),
                ReportProgress.NONE, () -> false);
        arabic = ArabicReportTest.normalised(OutputReaders.pdfText(ar));
        Path en = dir.resolve("en.pdf");
        reports(ChartText.english()).build(register, ReportRequest.standard(DealFilter.ALL, en, null),
                ReportProgress.NONE, () -> false);
        english = OutputReaders.pdfText(en);
    }

    private static ReportBuilder reports(ChartText text) {
        ChartFonts fonts = ChartFonts.load();
        return new ReportBuilder(ChartFixtures.analysis(), new ChartModelFactory(ChartFixtures.analysis(), text, ChartFixtures.clock()),
                new JFreeChartFactory(fonts, text), fonts, text, ChartFixtures.clock());
    }

    static Portfolio register() {
        Portfolio stored = PortfolioBuilder.portfolio()
                .party("openai", "OpenAI").party("amazon", "Amazon Web Services")
                .party("amd", "Advanced Micro Devices").party("broadcom", "Broadcom Chips")
                .deals(
                        deal("aws").title("Cloud capacity").counterparty("amazon").announced("2025-11-03")
                                .value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                                .sources(ChartFixtures.DIGITIMES).revisionSources(ChartFixtures.DIGITIMES).build(),
                        deal("amd").title("AMD Instinct").counterparty("amd").kind(DealKind.CHIPS).announced("2025-10-06")
                                .value("90", ValueBasis.ANALYST_ESTIMATE).confidence(Confidence.ESTIMATE).term("2026-07", 48)
                                .capacityGw("6").sources(ChartFixtures.CITI).revisionSources(ChartFixtures.CITI).build(),
                        deal("broadcom").title("Broadcom accelerators").counterparty("broadcom").kind(DealKind.CUSTOM_SILICON)
                                .announced("2025-10-13").undisclosed().term("2026-07", 42).capacityGw("10")
                                .sources(ChartFixtures.BROADCOM).revisionSources(ChartFixtures.BROADCOM).build())
                .build();
        return new Portfolio(stored.name(),
                stored.parties().stream().map(p -> ARABIC.containsKey(p.id())
                        ? p.withTranslations(new Translations(Map.of("ar", Map.of(Translations.NAME, ARABIC.get(p.id()))))) : p).toList(),
                stored.deals().stream().map(d -> d.id().equals("aws")
                        ? d.withTranslations(new Translations(Map.of("ar", Map.of(Translations.TITLE, ARABIC_TITLE)))) : d).toList(),
                stored.contextSeries());
    }

    @Test
    void theArabicReportNamesEveryTranslatedPartyInArabic() {
        for (String name : ARABIC.values()) {
            assertThat(arabic).as(name).contains(ArabicReportTest.normalised(name));
        }
        assertThat(arabic).contains(ArabicReportTest.normalised(ARABIC_TITLE))
                .doesNotContain("Amazon Web Services", "Advanced Micro Devices", "Broadcom Chips");
    }

    @Test
    void theEnglishReportNamesThemAsStored() {
        assertThat(english).contains("Amazon Web Services", "Advanced Micro Devices", "Cloud capacity")
                .doesNotContain(ARABIC.get("amazon"));
    }

    @Test
    void chartsDrawnInArabicNameSeriesAndBarsInArabicAndInEnglishAsStored() {
        Portfolio register = register();
        ChartModelFactory arabicModels = new ChartModelFactory(ChartFixtures.analysis(), new ChartText(Texts.arabic()), ChartFixtures.clock());
        ChartModelFactory englishModels = new ChartModelFactory(ChartFixtures.analysis(), ChartText.english(), ChartFixtures.clock());
        ChartRequest byCounterparty = ChartRequest.of(ChartType.COMMITMENTS, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);
        ChartRequest timeline = ChartRequest.of(ChartType.TIMELINE, GroupBy.COUNTERPARTY, Granularity.YEAR, DealFilter.ALL);

        String arabicLabels = String.join("\n", arabicModels.create(register, byCounterparty).series().stream().map(ChartSeries::label).toList());
        assertThat(arabicLabels).contains(ARABIC.get("amazon"), ARABIC.get("amd")).doesNotContain("Amazon Web Services");
        assertThat(arabicModels.create(register, timeline).bars()).extracting(TimelineBar::title, TimelineBar::counterparty)
                .contains(org.assertj.core.groups.Tuple.tuple(ARABIC_TITLE, ARABIC.get("amazon")));
        String englishLabels = String.join("\n", englishModels.create(register, byCounterparty).series().stream().map(ChartSeries::label).toList());
        assertThat(englishLabels).contains("Amazon Web Services").doesNotContain(ARABIC.get("amazon"));
    }
}
