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
    /** A host name or an IPv4 address: letters, digits, dots, dashes and underscores. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+");
    /** An IPv6 address, written in brackets in an address. */
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+\\]");
    private static final int MAX_PORT = 65535;

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
        // [user[:password]@]host[:port]/database[?query], read part by part so a refusal names the part that is wrong
        String rest = scheme.group(3);
        int queryAt = rest.indexOf('?');
        String query = queryAt < 0 ? null : rest.substring(queryAt + 1);
        String beforeQuery = queryAt < 0 ? rest : rest.substring(0, queryAt);
        int slash = beforeQuery.indexOf('/');
        String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        String path = slash < 0 ? "" : beforeQuery.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        String user = null;
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        HostAndPort hostAndPort = hostAndPort(authority.substring(at + 1));
        if (path.isEmpty()) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_NO_DATABASE));
        }
        if (path.contains("/")) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_DATABASE_WITH_SLASH, path));
        }
        String database = decode(path);
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
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
        return new Parsed(new PostgresAddress(hostAndPort.host(), hostAndPort.port(), database, user),
                Optional.ofNullable(password).filter(p -> !p.isEmpty()));
    }

    /** HOST[:PORT] or [IPV6][:PORT]; each refusal names the host or port as written. */
    private static HostAndPort hostAndPort(String text) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            host = close < 0 ? text : text.substring(0, close + 1);
            port = close < 0 || close + 1 >= text.length() ? null : text.substring(close + 1);
            if (!IPV6.matcher(host).matches()) {
                throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_BAD_HOST, host));
            }
            if (port != null && !port.startsWith(":")) {
                throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_BAD_HOST, text));
            }
            port = port == null ? null : port.substring(1);
        } else {
            int colon = text.indexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
            if (host.isEmpty()) {
                throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_NO_HOST));
            }
            if (!HOST.matcher(host).matches()) {
                throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_BAD_HOST, host));
            }
        }
        if (port == null) {
            return new HostAndPort(host, DEFAULT_PORT);
        }
        if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_PORT_NOT_A_NUMBER, port));
        }
        // more digits than any port has is refused as out of range without overflowing an int
        int number = port.length() > 5 ? MAX_PORT + 1 : Integer.parseInt(port);
        if (number < 1 || number > MAX_PORT) {
            throw new AddressException(ProblemText.say(ProblemKey.ADDRESS_BAD_PORT, port));
        }
        return new HostAndPort(host, number);
    }

    private record HostAndPort(String host, int port) {
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
