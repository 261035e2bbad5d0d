package com.computefolio.service.chart;

import static com.computefolio.testing.DealBuilder.deal;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.testing.PortfolioBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A small portfolio whose numbers can be checked by hand, and the real services to chart it. Shared
 * by the chart and export tests.
 *
 * <ul>
 *   <li>aws: Amazon, cloud, $38B official over 84 months from 2025-11 (DigiTimes, 2025-11-04)</li>
 *   <li>oracle: Oracle, cloud, $300B reported over 60 months from 2027-01, 4.5 GW (WSJ, 2025-09-10)</li>
 *   <li>amd: AMD, chips, $90B estimate over 48 months from 2026-07, 6 GW, a "First GW" milestone leg
 *       (Citi, 2025-10-07)</li>
 *   <li>broadcom: Broadcom, custom silicon, undisclosed, 10 GW from 2026-07 to 2029-12 (Broadcom, 2025-10-13)</li>
 *   <li>coreweave: CoreWeave, cloud, up to $11.9B reported over 60 months from 2025-03; raised to
 *       $22.4B on 2025-09-25 (Reuters twice)</li>
 * </ul>
 */
public final class ChartFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    public static final Source DIGITIMES = source("S24", "DigiTimes", "2025-11-04");
    public static final Source WSJ = source("S14", "The Wall Street Journal", "2025-09-10");
    public static final Source CITI = source("S90", "Citi Research", "2025-10-07");
    public static final Source BROADCOM = source("S23", "Broadcom", "2025-10-13");
    public static final Source REUTERS_MARCH = source("S7", "Reuters", "2025-03-10");
    public static final Source REUTERS_SEPTEMBER = source("S8", "Reuters", "2025-09-25");

    private ChartFixtures() {
    }

    public static Portfolio portfolio() {
        return PortfolioBuilder.portfolio()
                .party("openai", "OpenAI").party("amazon", "Amazon (AWS)").party("oracle", "Oracle")
                .party("amd", "AMD").party("broadcom", "Broadcom").party("coreweave", "CoreWeave")
                .deals(
                        deal("aws").title("AWS cloud capacity").counterparty("amazon").announced("2025-11-03")
                                .value("38", ValueBasis.TOTAL_OVER_TERM).term("2025-11", 84)
                                .sources(DIGITIMES).revisionSources(DIGITIMES).build(),
                        deal("oracle").title("Oracle cloud").counterparty("oracle").announced("2025-09-10")
                                .value("300", ValueBasis.TOTAL_OVER_TERM).confidence(Confidence.REPORTED).term("2027-01", 60)
                                .capacityGw("4.5").sources(WSJ).revisionSources(WSJ).build(),
                        deal("amd").title("AMD Instinct GPUs").counterparty("amd").kind(DealKind.CHIPS).announced("2025-10-06")
                                .value("90", ValueBasis.ANALYST_ESTIMATE).confidence(Confidence.ESTIMATE).term("2026-07", 48)
                                .capacityGw("6").sources(CITI).revisionSources(CITI)
                                .leg(new ScheduleLeg("First GW", YearMonth.of(2026, 7), 6, ScheduleShape.EVEN, null, null))
                                .build(),
                        deal("broadcom").title("Broadcom accelerators").counterparty("broadcom").kind(DealKind.CUSTOM_SILICON)
                                .announced("2025-10-13").undisclosed().term("2026-07", 42).capacityGw("10")
                                .sources(BROADCOM).revisionSources(BROADCOM).build(),
                        deal("coreweave").title("CoreWeave GPU cloud").counterparty("coreweave").announced("2025-03-10")
                                .value("11.9", ValueBasis.UP_TO).confidence(Confidence.REPORTED).term("2025-03", 60)
                                .sources(REUTERS_MARCH).revisionSources(REUTERS_MARCH)
                                .then("2025-09-25").value("22.4", ValueBasis.UP_TO).sources(REUTERS_SEPTEMBER)
                                .build())
                .build();
    }

    public static AnalysisService analysis() {
        return new DefaultAnalysisService(new ScheduleEngine());
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    public static ChartModelFactory modelFactory() {
        return new ChartModelFactory(analysis(), ChartText.english(), clock());
    }

    public static Source source(String id, String publisher, String published) {
        return new Source(id, publisher, publisher + " story " + id, "https://example.com/" + id.toLowerCase(),
                LocalDate.parse(published), null);
    }
}
