package com.computefolio.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealSchedule;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Figure;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Months;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.ReadResult;
import com.computefolio.io.json.PortfolioJsonReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated dataset (data/openai-portfolio.json) read the way the application reads it, plus
 * facts a person can check by hand against docs/dataset.md and the research table.
 */
class CuratedDatasetTest {

    private static final Path DATASET = Path.of("data", "openai-portfolio.json");
    private static final LocalDate NEW_YEAR_2026 = LocalDate.of(2026, 1, 1);

    /** The research table gives no date for these documents (C4's date is in its URL). */
    private static final Set<String> SOURCES_WITHOUT_DATE = Set.of("S7a", "S7b", "S22b", "C1", "C2", "C3", "C5", "C6");
    /** Second documents of a row (filings, a follow-up report) and context sources: no quote in the research table. */
    private static final Set<String> SOURCES_WITHOUT_QUOTE = Set.of("S7b", "S20b", "S22b", "C1", "C2", "C3", "C4", "C5", "C6");
    private static final int LONGEST_QUOTE_WORDS = 25;

    private static ReadResult read;
    private static Portfolio portfolio;
    private static JsonNode json;

    @BeforeAll
    static void readDataset() throws IOException {
        read = new PortfolioJsonReader(new DealValidator()).read(DATASET);
        portfolio = read.portfolio();
        json = new ObjectMapper().readTree(DATASET.toFile());
    }

    @Test
    void readsWithoutAnyProblem() {
        assertThat(read.problems()).extracting(Problem::describe).isEmpty();
    }

