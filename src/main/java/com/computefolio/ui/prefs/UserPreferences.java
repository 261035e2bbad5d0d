package com.computefolio.ui.prefs;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.service.DealFilter;
import com.computefolio.service.PartyRoles;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import com.computefolio.service.scenario.Stress;
import com.computefolio.service.text.Digits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/**
 * What the window remembers between runs: theme, language and digits, window bounds, the last file, recent files, the
 * last filters, the deals table's columns and sort, and the inspector's width. Backed by an injected {@link Preferences} node, so tests use a throwaway node and
 * never touch the user's own settings. Values that cannot be read fall back to defaults.
 */
public final class UserPreferences {
    static final int MAX_RECENT = 8;
    private static final String SEPARATOR = "\u001f";

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /** The node of this application for the current user. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("com/computefolio/desktop");
    }

    public Theme theme() {
        return parse(Theme.class, node.get("theme", Theme.LIGHT.name()), Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.name());
    }

    /** The language chosen in View > Language; empty until one is chosen, so the system's is used. */
    public Optional<Locale> language() {
        String tag = node.get("language", "");
        return tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale language) {
        node.put("language", language.toLanguageTag());
    }

    /** The digits chosen in View > Digits; empty until chosen, so the language's default is used. */
    public Optional<Digits> digits() {
        return Optional.ofNullable(parse(Digits.class, node.get("digits", ""), null));
    }

    public void setDigits(Digits digits) {
        node.put("digits", digits.name());
    }

