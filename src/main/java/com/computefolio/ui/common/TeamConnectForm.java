package com.computefolio.ui.common;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of File > Connect to Team Database: host, port (5432 unless typed), database, user and
 * password, and whether to remember the connection. It builds the address from the fields; the
 * address never carries the password, which goes to the connection only (never to preferences).
 */
public final class TeamConnectForm {
    public static final int DEFAULT_PORT = 5432;

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(true);

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /**
     * What keeps the form from connecting, as a bundle key of the message (with the field's text as
     * its argument where it has one); empty when the fields make an address.
     */
    public Optional<String> problem() {
        if (host.get().isBlank()) {
            return Optional.of("team.connect.problem.host");
        }
        if (host.get().strip().matches(".*[\\s/@?#].*")) {
            return Optional.of("team.connect.problem.hostChars");
        }
        if (port().isEmpty()) {
            return Optional.of("team.connect.problem.port");
        }
        if (database.get().isBlank()) {
            return Optional.of("team.connect.problem.database");
        }
        if (database.get().strip().matches(".*[\\s/@?#].*") || user.get().strip().matches(".*[\\s/@:?#].*")) {
            return Optional.of("team.connect.problem.chars");
        }
        return Optional.empty();
    }

    /** The port typed, when it is a whole number from 1 to 65535 (blank means the default). */
    public Optional<Integer> port() {
        String text = port.get().strip();
        if (text.isEmpty()) {
            return Optional.of(DEFAULT_PORT);
        }
        if (!text.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= 65535 ? Optional.of(value) : Optional.empty();
    }

    /**
     * postgresql://[USER@]HOST:PORT/DB, without a password (an empty user leaves it to PGUSER or the
     * OS user, as the command line does).
     *
     * @throws IllegalStateException while {@link #problem()} has one
     */
    public String address() {
        problem().ifPresent(key -> {
            throw new IllegalStateException("the form is not complete: " + key);
        });
        String who = user.get().strip();
        String hostText = host.get().strip();
        // An IPv6 literal needs brackets in an address.
        String hostPart = hostText.contains(":") && !hostText.startsWith("[") ? "[" + hostText + "]" : hostText;
        return "postgresql://" + (who.isEmpty() ? "" : who + "@") + hostPart + ":" + port().orElseThrow() + "/"
                + database.get().strip();
    }

    /** The password typed, if any. */
    public Optional<String> typedPassword() {
        return password.get().isEmpty() ? Optional.empty() : Optional.of(password.get());
    }
}
