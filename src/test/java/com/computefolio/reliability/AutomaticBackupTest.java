package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.app.AppContext;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.StorageException;
import com.computefolio.service.backup.BackupFolder;
import com.computefolio.service.backup.BackupOnFirstSavePortfolioService;
import com.computefolio.service.backup.DatabaseBackups;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window copies the database before the first change of each session, into
 * {@code <db>.backups/computefolio-YYYYMMDD-HHMMSS.db}, and keeps the newest five copies.
 */
class AutomaticBackupTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void createRegister() throws Exception {
        db = dir.resolve("register.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            CrashWorker.PARTIES.forEach(store::saveParty);
            store.saveDeal(DealBuilder.deal("diary").notes("session 0").build(), false);
        }
    }

    @Test
    void sixSessionsLeaveTheFiveNewestCopiesEachHoldingTheRegisterAsItsSessionFoundIt() throws Exception {
        for (int session = 1; session <= 6; session++) {
            try (AppContext window = AppContext.openForWindow(db)) {
                PortfolioService service = window.portfolioService();
                Deal diary = service.deal("diary").orElseThrow();
                Deal saved = service.save(withNotes(diary, "session " + session));
                service.save(withNotes(saved, "session " + session + ", second save"));
            }
        }

        List<Path> kept = BackupFolder.of(db).automaticBackups();
        assertThat(kept).hasSize(DatabaseBackups.AUTOMATIC_KEPT);
        List<String> notes = new ArrayList<>();
        for (Path copy : kept) {
            assertThat(copy.getFileName().toString()).matches("computefolio-\\d{8}-\\d{6}(-\\d+)?\\.db");
            try (JdbcPortfolioStore store = JdbcPortfolioStore.open(copy)) {
                notes.add(store.loadDeal("diary").orElseThrow().notes());
            }
        }
        assertThat(notes).containsExactly("session 1, second save", "session 2, second save", "session 3, second save",
                "session 4, second save", "session 5, second save");
    }

    @Test
    void aSessionThatOnlyReadsMakesNoCopy() {
        try (AppContext window = AppContext.openForWindow(db)) {
            window.portfolioService().portfolio();
            window.portfolioService().deal("diary");
        }

        assertThat(BackupFolder.of(db).path()).doesNotExist();
    }

    @Test
    void copiesAreNamedAfterTheTimeAndASecondCopyInTheSameSecondIsNumbered() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T09:30:05Z"), ZoneOffset.UTC);
        DatabaseBackups backups = new DatabaseBackups(JdbcPortfolioStore::open, clock);
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            Path first = backups.automaticBackup(store, db);
            Path second = backups.automaticBackup(store, db);

            assertThat(first).isEqualTo(dir.resolve("register.db.backups/computefolio-20260315-093005.db"));
            assertThat(second).isEqualTo(dir.resolve("register.db.backups/computefolio-20260315-093005-2.db"));
            assertThat(BackupFolder.of(db).automaticBackups()).containsExactly(first, second);
        }
    }

    @Test
    void whenTheCopyCannotBeMadeTheChangeIsRefusedAndTheNextChangeTriesAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            PortfolioService direct = new DefaultPortfolioService(store, new DealValidator());
            BackupOnFirstSavePortfolioService window = new BackupOnFirstSavePortfolioService(direct, () -> {
                if (attempts.incrementAndGet() == 1) {
                    throw new StorageException("disk full");
                }
                return dir.resolve("made-on-second-attempt.db");
            });
            Deal diary = window.deal("diary").orElseThrow();

            assertThatThrownBy(() -> window.save(withNotes(diary, "not saved")))
                    .isInstanceOf(StorageException.class).hasMessageContaining("disk full").hasMessageContaining("nothing was saved");
            assertThat(window.deal("diary").orElseThrow().notes()).isEqualTo("session 0");

            window.save(withNotes(diary, "saved"));
            window.save(withNotes(window.deal("diary").orElseThrow(), "saved again"));
            assertThat(attempts).hasValue(2);
            assertThat(window.sessionBackup()).contains(dir.resolve("made-on-second-attempt.db"));
        }
    }

    @Test
    void copiesMadeByHandOrBeforeARestoreAreNeverRotatedAway() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T09:30:05Z"), ZoneOffset.UTC);
        DatabaseBackups backups = new DatabaseBackups(JdbcPortfolioStore::open, clock);
        Path beforeRestore = BackupFolder.of(db).nextBeforeRestore(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
        java.nio.file.Files.writeString(beforeRestore, "kept");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            for (int i = 0; i < 7; i++) {
                backups.automaticBackup(store, db);
            }
        }

        assertThat(BackupFolder.of(db).automaticBackups()).hasSize(5);
        assertThat(beforeRestore).exists();
    }

    private static Deal withNotes(Deal deal, String notes) {
        return new Deal(deal.id(), deal.title(), deal.buyerId(), deal.counterpartyId(), deal.kind(), deal.direction(),
                deal.announced(), deal.links(), deal.tags(), notes, deal.version(), deal.revisions());
    }
}
