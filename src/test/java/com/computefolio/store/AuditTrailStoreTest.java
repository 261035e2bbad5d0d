package com.computefolio.store;

import static com.computefolio.testing.DealBuilder.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.domain.audit.AuditAction;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.domain.audit.FieldChange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailStoreTest {

    @TempDir
    Path dir;

    private JdbcPortfolioStore store;

    @BeforeEach
    void openRegister() {
        store = JdbcPortfolioStore.open(dir.resolve("register.db"));
        store.importAll(StoreTestData.parties(), List.of(), List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Deal save(Deal deal, String reason) throws Exception {
        return store.saveDeal(deal, false, keys -> List.of(), AuditNote.because(reason));
    }

    @Test
    void aSaveRecordsWhoWhenWhatAndWhy() throws Exception {
        Instant before = Instant.now();
        Deal created = save(deal("aws").value("38", ValueBasis.TOTAL_OVER_TERM).build(), "announced");
        save(deal("aws").value("50", ValueBasis.TOTAL_OVER_TERM).version(created.version()).build(), "CNBC says 50");

        List<AuditEntry> history = store.history("aws", 10);

        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CHANGED, AuditAction.CREATED);
        AuditEntry changed = history.get(0);
        assertThat(changed.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(changed.at()).isBetween(before, Instant.now());
        assertThat(changed.reason()).isEqualTo("CNBC says 50");
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.changes()).containsExactly(
                new FieldChange("revisions[0].value.amount", "38000000000.00 USD", "50000000000.00 USD"));
        assertThat(history.get(1).changes()).contains(new FieldChange("id", null, "aws"));
    }

    @Test
    void aRefusedSaveRecordsNothing() throws Exception {
        save(deal("aws").build(), null);

        assertThatThrownBy(() -> save(deal("aws").title("stale").build(), "stale"))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.saveDeal(deal("aws").version(1).title("refused").build(), false,
                keys -> List.of(com.computefolio.domain.Problem.at("title",
                        com.computefolio.domain.ProblemText.say(com.computefolio.domain.ProblemKey.DEAL_NO_TITLE))), AuditNote.because("refused")))
                .isInstanceOf(RefusedWriteException.class);

        assertThat(store.history("aws", 10)).hasSize(1);
    }

    @Test
    void aDeletedDealKeepsItsHistoryWithEveryFieldItHad() throws Exception {
        Deal saved = save(deal("aws").title("AWS").build(), null);

        store.deleteDeal("aws", saved.version(), AuditNote.because("duplicate"));

        AuditEntry deleted = store.history("aws", 10).get(0);
        assertThat(deleted.action()).isEqualTo(AuditAction.DELETED);
        assertThat(deleted.reason()).isEqualTo("duplicate");
        assertThat(deleted.changes()).contains(new FieldChange("title", "AWS", null)).allMatch(c -> c.newValue() == null);
    }

    @Test
    void anImportRecordsEachDealAddedOrReplacedWithTheFileButNotThoseItLeftAlone() throws Exception {
        Deal kept = save(deal("kept").build(), null);
        Deal replaced = save(deal("replaced").title("Old").build(), null);
        List<Deal> fileDeals = List.of(kept, deal("replaced").title("New").build(), deal("added").build());

        store.importChecked(register -> new CheckedImport.Planned<>(List.of(), fileDeals, List.of(), "done"),
                new AuditNote("quarterly refresh", "deals.json"));

        List<AuditEntry> latest = store.latestHistory(10);
        assertThat(latest).hasSize(4);
        assertThat(latest.subList(0, 2)).extracting(AuditEntry::dealId, AuditEntry::action, AuditEntry::file, AuditEntry::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("replaced", AuditAction.IMPORT_REPLACED, "deals.json", "quarterly refresh"),
                        org.assertj.core.groups.Tuple.tuple("added", AuditAction.IMPORT_ADDED, "deals.json", "quarterly refresh"));
        assertThat(store.history("replaced", 1).get(0).changes()).containsExactly(new FieldChange("title", "Old", "New"));
        assertThat(store.history("added", 1).get(0).changes()).isEmpty();
        assertThat(replaced.version()).isEqualTo(1);
        assertThat(store.history("replaced", 1).get(0).version()).isEqualTo(2);
    }

    @Test
    void theLimitKeepsTheNewestEntriesAndTheTrailListsAllOldestFirst() throws Exception {
        Deal deal = save(deal("aws").title("v1").build(), null);
        for (int i = 2; i <= 5; i++) {
            deal = save(deal("aws").title("v" + i).version(deal.version()).build(), null);
        }

        assertThat(store.history("aws", 2)).extracting(AuditEntry::version).containsExactly(5L, 4L);
        assertThat(store.auditTrail()).extracting(AuditEntry::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.history("other", 10)).isEmpty();
    }

    @Test
    void theTrailSurvivesReopening() throws Exception {
        save(deal("aws").build(), "first");
        store.close();
        store = JdbcPortfolioStore.open(dir.resolve("register.db"));

        assertThat(store.history("aws", 10)).extracting(AuditEntry::reason).containsExactly("first");
        Portfolio loaded = store.load();
        assertThat(loaded.deals()).hasSize(1);
    }
}
