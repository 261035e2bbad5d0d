package com.computefolio.store;

import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the database refused, as a {@link ProblemText} every language words itself (issue 16): SQLite's result codes
 * ("[SQLITE_BUSY] The database file is locked") and PostgreSQL's SQL states (connection refused, login refused, no
 * such database, timeouts). A code nobody here knows is kept as the driver's details, never as the sentence.
 */
public final class SqlFailures {
    private static final int PRIMARY_CODE_MASK = 0xFF;
    private static final Pattern DATABASE_NAME = Pattern.compile("database \"(.*?)\" does not exist");

    private SqlFailures() {
    }

    /** The reason of this one failure (not its causes), or null when it is not the database's. */
    public static ProblemText reason(Throwable failure) {
        if (!(failure instanceof SQLException sql)) {
            return null;
        }
        String message = String.valueOf(sql.getMessage());
        if (message.startsWith("[SQLITE_")) {
            ProblemText known = sqlite(sql.getErrorCode() & PRIMARY_CODE_MASK);
            if (known != null) {
                return known;
            }
        }
        ProblemText known = sql.getSQLState() == null ? null : byState(sql);
        if (known != null) {
            return known;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("connection closed") || lower.contains("connection is closed") || lower.contains("has been closed")) {
            return say(ProblemKey.REASON_DATABASE_CLOSED);
        }
        return null;
    }

    private static ProblemText sqlite(int code) {
        return switch (code) {
            case 5, 6 -> say(ProblemKey.REASON_DATABASE_BUSY); // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> say(ProblemKey.REASON_DATABASE_READ_ONLY); // SQLITE_READONLY
            case 11 -> say(ProblemKey.REASON_DATABASE_DAMAGED); // SQLITE_CORRUPT
            case 13 -> say(ProblemKey.REASON_DISK_FULL); // SQLITE_FULL
            case 14 -> say(ProblemKey.REASON_DATABASE_CANNOT_OPEN); // SQLITE_CANTOPEN
            case 3, 23 -> say(ProblemKey.REASON_DATABASE_PERMISSION); // SQLITE_PERM, SQLITE_AUTH
            case 26 -> say(ProblemKey.REASON_NOT_A_DATABASE); // SQLITE_NOTADB
            default -> null;
        };
    }

    /** PostgreSQL's SQL states (appendix A of its manual) and the driver's connection states. */
    private static ProblemText byState(SQLException sql) {
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage());
        switch (state) {
            case "28P01", "28000":
                return say(ProblemKey.REASON_LOGIN_REFUSED);
            case "3D000": {
                Matcher name = DATABASE_NAME.matcher(message);
                return name.find() ? say(ProblemKey.REASON_NO_SUCH_DATABASE, name.group(1)) : null;
            }
            case "08004":
                return message.contains("password") ? say(ProblemKey.REASON_LOGIN_REFUSED) : say(ProblemKey.REASON_SERVER_REFUSED);
            case "08001":
                return connectionFailure(sql);
            case "08003", "08006", "57P01":
                return say(ProblemKey.REASON_CONNECTION_LOST);
            case "57014":
                return say(ProblemKey.REASON_TIMED_OUT);
            case "55P03", "40001", "40P01":
                return say(ProblemKey.REASON_DATABASE_BUSY);
            case "53100":
                return say(ProblemKey.REASON_DISK_FULL);
            case "42501":
                return say(ProblemKey.REASON_DATABASE_PERMISSION);
            case "25006":
                return say(ProblemKey.REASON_DATABASE_READ_ONLY);
            default:
                return null;
        }
    }

    /**
     * The driver's "could not connect", told apart by its network cause. The store may not use java.net (its
     * allow-list), and only the cause's kind and the host it names matter here, so the class is matched by name.
     */
    private static ProblemText connectionFailure(SQLException sql) {
        if (String.valueOf(sql.getMessage()).contains("refused")) {
            return say(ProblemKey.REASON_SERVER_REFUSED);
        }
        for (Throwable t = sql.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            switch (t.getClass().getSimpleName()) {
                case "UnknownHostException":
                    return say(ProblemKey.REASON_UNKNOWN_HOST, String.valueOf(t.getMessage()));
                case "SocketTimeoutException":
                    return say(ProblemKey.REASON_TIMED_OUT);
                case "ConnectException":
                    return say(ProblemKey.REASON_SERVER_REFUSED);
                default:
                    break;
            }
        }
        return say(ProblemKey.REASON_SERVER_UNREACHABLE);
    }
}
