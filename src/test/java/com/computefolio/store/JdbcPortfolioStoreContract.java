package com.computefolio.store;

import static com.computefolio.store.StoreTestData.DIGITIMES;
import static com.computefolio.store.StoreTestData.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.Figure;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.Money;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.TestRegister;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store must do, run on both: {@link SqliteJdbcPortfolioStoreTest} (a file) and
 * {@link PostgresJdbcPortfolioStoreTest} (a team database on the throwaway server).
 */
abstract class JdbcPortfolioStoreContract {

    @TempDir
    Path dir;

    protected TestRegister register;
    protected JdbcPortfolioStore store;

    /** A new, empty register for one test. */
    protected abstract TestRegister newRegister(Path folder);

    @BeforeEach
    void openEmptyRegister() {
        register = newRegister(dir);
        store = register.open();
        store.importAll(StoreTestData.parties(), List.of(), List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSavedRichDealLoadsBackEqualToTheOriginal() throws Exception {
        store.saveDeal(StoreTestData.linkedDeal(), false);
        Deal saved = store.saveDeal(StoreTestData.richDeal(), false);

        assertThat(saved).isEqualTo(StoreTestData.richDeal().withVersion(1));
        assertThat(store.loadDeal("openai-aws-cloud")).contains(saved);
        assertThat(store.load().deal("openai-aws-cloud")).contains(saved);
    }

    @Test
    void theWholeRegisterSurvivesClosingAndReopening() {
        Portfolio known = StoreTestData.knownPortfolio();
        store.importAll(known.parties(), known.deals(), known.contextSeries());
        store.setName(known.name());
        store.close();

        store = register.open();

        assertThat(store.load()).isEqualTo(withVersions(known, 1));
    }

    @Test
    void aRegisterWithoutANameIsNamedAfterItsFileOrDatabase() {
        assertThat(store.load().name()).isEqualTo(register.name().replaceFirst("\\.db$", ""));
    }

    @Test
    void aDealThatIsNotStoredHasVersionMinusOneAndLoadsAsEmpty() {
        assertThat(store.storedVersion("nope")).isEqualTo(-1);
        assertThat(store.loadDeal("nope")).isEmpty();
    }

    @Test
    void eachSaveMovesTheVersionOnByOne() throws Exception {
        Deal first = store.saveDeal(StoreTestData.linkedDeal(), false);
        Deal second = store.saveDeal(first.withVersion(first.version()), false);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.storedVersion(first.id())).isEqualTo(2);
    }

    @Test
    void savingAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        Deal v1 = store.saveDeal(StoreTestData.linkedDeal(), false);
        Deal v2 = store.saveDeal(v1.withCurrent(v1.current().withStatus(com.computefolio.domain.DealStatus.ACTIVE)), false);

        Deal staleEdit = v1.withCurrent(v1.current().withStatus(com.computefolio.domain.DealStatus.CANCELLED));
        assertThatThrownBy(() -> store.saveDeal(staleEdit, false))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.dealId()).isEqualTo(v1.id());
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(store.loadDeal(v1.id())).contains(v2);
    }

    @Test
    void aNewDealWhoseIdIsTakenIsAConflict() throws Exception {
        store.saveDeal(StoreTestData.linkedDeal(), false);

        assertThatThrownBy(() -> store.saveDeal(StoreTestData.linkedDeal(), false))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void forceOverwritesWhateverIsStored() throws Exception {
        Deal v1 = store.saveDeal(StoreTestData.linkedDeal(), false);
        store.saveDeal(v1, false);
        Deal staleEdit = v1.withCurrent(v1.current().withStatus(com.computefolio.domain.DealStatus.CANCELLED));

        Deal forced = store.saveDeal(staleEdit, true);

        assertThat(forced.version()).isEqualTo(3);
        assertThat(store.loadDeal(v1.id())).contains(staleEdit.withVersion(3));
    }

    @Test
    void replacingADealKeepsTheLinksOtherDealsHaveToIt() throws Exception {
        Deal target = store.saveDeal(StoreTestData.linkedDeal(), false);
        Deal rich = store.saveDeal(StoreTestData.richDeal(), false);

        store.saveDeal(target, false);

        assertThat(store.loadDeal(rich.id())).contains(rich);
    }

    @Test
    void deletingADealRemovesItAndEverythingUnderIt() throws Exception {
        Deal target = store.saveDeal(StoreTestData.linkedDeal(), false);
        Deal rich = store.saveDeal(StoreTestData.richDeal(), false);

        store.deleteDeal(rich.id(), rich.version());

        assertThat(store.load().deals()).containsExactly(target);
        Map<String, List<String>> dump = TableDump.of(register);
        for (String table : List.of("deal_tag", "deal_link", "schedule_leg")) {
            assertThat(dump.get(table)).as(table).isEmpty();
        }
        // What is left is the remaining deal's one revision, its value figure and their one source each.
        for (String table : List.of("revision", "figure", "figure_source", "revision_source")) {
            assertThat(dump.get(table)).as(table).hasSize(1);
        }
    }

    @Test
    void deletingADealDropsTheLinksToItAndMovesTheLinkingDealsVersionOn() throws Exception {
        Deal target = store.saveDeal(StoreTestData.linkedDeal(), false);
        Deal rich = store.saveDeal(StoreTestData.richDeal(), false);

        store.deleteDeal(target.id(), target.version());

        Deal reloaded = store.loadDeal(rich.id()).orElseThrow();
        assertThat(reloaded.links()).isEmpty();
        assertThat(reloaded.version()).isEqualTo(2);
    }

    @Test
    void deletingWithAStaleVersionIsAConflictAndKeepsTheDeal() throws Exception {
        Deal v1 = store.saveDeal(StoreTestData.linkedDeal(), false);
        store.saveDeal(v1, false);

        assertThatThrownBy(() -> store.deleteDeal(v1.id(), 1)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.deleteDeal("never-stored", 1))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(-1));
        assertThat(store.storedVersion(v1.id())).isEqualTo(2);
    }

    @Test
    void savingAPartyTwiceKeepsTheFirst() {
        store.saveParty(new Party("openai", "Renamed", PartyKind.OTHER));
        store.saveParty(new Party("xai", "xAI", PartyKind.AI_LAB));

        assertThat(store.load().partiesById())
                .containsEntry("openai", OPENAI)
                .containsEntry("xai", new Party("xai", "xAI", PartyKind.AI_LAB));
    }

    @Test
    void importReplacesDealsWithTheSameIdAndAddsTheRest() throws Exception {
        Deal stored = store.saveDeal(StoreTestData.linkedDeal(), false);
        store.saveDeal(stored, false);
        Deal replacement = StoreTestData.simpleDeal(stored.id(), "openai", "amazon", 7);
        Deal added = StoreTestData.simpleDeal("brand-new", "openai", "amazon", 9);
        Party newParty = new Party("oracle", "Oracle", PartyKind.HYPERSCALER_CLOUD);

        store.importAll(List.of(newParty, new Party("openai", "Not applied", PartyKind.OTHER)),
                List.of(replacement, added), List.of(StoreTestData.revenueSeries()));

        Portfolio loaded = store.load();
        assertThat(loaded.deals()).containsExactly(added.withVersion(1), replacement.withVersion(3));
        assertThat(loaded.partiesById()).containsEntry("oracle", newParty).containsEntry("openai", OPENAI);
        assertThat(loaded.contextSeries()).containsExactly(StoreTestData.revenueSeries());
    }

    @Test
    void aLargeImportGivesEachReplacedDealItsStoredVersionPlusOneAndEachNewDealVersionOne() throws Exception {
        // More deals than the store looks up one by one: their versions come from one pass over the table.
        List<Deal> first = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add(StoreTestData.simpleDeal(String.format("deal-%03d", i), "openai", "amazon", i + 1));
        }
        store.importAll(List.of(), first, List.of());
        store.saveDeal(store.loadDeal("deal-007").orElseThrow(), false);
        List<Deal> second = new java.util.ArrayList<>(first.subList(0, 150));
        for (int i = 300; i < 450; i++) {
            second.add(StoreTestData.simpleDeal(String.format("deal-%03d", i), "openai", "amazon", i + 1));
        }

        store.importAll(List.of(), second, List.of());

        Map<String, Long> versions = store.load().deals().stream().collect(Collectors.toMap(Deal::id, Deal::version));
        assertThat(versions).hasSize(450).containsEntry("deal-000", 2L).containsEntry("deal-007", 3L)
                .containsEntry("deal-149", 2L).containsEntry("deal-150", 1L).containsEntry("deal-299", 1L)
                .containsEntry("deal-300", 1L).containsEntry("deal-449", 1L);
    }

    @Test
    void importReplacesAContextSeriesWithTheSameId() {
        store.importAll(List.of(), List.of(), List.of(StoreTestData.revenueSeries()));
        ContextSeries shorter = new ContextSeries("openai-revenue", "Revenue", "USD_BILLIONS",
                List.of(StoreTestData.revenueSeries().points().get(0)));

        store.importAll(List.of(), List.of(), List.of(shorter));

        assertThat(store.load().contextSeries()).containsExactly(shorter);
    }

    @Test
    void aSourceSavedAgainWithNewContentIsCorrectedEverywhere() throws Exception {
        store.saveDeal(StoreTestData.linkedDeal(), false);
        Source corrected = new Source(DIGITIMES.id(), "DigiTimes Asia", DIGITIMES.title(), "https://www.digitimes.com/x",
                DIGITIMES.published(), null);
        Deal other = StoreTestData.simpleDeal("other", "openai", "amazon", 1);
        Revision revision = other.current();
        Figure value = new Figure(ValueBasis.TOTAL_OVER_TERM, Money.usd(1), null, null, Confidence.REPORTED,
                List.of(corrected), null);
        store.saveDeal(other.withCurrent(new Revision(revision.knownFrom(), revision.change(), revision.status(), value,
                List.of(), revision.term(), null, null, List.of(), List.of(corrected), null)), false);

        Deal first = store.loadDeal(StoreTestData.linkedDeal().id()).orElseThrow();
        assertThat(first.current().value().sources()).containsExactly(corrected);
    }

    @Test
    void aFailingImportLeavesEveryTableExactlyAsItWas() throws Exception {
        Portfolio known = StoreTestData.knownPortfolio();
        store.importAll(known.parties(), known.deals(), known.contextSeries());
        Map<String, List<String>> before = TableDump.of(register);
        Deal replacement = StoreTestData.simpleDeal("nvidia-openai-equity", "openai", "amazon", 5);
        Deal orphan = StoreTestData.simpleDeal("orphan", "openai", "no-such-party", 5);
        Source fresh = new Source("S-new", "New", null, "https://new.example", null, null);
        ContextSeries series = new ContextSeries("capex", "Capex", "USD_BILLIONS", List.of(new com.computefolio.domain.ContextPoint(
                "2026", java.math.BigDecimal.ONE, Confidence.REPORTED, List.of(fresh), null)));

        assertThatThrownBy(() -> store.importAll(List.of(new Party("new-party", "New", PartyKind.OTHER)),
                List.of(replacement, orphan), List.of(series)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(register.name());

        assertThat(TableDump.of(register)).isEqualTo(before);
    }

    @Test
    void aFigureMixingCurrenciesIsRefusedAndNothingIsWritten() {
        Deal deal = StoreTestData.simpleDeal("mixed", "openai", "amazon", 5);
        Figure mixed = new Figure(ValueBasis.ANALYST_ESTIMATE, Money.usd(5), new Money("EUR", 1), null,
                Confidence.ESTIMATE, List.of(DIGITIMES), "mixed");
        Deal bad = deal.withCurrent(deal.current().withValue(mixed));

        assertThatThrownBy(() -> store.saveDeal(bad, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThat(store.storedVersion("mixed")).isEqualTo(-1);
    }

    @Test
    void anImportNamingOneDealTwiceIsRefused() {
        Deal deal = StoreTestData.simpleDeal("twice", "openai", "amazon", 5);

        assertThatThrownBy(() -> store.importAll(List.of(), List.of(deal, deal), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThat(store.storedVersion("twice")).isEqualTo(-1);
    }

    @Test
    void aDealLinkingToAMissingDealIsRefused() {
        Deal deal = StoreTestData.simpleDeal("linking", "openai", "amazon", 5);
        Deal linking = new Deal(deal.id(), deal.title(), deal.buyerId(), deal.counterpartyId(), deal.kind(), deal.direction(),
                deal.announced(), List.of(new DealLink(LinkType.AMENDS, "missing")), List.of(), null, 0, deal.revisions());

        assertThatThrownBy(() -> store.saveDeal(linking, false)).isInstanceOf(StoreException.class);
        assertThat(store.storedVersion("linking")).isEqualTo(-1);
    }

    private static Portfolio withVersions(Portfolio portfolio, long version) {
        return new Portfolio(portfolio.name(), portfolio.parties(),
                portfolio.deals().stream().map(d -> d.withVersion(version)).toList(), portfolio.contextSeries());
    }
}