    public WindowBounds windowBounds() {
        double width = node.getDouble("bounds.width", WindowBounds.DEFAULT.width());
        double height = node.getDouble("bounds.height", WindowBounds.DEFAULT.height());
        if (width < 400 || height < 300) {
            return WindowBounds.DEFAULT;
        }
        return new WindowBounds(node.getDouble("bounds.x", Double.NaN), node.getDouble("bounds.y", Double.NaN),
                width, height, node.getBoolean("bounds.maximized", false));
    }

    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("bounds.x", bounds.x());
        node.putDouble("bounds.y", bounds.y());
        node.putDouble("bounds.width", bounds.width());
        node.putDouble("bounds.height", bounds.height());
        node.putBoolean("bounds.maximized", bounds.maximized());
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts a file at the top of the recent files (and makes it the last file). */
    public void addRecentFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        node.put("lastFile", absolute.toString());
    }

    public void removeRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(file);
        for (int i = 0; i < MAX_RECENT; i++) {
            node.remove("recent." + i);
        }
        for (int i = 0; i < files.size(); i++) {
            node.put("recent." + i, files.get(i).toString());
        }
    }

    /**
     * Team databases the user chose to remember, most recent first, as postgresql://user@host:port/db.
     * A password is never stored: it comes from pgpass, PGPASSWORD or the window's prompt.
     */
    public List<String> recentTeamDatabases() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recentTeam." + i, null);
            if (value != null && !value.isBlank()) {
                addresses.add(value);
            }
        }
        return addresses;
    }

    /** Puts a team database's address (one without a password) at the top of the recent ones. */
    public void addRecentTeamDatabase(String address) {
        String rest = address.substring(address.indexOf("//") + 2);
        String authority = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (authority.contains("@") && authority.substring(0, authority.lastIndexOf('@')).contains(":")) {
            throw new IllegalArgumentException("a remembered address never carries a password");
        }
        List<String> addresses = new ArrayList<>(recentTeamDatabases());
        addresses.remove(address);
        addresses.add(0, address);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < addresses.size()) {
                node.put("recentTeam." + i, addresses.get(i));
            } else {
                node.remove("recentTeam." + i);
            }
        }
    }

    /** The file open when the window last closed, if any. */
    public Path lastFile() {
        String value = node.get("lastFile", null);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** The folder of the last export, where the next one's chooser opens; null before the first. */
    public Path lastExportFolder() {
        String value = node.get("lastExportFolder", "");
        return value.isBlank() ? null : Path.of(value);
    }

    public void setLastExportFolder(Path folder) {
        node.put("lastExportFolder", folder.toAbsolutePath().toString());
    }

    public DealFilter lastFilter() {
        String text = node.get("filter.text", "");
        return new DealFilter(text.isBlank() ? null : text,
                split(node.get("filter.parties", ""), Function.identity()),
                enums(DealKind.class, node.get("filter.kinds", "")),
                enums(DealStatus.class, node.get("filter.statuses", "")),
                enums(Confidence.class, node.get("filter.confidences", "")),
                date(node.get("filter.from", "")), date(node.get("filter.to", "")), date(node.get("filter.asOf", "")), Set.of(),
                scenario(node.get("filter.scenario", ""), node.getInt("filter.scenario.delayMonths", 0),
                        node.get("filter.scenario.haircut", "0")),
                node.getBoolean("filter.gross", false),
                new PartyRoles(split(node.get("filter.buyers", ""), Function.identity()),
                        split(node.get("filter.counterparties", ""), Function.identity()),
                        split(node.get("filter.excluded", ""), Function.identity())));
    }

    public void setLastFilter(DealFilter filter) {
        node.put("filter.text", filter.text() == null ? "" : filter.text());
        node.put("filter.parties", join(filter.parties()));
        node.put("filter.buyers", join(filter.roles().buyers()));
        node.put("filter.counterparties", join(filter.roles().counterparties()));
        node.put("filter.excluded", join(filter.roles().excluded()));
        node.put("filter.kinds", join(filter.kinds()));
        node.put("filter.statuses", join(filter.statuses()));
        node.put("filter.confidences", join(filter.confidences()));
        node.put("filter.from", filter.from() == null ? "" : filter.from().toString());
        node.put("filter.to", filter.to() == null ? "" : filter.to().toString());
        node.put("filter.asOf", filter.asOf() == null ? "" : filter.asOf().toString());
        node.put("filter.scenario", filter.scenario().name());
        node.putInt("filter.scenario.delayMonths", filter.scenario().stress().delayMonths());
        node.put("filter.scenario.haircut", filter.scenario().stress().haircutPercent().toPlainString());
        node.putBoolean("filter.gross", filter.gross());
    }

    /** The deals table as the user left it; {@link TableLayout#NONE} the first time. */
    public TableLayout tableLayout(String table) {
        String prefix = "table." + table + ".";
        List<String> order = List.copyOf(splitOrdered(node.get(prefix + "order", "")));
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        for (String entry : splitOrdered(node.get(prefix + "widths", ""))) {
            int eq = entry.lastIndexOf('=');
            try {
                double width = eq > 0 ? Double.parseDouble(entry.substring(eq + 1)) : Double.NaN;
                if (width >= 8 && width <= 4000) {
                    widths.put(entry.substring(0, eq), width);
                }
            } catch (NumberFormatException e) {
                // An unreadable width is left to the table's default.
            }
        }
        List<TableLayout.SortKey> sort = new ArrayList<>();
        for (String entry : splitOrdered(node.get(prefix + "sort", ""))) {
            if (entry.length() > 1 && (entry.charAt(0) == '+' || entry.charAt(0) == '-')) {
                sort.add(new TableLayout.SortKey(entry.substring(1), entry.charAt(0) == '+'));
            }
        }
        return new TableLayout(order, widths, Set.copyOf(splitOrdered(node.get(prefix + "hidden", ""))), sort);
    }

    public void setTableLayout(String table, TableLayout layout) {
        String prefix = "table." + table + ".";
        node.put(prefix + "order", String.join(SEPARATOR, layout.order()));
        node.put(prefix + "widths", layout.widths().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(SEPARATOR)));
        node.put(prefix + "hidden", join(layout.hidden()));
        node.put(prefix + "sort", layout.sort().stream().map(k -> (k.ascending() ? "+" : "-") + k.column())
                .collect(Collectors.joining(SEPARATOR)));
    }

    /**
     * The buyer of the deal last saved in this register, if it was this register: a new deal's default
     * buyer carries over to the next session, and is forgotten when another register is opened.
     */
    public Optional<String> lastBuyer(Path register) {
        String of = node.get("newDeal.register", "");
        String buyer = node.get("newDeal.buyer", "");
        return register != null && !buyer.isBlank() && of.equals(register.toAbsolutePath().normalize().toString())
                ? Optional.of(buyer) : Optional.empty();
    }

    public void setLastBuyer(Path register, String buyerId) {
        node.put("newDeal.register", register.toAbsolutePath().normalize().toString());
        node.put("newDeal.buyer", buyerId);
    }

    /** The width of the inspector beside the deals table, in pixels; NaN until the user has set one. */
    public double inspectorWidth() {
        double width = node.getDouble("inspector.width", Double.NaN);
        return width >= 120 && width <= 4000 ? width : Double.NaN;
    }

    public void setInspectorWidth(double width) {
        node.putDouble("inspector.width", width);
    }

    /** False when the user folded the inspector away. */
    public boolean inspectorShown() {
        return node.getBoolean("inspector.shown", true);
    }

    public void setInspectorShown(boolean shown) {
        node.putBoolean("inspector.shown", shown);
    }

    /** Writes everything to the backing store now (on exit); failure is not worth stopping for. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: the user's data is in the database, not here.
        }
    }

    private static String join(Collection<?> values) {
        return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).sorted()
                .collect(Collectors.joining(SEPARATOR));
    }

    private static <T> Set<T> split(String joined, Function<String, T> parse) {
        if (joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).map(parse)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private static List<String> splitOrdered(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(SEPARATOR)).filter(s -> !s.isBlank()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String joined) {
        return split(joined, name -> parse(type, name, null));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The scenario remembered by name and stress. A built-in one comes back as it was; one of the
     * user's own (whose rules live in the scenarios file, not here) or an unreadable entry falls back
     * to the default scenario rather than guess.
     */
    private static Scenario scenario(String name, int delayMonths, String haircut) {
        Optional<Scenario> known = Scenarios.builtIn().find(name);
        if (known.isEmpty()) {
            return Scenario.AS_REGISTERED;
        }
        try {
            return known.get().withStress(new Stress(delayMonths, new java.math.BigDecimal(haircut)));
        } catch (IllegalArgumentException e) {
            return known.get();
        }
    }
}
