package com.computefolio.app;

import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ProblemKey;
import com.computefolio.service.StorageException;
import com.computefolio.store.JdbcPortfolioStore;
import com.computefolio.store.Migrations;
import com.computefolio.store.PostgresAddress;
import com.computefolio.store.PostgresDialect;
import com.computefolio.store.StoreException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a register lives: a SQLite file, or a team database on a PostgreSQL server
 * ({@code postgresql://[USER@]HOST[:PORT]/DB} or {@code jdbc:postgresql://...}). The password of a
 * team database comes from (in this order) the caller (the window's prompt), the address itself,
 * {@code PGPASSWORD}, else the driver's pgpass file ({@code PGPASSFILE} or {@code ~/.pgpass});
 * {@link #toString()} never shows it.
 */
public final class RegisterLocation {

    private final Path file;
    private final PostgresAddress address;
    private final Optional<String> password;

    private RegisterLocation(Path file, PostgresAddress address, Optional<String> password) {
        this.file = file;
        this.address = address;
        this.password = password;
    }

    public static RegisterLocation file(Path file) {
        return new RegisterLocation(file.toAbsolutePath(), null, Optional.empty());
    }

    /**
     * A file path or a server address, as typed after {@code --db}.
     *
     * @throws DatabaseAddressException for an address of an unsupported kind or a malformed one
     */
    public static RegisterLocation parse(String text, Map<String, String> env) {
        Objects.requireNonNull(text, "text");
        if (!PostgresAddress.isAddress(text)) {
            return file(Path.of(text));
        }
        try {
            PostgresAddress.Parsed parsed = PostgresAddress.parse(text, env);
            Optional<String> password = parsed.password().or(() -> Optional.ofNullable(env.get("PGPASSWORD"))
                    .filter(p -> !p.isEmpty()));
            return new RegisterLocation(null, parsed.address(), password);
        } catch (IllegalArgumentException e) {
            throw new DatabaseAddressException("cannot use the database address: " + e.getMessage(), e);
        }
    }

    /** Whether the text names a database by address ("scheme://...") rather than by file path. */
    public static boolean isAddress(String text) {
        return PostgresAddress.isAddress(text);
    }

    /** The same team database with the password the user typed into the window's prompt. */
    public RegisterLocation withPassword(String typed) {
        if (!isTeam()) {
            throw new IllegalStateException("a file has no password");
        }
        return new RegisterLocation(null, address, Optional.of(typed));
    }

    public boolean isTeam() {
        return address != null;
    }

    /** The file of a SQLite register. */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException(address + " is a team database, not a file");
        }
        return file;
    }

    /** Opens the register, creating or upgrading its schema; failures name it (never with a password). */
    JdbcPortfolioStore open() {
        try {
            return isTeam() ? JdbcPortfolioStore.open(new PostgresDialect(address, password), new Migrations())
                    : JdbcPortfolioStore.open(file);
        } catch (StoreException e) {
            throw new StorageException("cannot open database " + this + ": " + e.getMessage(),
                    ProblemText.say(ProblemKey.CANNOT_OPEN_DATABASE, toString()), e);
        }
    }

    /** The file's path, or postgresql://user@host:port/db. */
    @Override
    public String toString() {
        return isTeam() ? address.toString() : file.toString();
    }
}
