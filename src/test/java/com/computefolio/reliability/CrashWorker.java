package com.computefolio.reliability;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.json.PortfolioJsonWriter;
import com.computefolio.service.DefaultPortfolioService;
import com.computefolio.service.PortfolioService;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.testing.DealBuilder;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: imports generated files and saves edited or deleted
 * deals in a loop until it is killed. Each operation is first applied to a private twin of the
 * database, whose digest is printed as the expected result before the real database is touched:
 *
 * <pre>
 * READY &lt;next seq&gt; &lt;digest&gt;
 * BEFORE &lt;seq&gt; &lt;kind&gt; &lt;digest now&gt; &lt;digest expected after&gt;
 * AFTER &lt;seq&gt; &lt;digest after commit&gt;
 * </pre>
 *
 * So whenever the kill lands, the parent knows the two states the database may be in.
 * Arguments: database file, twin file, seed, first sequence number.
 */
public final class CrashWorker {

    static final List<Party> PARTIES = List.of(new Party("openai", "OpenAI", PartyKind.AI_LAB),
            new Party("amazon", "Amazon", PartyKind.HYPERSCALER_CLOUD));
    private static final int DEAL_POOL = 80;
    private static final String[] TEXTS = {"Cloud compute", "اتفاقية الحوسبة", "英伟达芯片合同", "GPU 🚀 capacity",
        "Stargate \"phase\" <2>", "Ünïcödé & co"};

    private final Path workFolder;
    private final long seed;
    private final PrintStream out;

    private CrashWorker(Path workFolder, long seed, PrintStream out) {
        this.workFolder = workFolder;
        this.seed = seed;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path twin = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        long firstSeq = Long.parseLong(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new CrashWorker(db.getParent(), seed, out).run(db, twin, firstSeq);
    }

    private void run(Path db, Path twin, long firstSeq) throws Exception {
        deleteWithSideFiles(twin);
        try (JdbcPortfolioStore real = JdbcPortfolioStore.open(db)) {
            warmUp(real, db.resolveSibling("warm-up.db"));
            real.backupTo(twin);
            try (JdbcPortfolioStore copy = JdbcPortfolioStore.open(twin)) {
                PortfolioService realService = new DefaultPortfolioService(real, new DealValidator());
                PortfolioService twinService = new DefaultPortfolioService(copy, new DealValidator());
                out.println("READY " + firstSeq + " " + RegisterDigest.of(db));
                for (long seq = firstSeq; ; seq++) {
                    Operation op = plan(seq, twinService.portfolio());
                    String before = RegisterDigest.of(db);
                    op.applyTo(twinService);
                    String expected = RegisterDigest.of(twin);
                    out.println("BEFORE " + seq + " " + op.kind() + " " + before + " " + expected);
                    op.applyTo(realService);
                    String after = RegisterDigest.of(db);
                    out.println("AFTER " + seq + " " + after);
                    Files.deleteIfExists(importFileName(seq));
                    if (!after.equals(expected)) {
                        out.println("MISMATCH " + seq + " " + after + " " + expected);
                        System.exit(3);
                    }
                }
            }
        }
    }

    /**
     * A few operations on a throwaway copy before saying READY: the first operation of a fresh JVM
     * loads and compiles a thousand classes and takes a second, which would leave most kills landing
     * there instead of in the writes this test is about.
     */
    private void warmUp(JdbcPortfolioStore real, Path scratch) throws Exception {
        deleteWithSideFiles(scratch);
        real.backupTo(scratch);
        try (JdbcPortfolioStore copy = JdbcPortfolioStore.open(scratch)) {
            PortfolioService service = new DefaultPortfolioService(copy, new DealValidator());
            for (long seq = -1; seq >= -4; seq--) {
                plan(seq, service.portfolio()).applyTo(service);
                RegisterDigest.of(scratch);
                Files.deleteIfExists(importFileName(seq));
            }
        }
        deleteWithSideFiles(scratch);
    }

    private static void deleteWithSideFiles(Path db) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    /** One change, the same whichever of the two identical registers it is applied to. */
    private interface Operation {
        String kind();

        void applyTo(PortfolioService service) throws Exception;
    }

    private Operation plan(long seq, Portfolio now) throws Exception {
        Random random = new Random(seed * 1_000_003L + seq);
        int choice = random.nextInt(10);
        if (now.deals().isEmpty() || choice < 5) {
            Path file = importFile(seq, random);
            return new Operation() {
                public String kind() {
                    return "import";
                }

                public void applyTo(PortfolioService service) throws Exception {
                    // Replacing deals with files drawn at random may take back revisions: that is chosen here.
                    service.importFiles(List.of(file), true);
                }
            };
        }
        Deal target = now.deals().get(random.nextInt(now.deals().size()));
        if (choice < 9) {
            String title = TEXTS[random.nextInt(TEXTS.length)] + " edit " + seq;
            long cents = 100L + random.nextInt(1_000_000_000);
            return new Operation() {
                public String kind() {
                    return "edit";
                }

                public void applyTo(PortfolioService service) throws Exception {
                    Deal stored = service.deal(target.id()).orElseThrow();
                    Deal edited = new Deal(stored.id(), title, stored.buyerId(), stored.counterpartyId(), stored.kind(),
                            stored.direction(), stored.announced(), stored.links(), stored.tags(), "edited in step " + seq,
                            stored.version(), stored.revisions());
                    service.save(edited.withCurrent(edited.current().withValue(
                            edited.current().value().basis() == ValueBasis.UNDISCLOSED ? edited.current().value()
                                    : edited.current().value().withAmount(com.computefolio.domain.Money.usd(cents)))));
                }
            };
        }
        return new Operation() {
            public String kind() {
                return "delete";
            }

            public void applyTo(PortfolioService service) throws Exception {
                Deal stored = service.deal(target.id()).orElseThrow();
                service.delete(stored.id(), stored.version());
            }
        };
    }

    private Path importFileName(long seq) {
        return workFolder.resolve("import-" + seq + ".json");
    }

    /** A portfolio file of 1 to 60 deals drawn from a pool of ids, so that imports both add and replace. */
    private Path importFile(long seq, Random random) throws Exception {
        int count = 1 + random.nextInt(60);
        List<Deal> deals = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < DEAL_POOL; i++) {
            ids.add(i);
        }
        java.util.Collections.shuffle(ids, random);
        for (int i = 0; i < count; i++) {
            String id = "crash-deal-" + ids.get(i);
            deals.add(DealBuilder.deal(id)
                    .title(TEXTS[random.nextInt(TEXTS.length)] + " " + seq)
                    .notes("imported in step " + seq)
                    .tags("t" + random.nextInt(5))
                    .valueMinor(100L + random.nextInt(2_000_000_000), ValueBasis.TOTAL_OVER_TERM)
                    .term("2026-0" + (1 + random.nextInt(9)), 1 + random.nextInt(120))
                    .sourceIds("S" + random.nextInt(30))
                    .build());
        }
        Path file = importFileName(seq);
        new PortfolioJsonWriter().write(new Portfolio("crash", PARTIES, deals, List.of()), file);
        return file;
    }
}
