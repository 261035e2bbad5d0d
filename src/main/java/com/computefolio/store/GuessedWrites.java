package com.computefolio.store;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An import's rows written from its guess (see {@link CheckedImport#guess}) inside a savepoint of
 * the import's transaction, while the checks run beside it. The rows are kept only when the checks
 * planned the very same values (the same objects, in the same order); otherwise the savepoint is
 * rolled back and the caller writes what the checks decided, so what is committed is always what
 * the checks decided. A refusal by the checks rolls the whole transaction back, guessed rows included.
 */
final class GuessedWrites {

    private static final String SAVEPOINT = "SAVEPOINT import_guess";
    private static final String ROLLBACK = "ROLLBACK TO SAVEPOINT import_guess";
    private static final String RELEASE = "RELEASE SAVEPOINT import_guess";
    private static final GuessedWrites NONE = new GuessedWrites(null, null, null);

    /** The store's writer of parties, sources, deals and series; returns the deals with their versions. */
    @FunctionalInterface
    interface Writer {
        List<Deal> write(Connection c, List<Party> parties, List<Deal> deals, List<ContextSeries> series) throws SQLException;
    }

    private final Connection connection;
    private final CheckedImport.Planned<?> guess;
    private final List<Deal> written;

    private GuessedWrites(Connection connection, CheckedImport.Planned<?> guess, List<Deal> written) {
        this.connection = connection;
        this.guess = guess;
        this.written = written;
    }

    /**
     * Writes the guess, if the import makes one; a guess that cannot be written (a row the checks
     * will refuse, say a deal naming an unknown party) is taken back at once and leaves nothing.
     */
    static GuessedWrites write(Connection c, CheckedImport<?, ?> checkedImport, Portfolio register, Writer writer)
            throws SQLException {
        CheckedImport.Planned<?> guess = checkedImport.guess(register);
        if (guess == null || !guess.replacedParties().isEmpty() || !distinctIds(guess.deals())) {
            return NONE;
        }
        execute(c, SAVEPOINT);
        try {
            List<Deal> written = writer.write(c, guess.parties(), guess.deals(), guess.series());
            return new GuessedWrites(c, guess, written);
        } catch (SQLException | RuntimeException e) {
            // The checks will say what is wrong with the files; the rows written so far go now.
            try {
                execute(c, ROLLBACK);
                execute(c, RELEASE);
            } catch (SQLException lost) {
                // The transaction itself is gone (SQLite ends it on a full disk): the caller's
                // rollback ends the import, with this failure to report unless the checks refuse first.
                lost.addSuppressed(e);
                throw lost;
            }
            return NONE;
        }
    }

    /**
     * The deals written, with their versions, when the guess is exactly what the checks planned;
     * otherwise null, with the guessed rows taken back so that the caller can write the plan.
     */
    List<Deal> keptFor(CheckedImport.Planned<?> planned) throws SQLException {
        if (guess == null) {
            return null;
        }
        if (same(guess.parties(), planned.parties()) && same(guess.deals(), planned.deals())
                && same(guess.series(), planned.series()) && planned.replacedParties().isEmpty()) {
            execute(connection, RELEASE);
            return written;
        }
        execute(connection, ROLLBACK);
        execute(connection, RELEASE);
        return null;
    }

    /** The same objects in the same order: cheap for 100,000 deals, and never true by accident. */
    private static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean distinctIds(List<Deal> deals) {
        Set<String> seen = new HashSet<>();
        for (Deal deal : deals) {
            if (!seen.add(deal.id())) {
                return false;
            }
        }
        return true;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
