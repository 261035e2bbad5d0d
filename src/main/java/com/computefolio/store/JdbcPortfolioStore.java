package com.computefolio.store;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.domain.Translations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The register in a SQL database (SQLite by default). Every public write is one transaction;
 * the SQL is portable and only bound with parameters, differences live in the {@link SqlDialect}.
 */
public final class JdbcPortfolioStore implements PortfolioStore {

    private static final String STORED_VERSION = "SELECT version FROM deal WHERE id = ?";
    private static final String ALL_VERSIONS = "SELECT id, version FROM deal";
    /** Above this many deals, reading every deal's version at once beats one query per deal. */
    private static final int LOOKUPS_BEFORE_SCAN = 200;
    private static final String SCHEMA_VERSION = "SELECT MAX(version) FROM schema_version";
    // ON CONFLICT is the same in SQLite (3.24+) and PostgreSQL (9.5+).
    private static final String REPLACE_PARTY = "UPDATE party SET name = ?, kind = ? WHERE id = ?";
    private static final String INSERT_PARTY = "INSERT INTO party (id, name, kind) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String SET_META = "INSERT INTO portfolio_meta (meta_key, meta_value) VALUES (?, ?)"
            + " ON CONFLICT (meta_key) DO UPDATE SET meta_value = excluded.meta_value";
    // The links into a deal disappear with it (ON DELETE CASCADE); the deals that held them changed, so
    // their versions move on and an editor holding one of them hears of it.
    private static final String BUMP_DEALS_LINKING_TO = "UPDATE deal SET version = version + 1"
            + " WHERE id IN (SELECT deal_id FROM deal_link WHERE target_deal_id = ?) AND id <> ?";
    private static final String DELETE_DEAL = "DELETE FROM deal WHERE id = ?";
    private static final String ANY_ROW = "SELECT (SELECT COUNT(*) FROM party) + (SELECT COUNT(*) FROM deal)"
            + " + (SELECT COUNT(*) FROM context_series)";
    // Deals first: their rows (revisions, figures, links, roles...) go with them (ON DELETE CASCADE),
    // then what they referred to. Rows of later schema versions hang off these tables the same way.
    private static final List<String> CLEAR_REGISTER = List.of("DELETE FROM deal", "DELETE FROM context_series",
            "DELETE FROM party", "DELETE FROM source", "DELETE FROM portfolio_meta");

    /**
     * How long an import waits for another writer: long enough for another import of tens of
     * thousands of deals to load, check and commit, after which this one checks against its result.
     */
    static final Duration IMPORT_PATIENCE = Duration.ofMinutes(2);

    private final Database database;
    private final MigrationResult migration;
    private final List<RegisterChanges> watches = new ArrayList<>();

    /** Wraps an open database whose schema is current (tests, or after {@link Migrations#migrate}). */
    public JdbcPortfolioStore(Database database, MigrationResult migration) {
        this.database = database;
        this.migration = migration;
    }

    /** Opens the SQLite register in the file, creating it or upgrading its schema (after a backup) as needed. */
    public static JdbcPortfolioStore open(Path dbFile) {
        return open(dbFile, new SqliteDialect(), new Migrations());
    }

