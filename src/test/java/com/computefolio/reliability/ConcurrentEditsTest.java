package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.PortfolioService;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.TestRegister;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two windows (or a window and the command line) on one database file, each with its own
 * connection: a save over a version saved elsewhere in the meantime is refused with a
 * {@link ConcurrentEditException} that names the deal and both versions; the user can reload or
 * overwrite, and no edit is ever lost without someone choosing to lose it.
 */
class ConcurrentEditsTest {

    /** Where the shared register lives; {@link PostgresConcurrentEditsTest} puts it on a server. */
    protected TestRegister sharedRegister(Path folder) {
        return TestRegister.sqlite(folder.resolve("shared.db"));
    }

    @TempDir
    Path dir;

    private JdbcPortfolioStore storeA;
    private JdbcPortfolioStore storeB;
    private PortfolioService windowA;
    private PortfolioService windowB;

    @BeforeEach
    void openTwoWindowsOnOneFile() throws Exception {
        TestRegister shared = sharedRegister(dir);
        storeA = shared.open();
        storeB = shared.open();
        CrashWorker.PARTIES.forEach(storeA::saveParty);
        windowA = new DefaultPortfolioService(storeA, new DealValidator());
        windowB = new DefaultPortfolioService(storeB, new DealValidator());
        windowA.save(DealBuilder.deal("shared").notes("first").build());
    }

    @AfterEach
    void close() {
        storeA.close();
        storeB.close();
    }

    @Test
    void savingOverAVersionSavedElsewhereIsRefusedAndTheOtherEditStays() throws Exception {
        Deal loadedByA = windowA.deal("shared").orElseThrow();
        Deal loadedByB = windowB.deal("shared").orElseThrow();
        assertThat(loadedByA.version()).isEqualTo(1);

        Deal savedByB = windowB.save(withNotes(loadedByB, "B's edit"));

        assertThat(savedByB.version()).isEqualTo(2);
        assertThatThrownBy(() -> windowA.save(withNotes(loadedByA, "A's edit")))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.dealId()).isEqualTo("shared");
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("shared", "changed elsewhere");
                });
        assertThat(windowA.deal("shared").orElseThrow().notes()).isEqualTo("B's edit");
    }

    @Test
    void reloadingShowsTheOtherEditAndTheMergedSaveKeepsBoth() throws Exception {
        Deal loadedByA = windowA.deal("shared").orElseThrow();
        windowB.save(withNotes(windowB.deal("shared").orElseThrow(), "B's edit"));
        assertThatThrownBy(() -> windowA.save(withNotes(loadedByA, "A's edit"))).isInstanceOf(ConcurrentEditException.class);

        Deal reloaded = windowA.deal("shared").orElseThrow();
        Deal merged = windowA.save(withNotes(reloaded, reloaded.notes() + " + A's edit"));

        assertThat(merged.version()).isEqualTo(3);
        assertThat(windowB.deal("shared").orElseThrow().notes()).isEqualTo("B's edit + A's edit");
    }

    @Test
    void overwriteReplacesTheNewerVersionOnlyWhenTheUserChoosesIt() throws Exception {
        Deal loadedByA = windowA.deal("shared").orElseThrow();
        windowB.save(withNotes(windowB.deal("shared").orElseThrow(), "B's edit"));

        Deal overwritten = windowA.overwrite(withNotes(loadedByA, "A's edit"));

        assertThat(overwritten.version()).isEqualTo(3);
        assertThat(windowB.deal("shared").orElseThrow().notes()).isEqualTo("A's edit");
    }

    @Test
    void deletingAVersionChangedElsewhereIsRefusedAndTheDealStays() throws Exception {
        Deal loadedByA = windowA.deal("shared").orElseThrow();
        windowB.save(withNotes(windowB.deal("shared").orElseThrow(), "B's edit"));

        assertThatThrownBy(() -> windowA.delete("shared", loadedByA.version())).isInstanceOf(ConcurrentEditException.class);
        assertThat(windowB.deal("shared")).isPresent();
    }

    /**
     * Two editors keep stale copies of a few deals and each adds its own marks to the notes; a
     * refused save is followed by what the window offers, reload and apply again. At the end every
     * mark either editor ever saved is in the register, and the number of refusals is counted.
     */
    @Test
    void twoEditorsRacingOnTheSameDealsNeverLoseAnEdit() throws Exception {
        int steps = RunCounts.choose(300, 3000);
        long seed = Long.getLong("cf.conflict.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> ids = List.of("shared", "d1", "d2");
        for (String id : ids.subList(1, ids.size())) {
            windowA.save(DealBuilder.deal(id).notes("").build());
        }
        List<Editor> editors = List.of(new Editor("A", windowA), new Editor("B", windowB));
        for (Editor editor : editors) {
            for (String id : ids) {
                editor.copies.put(id, editor.service.deal(id).orElseThrow());
            }
        }
        List<String> saved = new ArrayList<>();
        int conflicts = 0;
        for (int step = 0; step < steps; step++) {
            Editor editor = editors.get(random.nextInt(editors.size()));
            String id = ids.get(random.nextInt(ids.size()));
            String mark = "[" + editor.name + step + "]";
            Deal copy = editor.copies.get(id);
            try {
                editor.copies.put(id, editor.service.save(withNotes(copy, copy.notes() + mark)));
            } catch (ConcurrentEditException refused) {
                conflicts++;
                Deal reloaded = editor.service.deal(id).orElseThrow();
                editor.copies.put(id, editor.service.save(withNotes(reloaded, reloaded.notes() + mark)));
            }
            saved.add(id + mark);
            if (random.nextInt(3) == 0) {
                // Now and then an editor refreshes a copy, as a window does when it hears of a change.
                editor.copies.put(id, editor.service.deal(id).orElseThrow());
            }
        }
        RunCounts.record("ConcurrentEditsTest", "seed=" + seed + " saves=" + steps + " conflictsCaught=" + conflicts);

        for (String entry : saved) {
            String id = entry.substring(0, entry.indexOf('['));
            assertThat(windowA.deal(id).orElseThrow().notes()).as("seed %d", seed).contains(entry.substring(id.length()));
        }
        assertThat(conflicts).as("with two editors on three deals, stale saves happen").isPositive();
    }

    private static Deal withNotes(Deal deal, String notes) {
        return new Deal(deal.id(), deal.title(), deal.buyerId(), deal.counterpartyId(), deal.kind(), deal.direction(),
                deal.announced(), deal.links(), deal.tags(), notes, deal.version(), deal.revisions());
    }

    private static final class Editor {
        final String name;
        final PortfolioService service;
        final Map<String, Deal> copies = new HashMap<>();

        Editor(String name, PortfolioService service) {
            this.name = name;
            this.service = service;
        }
    }
}
