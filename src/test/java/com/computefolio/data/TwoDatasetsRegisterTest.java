package com.computefolio.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.ExposureRow;
import com.computefolio.service.Exposures;
import com.computefolio.service.GroupBy;
import com.computefolio.service.ImportResult;
import com.computefolio.service.Summary;
import com.computefolio.service.SummaryRow;
import com.computefolio.store.JdbcPortfolioStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both curated files imported into one new, empty register, then summarised and filtered through the
 * service. Every expected figure is a literal added up by hand from the deal table of docs/dataset.md
 * ("Totals a person can check"), not computed by the code under test. One import for the class:
 * the tests only read the register.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoDatasetsRegisterTest {

    private static final long CENTS_PER_BILLION = 100_000_000_000L;
    private static final long KW_PER_GW = 1_000_000L;

    @TempDir
    static Path dir;

    private JdbcPortfolioStore store;
    private DefaultPortfolioService service;
    private final AnalysisService analysis = new DefaultAnalysisService(new ScheduleEngine());
    private ImportResult imported;
    private Portfolio register;

    @BeforeAll
    void importBothFilesIntoAnEmptyRegister() throws Exception {
        store = JdbcPortfolioStore.open(dir.resolve("register.db"));
        service = new DefaultPortfolioService(store, new DealValidator());
        assertThat(service.portfolio().deals()).isEmpty();

        imported = service.importFiles(List.of(AiBuyersDatasetTest.OPENAI_DATASET, AiBuyersDatasetTest.DATASET));
        register = service.portfolio();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void bothFilesGoInTogetherWithTheSharedPartiesOnce() {
        // 27 OpenAI deals + 30 others; 17 OpenAI parties + 14 new ones (7 are shared and not added twice).
        assertThat(imported.dealsAdded()).isEqualTo(57);
        assertThat(imported.partiesAdded()).isEqualTo(31);
        assertThat(register.deals()).hasSize(57);
    }

    @ParameterizedTest(name = "{0}: {1} deals, ${2}B committed, ${3}B invested in it, {4} GW")
    @CsvSource({
            "anthropic,  12, 380,   88, 10.5",
            "meta,        8, 95.1,   0, 2",
            "microsoft,   5, 47.3,   0, 0.44",
            "xai,         3, 0,      0, 0.5",
            "fluidstack,  2, 9.7,    0, 0.528",
    })
    void totalsByBuyerAreTheSumsOfTheSourceFigures(String buyer, int deals, String committedBillions,
                                                   String inflowBillions, String gigawatts) {
        SummaryRow row = rows(GroupBy.BUYER).get(buyer);

        assertThat(row.deals()).isEqualTo(deals);
        assertThat(row.commitmentsMinor()).isEqualTo(cents(committedBillions));
        assertThat(row.inflowsMinor()).isEqualTo(cents(inflowBillions));
        assertThat(row.kilowatts()).isEqualTo(new BigDecimal(gigawatts).multiply(BigDecimal.valueOf(KW_PER_GW)).longValueExact());
    }

    @Test
    void openAisTotalIsUnchangedByTheOtherBuyersDeals() {
        // docs/dataset.md, "Overlaps counted once": $923.9B of commitments once Stargate is netted.
        assertThat(rows(GroupBy.BUYER).get("openai").commitmentsMinor()).isEqualTo(cents("923.9"));
    }

    @ParameterizedTest(name = "{0}: ${1}B committed to it, ${2}B invested by it")
    @CsvSource({
            // OpenAI's undisclosed Google Cloud deal + Anthropic's up to $200B + Meta's more than $10B; Google's up to $40B into Anthropic.
            "google,        210,   40",
            // OpenAI $250B + Anthropic $30B of Azure; Microsoft's $13B into OpenAI + up to $5B into Anthropic.
            "microsoft,     280,   18",
            // OpenAI $138B + Anthropic more than $100B; Amazon $50B into OpenAI, $8B and up to $25B into Anthropic.
            "amazon,        238,   83",
            // OpenAI 11.9 + 4 + 6.5; Meta 14.2 + 21.
            "coreweave,     57.6,  0",
            // OpenAI $300B + Meta's $20B in talks; xAI's cancelled $10B counts nothing.
            "oracle,        320,   0",
            // Every chip purchase is undisclosed; Nvidia $30B into OpenAI (the $100B letter superseded) + up to $10B into Anthropic.
            "nvidia,        0,     40",
            // Meta 2.9 + up to 27; Microsoft 17.4.
            "nebius,        47.3,  0",
            "fluidstack,    50,    0",
            // OpenAI's Stargate Norway (undisclosed) + Microsoft's Narvik $6.2B.
            "nscale-aker,   6.2,   0",
            "iren,          9.7,   0",
            "nscale,        14,    0",
            "terawulf,      6.7,   0",
            "cipher-mining, 3,     0",
    })
    void totalsByCounterpartyAcrossBothFilesAreTheSumsOfTheSourceFigures(String counterparty, String committedBillions,
                                                                         String inflowBillions) {
        SummaryRow row = rows(GroupBy.COUNTERPARTY).get(counterparty);

        assertThat(row.commitmentsMinor()).isEqualTo(cents(committedBillions));
        assertThat(row.inflowsMinor()).isEqualTo(cents(inflowBillions));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"anthropic, 12", "meta, 8", "xai, 3"})
    void filteringByABuyerGivesOnlyThatBuyersDeals(String buyer, int deals) {
        // The service's party filter matches either side of a deal; these buyers are never a counterparty,
        // so for them it is a buyer filter. (A buyer-only filter for the command line comes on another branch.)
        List<DealView> views = analysis.deals(register, parties(buyer));

        assertThat(views).hasSize(deals).allSatisfy(v -> assertThat(v.deal().buyerId()).isEqualTo(buyer));
    }

    @Test
    void filteringByMicrosoftAlsoShowsWhatItSellsAndTheBuyerRowKeepsOnlyWhatItBuys() {
        Map<String, SummaryRow> byBuyer = analysis.summary(register, parties("microsoft"), GroupBy.BUYER).rows().stream()
                .collect(Collectors.toMap(SummaryRow::key, Function.identity()));

        assertThat(byBuyer.keySet()).containsExactlyInAnyOrder("microsoft", "openai", "anthropic");
        assertThat(byBuyer.get("microsoft").deals()).isEqualTo(5);
        assertThat(byBuyer.get("microsoft").commitmentsMinor()).isEqualTo(cents("47.3"));
    }

    @Test
    void asKnownOnNewYear2025OnlyXaisOracleTalksHadBeenCancelledAndAmazonsFourBillionWasIn() {
        DealFilter newYear2025 = DealFilter.ALL.withAsOf(LocalDate.of(2025, 1, 1));
        Map<String, SummaryRow> byBuyer = rows(newYear2025, GroupBy.BUYER);

        assertThat(byBuyer.get("xai").deals()).isEqualTo(1);
        assertThat(byBuyer.get("xai").commitmentsMinor()).isZero();
        assertThat(byBuyer.get("anthropic").deals()).isEqualTo(1);
        assertThat(byBuyer.get("anthropic").inflowsMinor()).isEqualTo(cents("4"));
        assertThat(byBuyer).doesNotContainKeys("meta", "microsoft", "fluidstack");
    }

    @Test
    void googlesBackstopsOfFluidstacksLeasesAreContingentExposureNeverItsCommitments() {
        // docs/dataset.md: Google guarantees $3.2B of the TeraWulf leases and $1.4B of the Cipher lease.
        List<ExposureRow> google = Exposures.of(register, null).stream().filter(r -> r.partyId().equals("google")).toList();

        assertThat(google).filteredOn(r -> r.role().equals(PartyRole.GUARANTOR.name())).singleElement().satisfies(r -> {
            assertThat(r.deals()).isEqualTo(2);
            assertThat(r.amountMinor()).isEqualTo(cents("4.6"));
            assertThat(r.contingent()).isTrue();
        });
        assertThat(google).filteredOn(r -> !r.role().equals(PartyRole.GUARANTOR.name())).noneMatch(ExposureRow::contingent);
        // Google's own commitments as a buyer are nil in both files: the guarantee is not added to any.
        assertThat(google).noneMatch(r -> r.role().equals(Exposures.BUYER));
    }

    @Test
    void hyperionsOwnersAreExposedForTheirShareOfTheVentureWhoseCostIsUndisclosed() {
        List<ExposureRow> owners = Exposures.of(register, null).stream()
                .filter(r -> r.role().equals(PartyRole.JV_OWNER.name())).toList();

        assertThat(owners).extracting(ExposureRow::partyId).containsExactlyInAnyOrder("blue-owl", "meta");
    }

    private Map<String, SummaryRow> rows(GroupBy groupBy) {
        return rows(DealFilter.ALL, groupBy);
    }

    private Map<String, SummaryRow> rows(DealFilter filter, GroupBy groupBy) {
        Summary summary = analysis.summary(register, filter, groupBy);
        return summary.rows().stream().collect(Collectors.toMap(SummaryRow::key, Function.identity()));
    }

    private static DealFilter parties(String party) {
        return new DealFilter(null, Set.of(party), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());
    }

    private static long cents(String billions) {
        return new BigDecimal(billions).multiply(BigDecimal.valueOf(CENTS_PER_BILLION)).longValueExact();
    }
}