    public static JdbcPortfolioStore open(Path dbFile, SqlDialect dialect, Migrations migrations) {
        Database database = Database.open(dbFile, dialect);
        try {
            return new JdbcPortfolioStore(database, migrations.migrate(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Connects to a team register on a PostgreSQL server, creating its tables or upgrading its schema
     * as needed (each script one transaction under the write lock, so two first starts apply it once).
     */
    public static JdbcPortfolioStore open(PostgresDialect dialect, Migrations migrations) {
        Database database = Database.connect(dialect);
        try {
            return new JdbcPortfolioStore(database, migrations.migrate(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** What opening did to the schema: the versions before and after, and the backup made first, if any. */
    public MigrationResult migration() {
        return migration;
    }

    /** The database file; null for a team register on a server. */
    public Path file() {
        return database.file();
    }

    /** The file's path or the server's address, as messages name it (never with a password). */
    public String location() {
        return database.name();
    }

    @Override
    public Portfolio load() {
        return read("load the register", this::load);
    }

    private Portfolio load(Connection c) throws SQLException {
        RegisterRowsReader register = new RegisterRowsReader(c);
        List<Deal> deals = withTranslations(c, new DealRowsReader(c).read(DealRowsReader.ALL_DEALS, null));
        String name = register.name();
        return new Portfolio(name == null ? defaultName() : name, partiesWithTranslations(c, register.parties()), deals,
                register.contextSeries());
    }

    @Override
    public Portfolio loadForAnalysis() {
        return read("load the register", c -> {
            RegisterRowsReader register = new RegisterRowsReader(c);
            // The translated titles too: a search in either language must find the same deals as the full load.
            List<Deal> deals = withTranslations(c, new CurrentDealRowsReader(c).read());
            String name = register.name();
            return new Portfolio(name == null ? defaultName() : name, partiesWithTranslations(c, register.parties()), deals,
                    register.contextSeries());
        });
    }

    @Override
    public Optional<Deal> loadDeal(String id) {
        return read("load deal " + id,
                c -> new DealRowsReader(c).read(DealRowsReader.ONE_DEAL, id).stream().findFirst()
                        .map(deal -> deal.withTranslations(readOne(c, deal.id()))));
    }

    private static Translations readOne(Connection c, String dealId) {
        try {
            return TranslationRows.readOne(c, TranslationRows.Owner.DEAL, dealId);
        } catch (SQLException e) {
            throw new StoreException("cannot read the translations of deal " + dealId + ": " + e.getMessage(), e);
        }
    }

    private static List<Deal> withTranslations(Connection c, List<Deal> deals) throws SQLException {
        Map<String, Translations> translations = TranslationRows.readAll(c, TranslationRows.Owner.DEAL);
        if (translations.isEmpty()) {
            return deals;
        }
        List<Deal> translated = new ArrayList<>(deals.size());
        for (Deal deal : deals) {
            Translations own = translations.get(deal.id());
            translated.add(own == null ? deal : deal.withTranslations(own));
        }
        return translated;
    }

    private static List<Party> partiesWithTranslations(Connection c, List<Party> parties) throws SQLException {
        Map<String, Translations> translations = TranslationRows.readAll(c, TranslationRows.Owner.PARTY);
        return translations.isEmpty() ? parties
                : parties.stream().map(p -> p.withTranslations(translations.getOrDefault(p.id(), Translations.NONE))).toList();
    }

    @Override
    public RegisterKeys keys() {
        return read("read the ids of parties and deals", JdbcPortfolioStore::keys);
    }

    private static RegisterKeys keys(Connection c) throws SQLException {
        return new RegisterKeys(ids(c, "SELECT id FROM party"), ids(c, "SELECT id FROM deal"));
    }

    private static Set<String> ids(Connection c, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    @Override
    public long storedVersion(String dealId) {
        return database.inTransaction("read the version of deal " + dealId, c -> storedVersion(c, dealId));
    }

    @Override
    public Deal saveDeal(Deal deal, boolean force) throws VersionConflictException {
        return database.inWriteTransaction("save deal " + deal.id(), c -> writeDeal(c, deal, force, AuditNote.NONE));
    }

    @Override
    public Deal saveDeal(Deal deal, boolean force, Function<RegisterKeys, List<Problem>> check)
            throws VersionConflictException, RefusedWriteException {
        return saveDeal(deal, force, check, AuditNote.NONE);
    }

    /**
     * The check, the version check, the write and its audit entry in one write transaction (see
     * {@link Database#inWriteTransaction}).
     */
    @Override
    public Deal saveDeal(Deal deal, boolean force, Function<RegisterKeys, List<Problem>> check, AuditNote note)
            throws VersionConflictException, RefusedWriteException {
        try {
            return database.inWriteTransaction("save deal " + deal.id(), c -> {
                List<Problem> problems = check.apply(keys(c));
                if (!problems.isEmpty()) {
                    throw new Refusal(new RefusedWriteException(problems));
                }
                return writeDeal(c, deal, force, note);
            });
        } catch (Refusal refusal) {
            throw refusal.refused;
        }
    }

    private Deal writeDeal(Connection c, Deal deal, boolean force, AuditNote note)
            throws SQLException, VersionConflictException {
        long stored = storedVersion(c, deal.id());
        long current = Math.max(stored, 0);
        if (!force && deal.version() != current) {
            throw new VersionConflictException(deal.id(), deal.version(), stored);
        }
        Deal before = stored < 0 ? null : storedDeal(c, deal.id());
        new SourceRowsWriter(c).upsert(SourceRowsWriter.citedBy(List.of(deal), List.of()));
        Map<String, Long> storedVersions = stored < 0 ? Map.of() : Map.of(deal.id(), stored);
        Deal saved = new DealRowsWriter(c).write(List.of(deal), storedVersions).get(0);
        AuditRowsWriter audit = new AuditRowsWriter(c, database.dialect(), note);
        audit.saved(before, saved);
        audit.flush();
        return saved;
    }

    /** The deal as stored, read inside the writing transaction (the audit's "before"). */
    private Deal storedDeal(Connection c, String id) throws SQLException {
        return readingValues("load deal " + id,
                () -> new DealRowsReader(c).read(DealRowsReader.ONE_DEAL, id).stream().findFirst().orElse(null));
    }

    /** Carries a refusal through a transaction whose work may throw only one checked exception type. */
    private static final class Refusal extends VersionConflictException {
        private final transient RefusedWriteException refused;

        Refusal(RefusedWriteException refused) {
            super("", 0, 0);
            this.refused = refused;
        }
    }

    @Override
    public void deleteDeal(String id, long expectedVersion) throws VersionConflictException {
        deleteDeal(id, expectedVersion, AuditNote.NONE);
    }

    @Override
    public void deleteDeal(String id, long expectedVersion, AuditNote note) throws VersionConflictException {
        database.inWriteTransaction("delete deal " + id, c -> {
            long stored = storedVersion(c, id);
            if (stored != expectedVersion) {
                throw new VersionConflictException(id, expectedVersion, stored);
            }
            AuditRowsWriter audit = new AuditRowsWriter(c, database.dialect(), note);
            audit.deleted(storedDeal(c, id));
            audit.flush();
            try (PreparedStatement bump = c.prepareStatement(BUMP_DEALS_LINKING_TO);
                 PreparedStatement delete = c.prepareStatement(DELETE_DEAL)) {
                bump.setString(1, id);
                bump.setString(2, id);
                bump.executeUpdate();
                delete.setString(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void replaceParty(Party party) {
        database.inWriteTransaction("replace party " + party.id(), c -> {
            replaceParties(c, List.of(party));
            return null;
        });
    }

    private static void replaceParties(Connection c, List<Party> parties) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(REPLACE_PARTY)) {
            for (Party p : parties) {
                update.setString(1, p.name());
                update.setString(2, p.kind().name());
                update.setString(3, p.id());
                update.executeUpdate();
            }
        }
        TranslationRows.replace(c, TranslationRows.Owner.PARTY, parties, Party::id, Party::translations);
    }

    @Override
    public void saveParty(Party party) {
        database.inWriteTransaction("save party " + party.id(), c -> {
            insertParties(c, List.of(party));
            return null;
        });
    }

    @Override
    public void importAll(List<Party> parties, List<Deal> deals, List<ContextSeries> series) {
        requireDistinctIds(deals);
        database.inWriteTransaction("import " + deals.size() + " deals", IMPORT_PATIENCE, c -> {
            write(c, parties, deals, series);
            return null;
        });
    }

    @Override
    public <T, X extends Exception> T importChecked(CheckedImport<T, X> checkedImport) throws X {
        return importChecked(checkedImport, AuditNote.NONE);
    }

    /**
     * The checks, the writes and one audit entry per deal added or replaced, in one write transaction;
     * the checks run on a thread of their own while the import's guess is written (ADR 52).
     */
    @Override
    public <T, X extends Exception> T importChecked(CheckedImport<T, X> checkedImport, AuditNote note) throws X {
        return database.inWriteTransaction("import", IMPORT_PATIENCE, c -> {
            Portfolio register = readingValues("load the register", () -> load(c));
            CheckBeside<T, X> checks = new CheckBeside<>(checkedImport, register);
            GuessedWrites guessed;
            try {
                guessed = GuessedWrites.write(c, checkedImport, register, JdbcPortfolioStore::write);
            } catch (SQLException lost) {
                checks.outcome(); // the files' problems, if any, say more than the transaction lost under the guess
                throw lost;
            }
            CheckedImport.Planned<T> planned = checks.outcome();
            requireDistinctIds(planned.deals());
            List<Deal> written = guessed.keptFor(planned);
            if (written == null) {
                written = write(c, planned.parties(), planned.deals(), planned.series());
            }
            replaceParties(c, planned.replacedParties());
            Map<String, Deal> before = new HashMap<>();
            register.deals().forEach(d -> before.put(d.id(), d));
            AuditRowsWriter audit = new AuditRowsWriter(c, database.dialect(), note);
            for (Deal deal : written) {
                audit.imported(before.get(deal.id()), deal, deal.version());
            }
            audit.flush();
            return planned.result();
        });
    }

    private static List<Deal> write(Connection c, List<Party> parties, List<Deal> deals, List<ContextSeries> series)
            throws SQLException {
        insertParties(c, parties);
        new SourceRowsWriter(c).upsert(SourceRowsWriter.citedBy(deals, series));
        List<Deal> written = new DealRowsWriter(c).write(deals, storedVersions(c, deals));
        new ContextSeriesWriter(c).write(series);
        return written;
    }

    @Override
    public List<AuditEntry> history(String dealId, int limit) {
        return read("read the history of deal " + dealId, c -> new AuditRowsReader(c).ofDeal(dealId, limit));
    }

    @Override
    public List<AuditEntry> latestHistory(int limit) {
        return read("read the history of the register", c -> new AuditRowsReader(c).latest(limit));
    }

    @Override
    public List<AuditEntry> auditTrail() {
        return read("read the history of the register", c -> new AuditRowsReader(c).all());
    }

    /**
     * Other connections' and processes' changes, through the dialect (SQLite: a poll of the file's
     * data version on a connection of the watcher's own). Closed with the store if still open.
     */
    @Override
    public RegisterChanges watchChanges() {
        RegisterChanges watch = database.dialect().watchChanges(database.file());
        synchronized (watches) {
            watches.add(watch);
        }
        return watch;
    }

    /**
     * Makes the register hold exactly the given one (a copy between stores, a restore of a team
     * register), in one write transaction: whole or not at all. Versions start again at 1, as in a
     * new register. Unless {@code replace}, a register holding any party, deal or context series is
     * refused and left as it was.
     *
     * @throws RefusedWriteException when the register is not empty and {@code replace} was not given
     */
    public void replaceRegister(Portfolio portfolio, boolean replace) throws RefusedWriteException {
        requireDistinctIds(portfolio.deals());
        try {
            database.inWriteTransaction("write the register", IMPORT_PATIENCE, c -> {
                if (!replace && holdsAnything(c)) {
                    throw new Refusal(new RefusedWriteException(List.of(Problem.at(null,
                            ProblemText.say(ProblemKey.TARGET_NOT_EMPTY, database.name()), ProblemText.say(ProblemKey.EXPECT_EMPTY_OR_REPLACE)))));

                }
                for (String clear : CLEAR_REGISTER) {
                    try (PreparedStatement delete = c.prepareStatement(clear)) {
                        delete.executeUpdate();
                    }
                }
                write(c, portfolio.parties(), portfolio.deals(), portfolio.contextSeries());
                try (PreparedStatement set = c.prepareStatement(SET_META)) {
                    set.setString(1, RegisterRowsReader.NAME_KEY);
                    set.setString(2, portfolio.name());
                    set.executeUpdate();
                }
                return null;
            });
        } catch (Refusal refusal) {
            throw refusal.refused;
        }
    }

    private static boolean holdsAnything(Connection c) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(ANY_ROW); ResultSet rs = count.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** Names the register (shown as the portfolio's name and written into exports). */
    public void setName(String name) {
        database.inWriteTransaction("rename the register", c -> {
            try (PreparedStatement set = c.prepareStatement(SET_META)) {
                set.setString(1, RegisterRowsReader.NAME_KEY);
                set.setString(2, name);
                set.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int schemaVersion() {
        return database.inTransaction("read the schema version", c -> {
            try (PreparedStatement query = c.prepareStatement(SCHEMA_VERSION);
                 ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public void backupTo(Path target) {
        database.backupTo(target);
    }

    @Override
    public List<String> integrityProblems() {
        return database.withoutTransaction("check the integrity of the database",
                c -> database.dialect().integrityProblems(c));
    }

    @Override
    public void close() {
        synchronized (watches) {
            watches.forEach(RegisterChanges::close);
            watches.clear();
        }
        database.close();
    }

    /** A read in one transaction (a consistent snapshot); rows this code cannot decode are reported as such. */
    private <T> T read(String what, Database.Work<T, RuntimeException> work) {
        return readingValues(what, () -> database.inTransaction(what, work));
    }

    /** Work that decodes stored rows; a row this code cannot decode is reported as such. */
    private <T, X extends Exception> T readingValues(String what, Attempt<T, X> attempt) throws X {
        try {
            return attempt.run();
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            throw new StoreException("Could not " + what + " from " + database.name()
                    + ": it holds a value this version cannot read (" + e.getMessage() + ")", e);
        }
    }

    @FunctionalInterface
    private interface Attempt<T, X extends Exception> {
        T run() throws X;
    }

    private String defaultName() {
        if (!database.isFile()) {
            return ((PostgresDialect) database.dialect()).address().database();
        }
        String fileName = database.file().getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static long storedVersion(Connection c, String dealId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(STORED_VERSION)) {
            return storedVersion(query, dealId);
        }
    }

    private static long storedVersion(PreparedStatement query, String dealId) throws SQLException {
        query.setString(1, dealId);
        try (ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static Map<String, Long> storedVersions(Connection c, List<Deal> deals) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        if (deals.size() > LOOKUPS_BEFORE_SCAN) {
            // A large import: one pass over the deal table instead of a query (a native round trip) per deal.
            Set<String> wanted = new HashSet<>();
            deals.forEach(d -> wanted.add(d.id()));
            Rows.query(c, ALL_VERSIONS, null, row -> {
                String id = row.getString(1);
                if (wanted.contains(id)) {
                    stored.put(id, row.getLong(2));
                }
            });
            return stored;
        }
        try (PreparedStatement query = c.prepareStatement(STORED_VERSION)) {
            for (Deal deal : deals) {
                long version = storedVersion(query, deal.id());
                if (version >= 0) {
                    stored.put(deal.id(), version);
                }
            }
        }
        return stored;
    }

    private static void insertParties(Connection c, List<Party> parties) throws SQLException {
        // A party the register has keeps its own rows, translations included (the import chose to keep it).
        Set<String> stored = ids(c, "SELECT id FROM party");
        try (Batch batch = new Batch(c, INSERT_PARTY)) {
            for (Party party : parties) {
                batch.text(party.id()).text(party.name()).text(party.kind().name()).add();
            }
            batch.flush();
        }
        TranslationRows.replace(c, TranslationRows.Owner.PARTY, parties.stream().filter(p -> !stored.contains(p.id())).toList(),
                Party::id, Party::translations);
    }

    private static void requireDistinctIds(List<Deal> deals) {
        Set<String> seen = new HashSet<>();
        for (Deal deal : deals) {
            if (!seen.add(deal.id())) {
                throw new IllegalArgumentException("deal " + deal.id() + " appears twice in one import");
            }
        }
    }
}
