package com.computefolio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which database file a run works on: an explicit {@code --db FILE} wins, then the
 * {@code COMPUTEFOLIO_DB} environment variable, then the per-user data folder of the operating system.
 * The environment and system properties are given as maps, so tests can describe any machine
 * without touching the real user's files.
 */
public final class AppPaths {

    public static final String DB_ENV = "COMPUTEFOLIO_DB";
    public static final String DB_OPTION = "--db";
    static final String FILE_NAME = "computefolio.db";

    private final Map<String, String> env;
    private final Map<String, String> systemProperties;

    public AppPaths(Map<String, String> env, Map<String, String> systemProperties) {
        this.env = Map.copyOf(env);
        this.systemProperties = Map.copyOf(systemProperties);
    }

    /** The paths of the machine this JVM runs on. */
    public static AppPaths ofThisMachine() {
        Map<String, String> props = new java.util.HashMap<>();
        for (String name : new String[] {"os.name", "user.home"}) {
            String value = System.getProperty(name);
            if (value != null) {
                props.put(name, value);
            }
        }
        return new AppPaths(System.getenv(), props);
    }

    /**
     * The database file to use given the value of {@code --db} (null when the option was not given).
     *
     * @throws DatabaseAddressException when the choice is a server address: it must never become a file
     *     path (a folder named "postgresql:"); callers that can open a team register ask {@link #location}
     */
    public Path database(String explicit) {
        String chosen = chosen(explicit);
        if (chosen == null) {
            return defaultDatabase();
        }
        if (RegisterLocation.isAddress(chosen)) {
            throw new DatabaseAddressException("The database given is a server address, not a file; this part of"
                    + " Computefolio opens files only (team registers: docs/team.md).", null);
        }
        return Path.of(chosen);
    }

    /**
     * Where the register of this run lives given the value of {@code --db}: a file (as {@link #database})
     * or a team database on a server ({@code postgresql://...}).
     *
     * @throws DatabaseAddressException for an address of an unsupported kind, or a malformed one
     */
    public RegisterLocation location(String explicit) {
        String chosen = chosen(explicit);
        return chosen == null ? RegisterLocation.file(defaultDatabase()) : RegisterLocation.parse(chosen, env);
    }

    /** A file path or address given on its own (copy --from/--to), read as {@code --db} would be. */
    public RegisterLocation locate(String text) {
        return RegisterLocation.parse(text, env);
    }

    private String chosen(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String fromEnv = env.get(DB_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : null;
    }

    /** The database named by {@code --db FILE} or {@code --db=FILE} in raw program arguments, else as {@link #database(String)}. */
    public Path databaseFor(String[] args) {
        return database(dbArgument(args).orElse(null));
    }

    /** The value of {@code --db} among raw program arguments, if present. */
    public static Optional<String> dbArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(DB_OPTION) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(DB_OPTION + "=")) {
                return Optional.of(args[i].substring(DB_OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The per-user default: the XDG data folder on Linux, Application Support on macOS, %APPDATA% on Windows. */
    public Path defaultDatabase() {
        String os = systemProperties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(systemProperties.getOrDefault("user.home", "."));
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Computefolio").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Computefolio").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("computefolio").resolve(FILE_NAME);
    }
}