    @Test
    void holdsAtLeastTheTwentyFiveResearchedDealsUnderUniqueIds() {
        List<String> ids = portfolio.deals().stream().map(Deal::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
    }

    @Test
    void everyFigureAndContextPointCitesSourcesTheFileDefines() {
        Set<String> defined = new HashSet<>();
        json.get("sources").forEach(s -> defined.add(s.get("id").asText()));
        List<JsonNode> cited = new ArrayList<>();
        for (JsonNode deal : json.get("deals")) {
            for (JsonNode revision : deal.get("revisions")) {
                cited.add(revision.get("value"));
                revision.get("otherFigures").forEach(cited::add);
            }
        }
        json.get("contextSeries").forEach(series -> series.get("points").forEach(cited::add));

        assertThat(cited).allSatisfy(figure -> {
            assertThat(figure.get("sources")).isNotEmpty();
            figure.get("sources").forEach(id -> assertThat(defined).contains(id.asText()));
        });
    }

    @Test
    void sourcesNamePublisherAndHttpsAddressAndQuoteBriefly() {
        Set<String> undated = new HashSet<>();
        Set<String> unquoted = new HashSet<>();
        for (JsonNode source : json.get("sources")) {
            String id = source.get("id").asText();
            assertThat(source.path("publisher").asText()).as(id).isNotBlank();
            assertThat(source.path("url").asText()).as(id).startsWith("https://");
            if (!source.hasNonNull("published")) {
                undated.add(id);
            }
            if (source.hasNonNull("quote")) {
                assertThat(source.get("quote").asText().trim().split("\\s+")).as(id).hasSizeLessThanOrEqualTo(LONGEST_QUOTE_WORDS);
            } else {
                unquoted.add(id);
            }
        }
        assertThat(undated).isEqualTo(SOURCES_WITHOUT_DATE);
        assertThat(unquoted).isEqualTo(SOURCES_WITHOUT_QUOTE);
    }

    @Test
    void analystEstimatesNeverStandInForAnUndisclosedValue() {
        for (Deal deal : portfolio.deals()) {
            for (Revision revision : deal.revisions()) {
                assertThat(revision.value().basis()).as(deal.id()).isNotEqualTo(ValueBasis.ANALYST_ESTIMATE);
                assertThat(revision.value().confidence()).as(deal.id()).isNotEqualTo(Confidence.ESTIMATE);
                revision.otherFigures().stream().filter(f -> f.basis() == ValueBasis.ANALYST_ESTIMATE)
                        .forEach(f -> assertThat(f.confidence()).as(deal.id()).isEqualTo(Confidence.ESTIMATE));
            }
        }
    }

    @Test
    void everyAssumedTermIsExplainedInItsRevisionNotes() {
        for (Deal deal : portfolio.deals()) {
            for (Revision revision : deal.revisions()) {
                if (revision.term() != null && revision.term().assumed()) {
                    assertThat(revision.notes()).as(deal.id() + " " + revision.knownFrom()).isNotBlank();
                }
            }
        }
    }

    @Test
    void awsDealIsWorth138BillionNowButWas38BillionOverSevenYearsAsKnownOnNewYear2026() {
        Deal aws = deal("aws-cloud-2025");
        assertThat(aws.current().value().amount()).isEqualTo(Money.billionsUsd("138"));

        Revision known = aws.asOf(NEW_YEAR_2026).orElseThrow();
        assertThat(known.value().amount()).isEqualTo(Money.billionsUsd("38"));
        assertThat(known.term()).isEqualTo(Term.of(YearMonth.of(2025, 11), 84));
    }

    @Test
    void awsScheduleAsKnownOnNewYear2026PlacesExactly38BillionWithTheRemainderCentsFirst() {
        Deal aws = deal("aws-cloud-2025");
        DealSchedule schedule = new ScheduleEngine().schedule(aws, aws.asOf(NEW_YEAR_2026).orElseThrow());

        // 3.8e12 cents / 84 months = 45,238,095,238 remainder 8: the first 8 months get one cent more.
        assertThat(schedule.startMonth()).isEqualTo(Months.index(YearMonth.of(2025, 11)));
        assertThat(schedule.length()).isEqualTo(84);
        assertThat(schedule.moneyAt(0)).isEqualTo(45_238_095_239L);
        assertThat(schedule.moneyAt(7)).isEqualTo(45_238_095_239L);
        assertThat(schedule.moneyAt(8)).isEqualTo(45_238_095_238L);
        assertThat(schedule.totalMoney()).isEqualTo(3_800_000_000_000L);
    }

    @Test
    void nvidiaLetterOfIntentIsSupersededByTheEquityInvestmentOfFebruary2026() {
        Deal letter = deal("nvidia-loi-2025");
        assertThat(letter.asOf(NEW_YEAR_2026).orElseThrow().status()).isEqualTo(DealStatus.LETTER_OF_INTENT);
        assertThat(letter.asOf(LocalDate.of(2026, 2, 1)).orElseThrow().status()).isEqualTo(DealStatus.PAUSED);
        assertThat(letter.asOf(LocalDate.of(2026, 3, 1)).orElseThrow().status()).isEqualTo(DealStatus.SUPERSEDED);
        assertThat(letter.current().value().basis()).isEqualTo(ValueBasis.UP_TO);
        assertThat(deal("nvidia-equity-2026").links()).contains(new DealLink(LinkType.SUPERSEDES, "nvidia-loi-2025"));
    }

    @Test
    void broadcomValueStaysUndisclosedWithTheEstimatesBesideIt() {
        Revision broadcom = deal("broadcom-custom-silicon-2025").current();
        assertThat(broadcom.value().isDisclosed()).isFalse();
        assertThat(broadcom.otherFigures()).extracting(Figure::amount)
                .containsExactlyInAnyOrder(Money.billionsUsd("100"), Money.billionsUsd("350"));
    }

    @Test
    void microsoftMoneyIntoOpenAiIsCountedOnceAtEveryDate() {
        assertThat(liveMicrosoftInflow(LocalDate.of(2020, 1, 1))).isEqualTo(Money.billionsUsd("1"));
        assertThat(liveMicrosoftInflow(LocalDate.of(2024, 1, 1))).isEqualTo(Money.billionsUsd("11"));
        assertThat(liveMicrosoftInflow(LocalDate.of(2024, 11, 1))).isEqualTo(Money.billionsUsd("13"));
        assertThat(liveMicrosoftInflow(LocalDate.of(2026, 6, 1))).isEqualTo(Money.billionsUsd("13"));
    }

    @Test
    void stargateCapacityGrowsWithEachAnnouncement() {
        Deal stargate = deal("stargate-us-2025");
        assertThat(stargate.asOf(LocalDate.of(2025, 6, 1)).orElseThrow().capacity()).isNull();
        assertThat(stargate.asOf(LocalDate.of(2025, 10, 1)).orElseThrow().capacity().gigawatts()).isEqualByComparingTo("7");
        assertThat(stargate.asOf(LocalDate.of(2025, 11, 1)).orElseThrow().capacity().gigawatts()).isEqualByComparingTo("8");
        assertThat(stargate.current().capacity().gigawatts()).isEqualByComparingTo("10");
    }

    @Test
    void stargatesPartsAreLinkedPartOfItAndNothingElseIs() {
        List<String> parts = portfolio.deals().stream()
                .filter(d -> d.links().stream().anyMatch(l -> l.type() == LinkType.PART_OF))
                .map(Deal::id).sorted().toList();

        assertThat(parts).containsExactly("coreweave-cloud-2025-09", "oracle-cloud-2025", "sb-energy-equity-2026",
                "sb-energy-sites-2025");
        parts.forEach(id -> assertThat(deal(id).links()).contains(new DealLink(LinkType.PART_OF, "stargate-us-2025")));
        // Stargate Norway is not in the US programme's $500B and 10 GW: no source counts it there.
        assertThat(deal("stargate-norway-2025").links()).noneMatch(l -> l.type() == LinkType.PART_OF);
    }

    @Test
    void oracleIsOnlyReportedOnceItsValueIsTheUnconfirmedThreeHundredBillion() {
        Deal oracle = deal("oracle-cloud-2025");

        assertThat(oracle.asOf(LocalDate.of(2025, 8, 1)).orElseThrow().status()).isEqualTo(DealStatus.DEFINITIVE);
        oracle.revisions().stream().filter(r -> r.value().isDisclosed()).forEach(r -> {
            assertThat(r.value().confidence()).isEqualTo(Confidence.REPORTED);
            assertThat(r.status()).as(r.knownFrom().toString()).isEqualTo(DealStatus.REPORTED);
        });
    }

    @Test
    void nvidiasTenGigawattsAreOpenAisOwnLetterOfIntentAndCountedOnce() {
        Deal systems = deal("nvidia-systems-loi-2025");

        assertThat(systems.direction()).isEqualTo(MoneyDirection.COMMITMENT);
        assertThat(systems.revisions()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(DealStatus.LETTER_OF_INTENT);
            assertThat(r.value().isDisclosed()).isFalse();
        });
        assertThat(systems.current().capacity().gigawatts()).isEqualByComparingTo("10");
        assertThat(systems.current().legs().get(0).start()).isEqualTo(java.time.YearMonth.of(2026, 7));
        assertThat(systems.current().legs().get(0).capacity().gigawatts()).isEqualByComparingTo("1");
        // The investment side carries money only, so the 10 GW are not counted twice.
        assertThat(deal("nvidia-loi-2025").revisions()).allSatisfy(r -> assertThat(r.capacity()).isNull());
    }

