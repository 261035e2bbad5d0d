package com.computefolio.store;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
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

    /**
     * How long an import waits for another writer: long enough for another import of tens of
     * thousands of deals to load, check and commit, after which this one checks against its result.
     */
    static final Duration IMPORT_PATIENCE = Duration.ofMinutes(2);

    private final Database database;
    private final MigrationResult migration;

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

    /** What opening did to the schema: the versions before and after, and the backup made first, if any. */
    public MigrationResult migration() {
        return migration;
    }

    public Path file() {
        return database.file();
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
        return database.inWriteTransaction("save deal " + deal.id(), c -> writeDeal(c, deal, force));
    }

    /** The check, the version check and the write in one write transaction (see {@link Database#inWriteTransaction}). */
    @Override
    public Deal saveDeal(Deal deal, boolean force, Function<RegisterKeys, List<Problem>> check)
            throws VersionConflictException, RefusedWriteException {
        try {
            return database.inWriteTransaction("save deal " + deal.id(), c -> {
                List<Problem> problems = check.apply(keys(c));
                if (!problems.isEmpty()) {
                    throw new Refusal(new RefusedWriteException(problems));
                }
                return writeDeal(c, deal, force);
            });
        } catch (Refusal refusal) {
            throw refusal.refused;
        }
    }

    private static Deal writeDeal(Connection c, Deal deal, boolean force) throws SQLException, VersionConflictException {
        long stored = storedVersion(c, deal.id());
        long current = Math.max(stored, 0);
        if (!force && deal.version() != current) {
            throw new VersionConflictException(deal.id(), deal.version(), stored);
        }
        new SourceRowsWriter(c).upsert(SourceRowsWriter.citedBy(List.of(deal), List.of()));
        Map<String, Long> storedVersions = stored < 0 ? Map.of() : Map.of(deal.id(), stored);
        return new DealRowsWriter(c).write(List.of(deal), storedVersions).get(0);
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
        database.inWriteTransaction("delete deal " + id, c -> {
            long stored = storedVersion(c, id);
            if (stored != expectedVersion) {
                throw new VersionConflictException(id, expectedVersion, stored);
            }
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
        return database.inWriteTransaction("import", IMPORT_PATIENCE, c -> {
            Portfolio register = readingValues("load the register", () -> load(c));
            CheckedImport.Planned<T> planned = checkedImport.check(register);
            requireDistinctIds(planned.deals());
            write(c, planned.parties(), planned.deals(), planned.series());
            replaceParties(c, planned.replacedParties());
            return planned.result();
        });
    }

    private static void write(Connection c, List<Party> parties, List<Deal> deals, List<ContextSeries> series)
            throws SQLException {
        insertParties(c, parties);
        new SourceRowsWriter(c).upsert(SourceRowsWriter.citedBy(deals, series));
        new DealRowsWriter(c).write(deals, storedVersions(c, deals));
        new ContextSeriesWriter(c).write(series);
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
            throw new StoreException("Could not " + what + " from " + database.file()
                    + ": it holds a value this version cannot read (" + e.getMessage() + ")", e);
        }
    }

    @FunctionalInterface
    private interface Attempt<T, X extends Exception> {
        T run() throws X;
    }

    private String defaultName() {
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
