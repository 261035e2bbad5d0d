package com.computefolio.store;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team register lives on a PostgreSQL server: {@code postgresql://[USER@]HOST[:PORT]/DB} or the
 * driver's own {@code jdbc:postgresql://...} form. Holds no password: that travels apart (an explicit
 * one from a prompt, else {@code PGPASSWORD}, else the driver's pgpass file), so that printing an
 * address, as every message does, can never show one.
 */
public record PostgresAddress(String host, int port, String database, String user) {

    public static final int DEFAULT_PORT = 5432;

    /** "scheme://" at the start: what a file path never is (Windows' "C:\" has no double slash). */
    private static final Pattern SCHEME = Pattern.compile("^(jdbc:)?([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", Pattern.DOTALL);
    /** [user[:password]@]host[:port]/database[?query]; an IPv6 host is written in brackets. */
    private static final Pattern REST = Pattern.compile(
            "^(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[0-9A-Fa-f:.]+\\]|[^:/?\\[\\]]+)(?::(\\d{1,5}))?/([^/?]+)(?:\\?(.*))?$",
            Pattern.DOTALL);

    public PostgresAddress {
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null || user.isBlank()) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_NEEDS_PARTS));
        }
        if (port < 1 || port > 65535) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_BAD_PORT, port));
        }
    }

    /** Whether the text names a database by address ("scheme://...") rather than by file path. */
    public static boolean isAddress(String text) {
        return text != null && SCHEME.matcher(text.strip()).matches();
    }

    /**
     * Reads an address; the user comes from the address, else {@code PGUSER}, else the OS user. A
     * password written into the address (postgresql://bob:secret@host/db) is returned apart.
     *
     * @throws IllegalArgumentException naming what is wrong (never repeating a password): a scheme
     *     other than postgresql, no database, a bad port, a query parameter this program does not use
     */
    public static Parsed parse(String text, Map<String, String> env) {
        Matcher scheme = SCHEME.matcher(text.strip());
        if (!scheme.matches()) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_NOT_AN_ADDRESS));
        }
        String name = scheme.group(2).toLowerCase(Locale.ROOT);
        if (!name.equals("postgresql") && !name.equals("postgres")) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_KIND_UNSUPPORTED, scheme.group(2)));
        }
        Matcher rest = REST.matcher(scheme.group(3));
        if (!rest.matches()) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_NO_HOST_OR_DATABASE));
        }
        String user = decode(rest.group(1));
        String password = decode(rest.group(2));
        String host = rest.group(3);
        int port = rest.group(4) == null ? DEFAULT_PORT : Integer.parseInt(rest.group(4));
        String database = decode(rest.group(5));
        if (rest.group(6) != null && !rest.group(6).isEmpty()) {
            for (String pair : rest.group(6).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (key) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_PARAMETER_UNSUPPORTED, key));
                }
            }
        }
        if (user == null || user.isEmpty()) {
            user = firstNonBlank(env.get("PGUSER"), System.getProperty("user.name"));
        }
        return new Parsed(new PostgresAddress(host, port, database, user),
                Optional.ofNullable(password).filter(p -> !p.isEmpty()));
    }

    /** The address with another user (the window's dialog: the same server and database, another login). */
    public PostgresAddress as(String otherUser) {
        return new PostgresAddress(host, port, database, otherUser);
    }

    /** The driver's URL: no user and no password in it; those go in the connection's properties. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** postgresql://user@host:port/db: what messages show. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** An address read from text, with the password that was written in it, if any. */
    public record Parsed(PostgresAddress address, Optional<String> password) {
    }

    /** Percent-decoding of a URL part ("%40" is "@"); a "+" stays a plus, as in a URL's path. */
    private static String decode(String part) {
        if (part == null || part.indexOf('%') < 0) {
            return part;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' && i + 2 < part.length() && isHex(part.charAt(i + 1)) && isHex(part.charAt(i + 2))) {
                bytes.write(Integer.parseInt(part.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