    @Test
    void nscaleAndAkersBillionIsThePartnersMoneyNotOpenAisCommitment() {
        Revision norway = deal("stargate-norway-2025").current();

        assertThat(norway.value().isDisclosed()).isFalse();
        assertThat(norway.otherFigures()).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualTo(Money.billionsUsd("1"));
            assertThat(f.label()).contains("Nscale and Aker").contains("not OpenAI");
        });
    }

    @Test
    void cerebrasExpansionDoublesTheReportedValueInApril2026() {
        Deal cerebras = deal("cerebras-compute-2026");
        assertThat(cerebras.asOf(LocalDate.of(2026, 3, 1)).orElseThrow().value().amount()).isEqualTo(Money.billionsUsd("10"));
        assertThat(cerebras.current().value().amount()).isEqualTo(Money.billionsUsd("20"));
        assertThat(cerebras.current().value().confidence()).isEqualTo(Confidence.REPORTED);
    }

    @Test
    void conflictingLossFiguresFor2024AreBothKept() {
        assertThat(portfolio.contextSeries()).filteredOn(s -> s.id().equals("openai-operating-loss"))
                .singleElement()
                .satisfies(loss -> assertThat(loss.points()).filteredOn(p -> p.period().equals("2024"))
                        .extracting(p -> p.value().toPlainString())
                        .containsExactlyInAnyOrder("5", "8.78"));
    }

    private static Money liveMicrosoftInflow(LocalDate asOf) {
        Money sum = Money.zero("USD");
        for (Deal deal : portfolio.deals()) {
            if (!deal.counterpartyId().equals("microsoft") || deal.direction() != MoneyDirection.INFLOW) {
                continue;
            }
            Revision known = deal.asOf(asOf).orElse(null);
            if (known != null && known.status().isLive() && known.value().isDisclosed()) {
                sum = sum.plus(known.value().amount());
            }
        }
        return sum;
    }

    private static Deal deal(String id) {
        return portfolio.deal(id).orElseThrow(() -> new AssertionError("no deal " + id + " in " + DATASET));
    }
}
