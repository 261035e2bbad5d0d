package com.computefolio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes run {@code computefolio import} on one database at the same moment (each a
 * child JVM, released together by a go file). Every file adds deals of its own and the same new
 * deal and new party; in half of the rounds every file also defines the same new source id with its
 * own address, in the other half each file has a source id of its own. Afterwards: nothing lost or
 * cross-wired (every stored deal cites the sources of the file it came from, with that file's
 * addresses) and the counts the processes printed add up to what is stored (exactly one reports
 * the shared deal and party as added, the others as replaced or are refused with a clear message).
 */
class RacingWritersTest {

    private static final int PROCESSES = 3;
    private static final int OWN_DEALS = 25;
    private static final String SHARED_DEAL = "shared-deal";
    private static final Party NEW_PARTY = new Party("racer-party", "Racer", PartyKind.NEOCLOUD);
    private static final Pattern DEALS = Pattern.compile("OUT +deals: +(\\d+) added, (\\d+) replaced, (\\d+) unchanged");
    private static final Pattern PARTIES = Pattern.compile("OUT +parties: +(\\d+) added, .*");
    private static final Pattern SOURCES = Pattern.compile("OUT +sources: +(\\d+) added, .*");

    @TempDir
    Path dir;

    private int refusals;
    private int imports;

    @Test
    void racingImportsLoseNothingCrossWireNothingAndReportTrueCounts() throws Exception {
        int rounds = RunCounts.choose(20, 100);
        for (int round = 0; round < rounds; round++) {
            race(round, round % 2 == 0);
        }
        RunCounts.record("RacingWritersTest", "rounds=" + rounds + " processes=" + rounds * PROCESSES
                + " imports=" + imports + " refused=" + refusals + " lostOrCrossWired=0");
    }

    private void race(int round, boolean sameSourceId) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("round-" + round));
        Path db = folder.resolve("register.db");
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            store.importAll(CrashWorker.PARTIES, List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < PROCESSES; k++) {
            files.add(writeFile(folder, round, k, sameSourceId));
        }
        Path go = folder.resolve("go");
        List<ChildJvm> children = new ArrayList<>();
        for (int k = 0; k < PROCESSES; k++) {
            children.add(ChildJvm.start(RacingImporter.class, folder.resolve("child-" + k + ".err"), db.toString(),
                    files.get(k).toString(), go.toString(), folder.toString()));
        }
        for (ChildJvm child : children) {
            assertThat(child.nextLine(120)).as("child ready; errors: %s", child.errors()).isEqualTo("READY");
        }
        Files.createFile(go);
        List<List<String>> outputs = new ArrayList<>();
        for (ChildJvm child : children) {
            assertThat(child.exitCode()).as(child.errors()).isZero();
            outputs.add(child.allLines());
        }
        check(round, sameSourceId, db, outputs);
    }

    private void check(int round, boolean sameSourceId, Path db, List<List<String>> outputs) throws Exception {
        int added = 0;
        int replaced = 0;
        int parties = 0;
        int sources = 0;
        int succeeded = 0;
        for (List<String> lines : outputs) {
            String exit = lines.stream().filter(l -> l.startsWith("EXIT ")).findFirst().orElseThrow();
            if (exit.equals("EXIT 0")) {
                succeeded++;
                Matcher m = matching(lines, DEALS);
                added += Integer.parseInt(m.group(1));
                replaced += Integer.parseInt(m.group(2));
                parties += Integer.parseInt(matching(lines, PARTIES).group(1));
                sources += Integer.parseInt(matching(lines, SOURCES).group(1));
            } else {
                assertThat(exit).as("round %d: %s", round, lines).isEqualTo("EXIT 1");
                assertThat(lines).as("round %d", round)
                        // The source id the winner wrote is in the register with the winner's address now.
                        .anySatisfy(l -> assertThat(l).contains("is in the register as"))
                        .anySatisfy(l -> assertThat(l).contains("nothing was written"));
                refusals++;
            }
        }
        imports += succeeded;
        Portfolio stored;
        try (JdbcPortfolioStore store = JdbcPortfolioStore.open(db)) {
            stored = store.load();
        }
        // Each stored deal came whole from one file: its title names the file, its sources are that file's.
        Set<Integer> ownersOfOwnDeals = new HashSet<>();
        for (Deal deal : stored.deals()) {
            int k = Integer.parseInt(deal.title().substring(deal.title().lastIndexOf(' ') + 1));
            if (!deal.id().equals(SHARED_DEAL)) {
                assertThat(deal.id()).startsWith("own-" + k + "-");
                ownersOfOwnDeals.add(k);
            }
            for (Source source : citedBy(deal)) {
                assertThat(source).as("round %d, deal %s", round, deal.id()).isEqualTo(source(k, sameSourceId));
            }
        }
        assertThat(stored.partiesById()).containsKey(NEW_PARTY.id());
        assertThat(stored.deals()).extracting(Deal::id).contains(SHARED_DEAL);
        if (sameSourceId) {
            assertThat(succeeded).as("round %d: one import wins the new source id", round).isEqualTo(1);
            assertThat(ownersOfOwnDeals).hasSize(1);
            assertThat(added).isEqualTo(OWN_DEALS + 1);
            assertThat(replaced).isZero();
            assertThat(sources).isEqualTo(1);
        } else {
            assertThat(succeeded).as("round %d", round).isEqualTo(PROCESSES);
            assertThat(added).as("round %d: deals reported added", round).isEqualTo(stored.deals().size())
                    .isEqualTo(PROCESSES * OWN_DEALS + 1);
            assertThat(replaced).as("round %d: the shared deal is replaced by all but the first", round)
                    .isEqualTo(PROCESSES - 1);
            assertThat(sources).isEqualTo(PROCESSES);
        }
        assertThat(parties).as("round %d: the new party is added once", round).isEqualTo(1);
    }

    private static Matcher matching(List<String> lines, Pattern pattern) {
        return lines.stream().map(pattern::matcher).filter(Matcher::matches).findFirst().orElseThrow(
                () -> new AssertionError("no line like " + pattern + " in " + lines));
    }

    private static List<Source> citedBy(Deal deal) {
        List<Source> sources = new ArrayList<>();
        for (Revision r : deal.revisions()) {
            sources.addAll(r.sources());
            sources.addAll(r.value().sources());
        }
        return sources;
    }

    private static Source source(int k, boolean sameSourceId) {
        String id = sameSourceId ? "S-new" : "S-" + k;
        return new Source(id, "Race News", "Story of file " + k, "https://example.com/race/" + k, LocalDate.of(2025, 1, 1), null);
    }

    private static Path writeFile(Path folder, int round, int k, boolean sameSourceId) throws Exception {
        Source source = source(k, sameSourceId);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < OWN_DEALS; i++) {
            deals.add(deal("own-" + k + "-" + i, k, source).counterparty("amazon").build());
        }
        deals.add(deal(SHARED_DEAL, k, source).counterparty(NEW_PARTY.id()).build());
        List<Party> parties = Stream.concat(CrashWorker.PARTIES.stream(), Stream.of(NEW_PARTY)).toList();
        Path file = folder.resolve("file-" + k + ".json");
        new PortfolioJsonWriter().write(new Portfolio("race " + round, parties, deals, List.of()), file);
        return file;
    }

    private static DealBuilder deal(String id, int k, Source source) {
        return DealBuilder.deal(id).title("Deal " + id + " from file " + k).buyer("openai")
                .valueMinor(100_000L + k, ValueBasis.TOTAL_OVER_TERM).term("2026-01", 12)
                .sources(source).revisionSources(source);
    }
}
