package com.computefolio.ui.common;

import com.computefolio.service.DealFilter;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.ui.common.DialogService.FileType;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an export's file is named: a default that says what, under which filter and on which day
 * ("computefolio-deals-2026-12-07.csv"), and the rule that makes the name and the format agree.
 * Pure: no dialogs, no files.
 */
public final class ExportNames {
    /** Every extension some export of the window writes: a name ending so names a format. */
    public static final Set<String> KNOWN_EXTENSIONS = Set.of("csv", "json", "xlsx", "pdf", "svg", "png");
    private static final int MAX_TEXT_PART = 24;

    private ExportNames() {
    }

    /**
     * What is exported, then what narrows it (scenario, as-of date, search text), then today:
     * {@code computefolio-deals-as-of-2025-06-30-2026-12-07.csv}.
     */
    public static String defaultName(String what, DealFilter filter, LocalDate today, String extension) {
        StringBuilder name = new StringBuilder(slug(what));
        if (filter != null) {
            if (!Scenario.AS_REGISTERED.name().equals(filter.scenario().name())) {
                append(name, slug(filter.scenario().name()));
            }
            if (filter.asOf() != null) {
                append(name, "as-of-" + filter.asOf());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String text = slug(filter.text());
                append(name, text.length() > MAX_TEXT_PART ? text.substring(0, MAX_TEXT_PART).replaceAll("-+$", "") : text);
            }
        }
        append(name, today.toString());
        return name + "." + extension;
    }

    private static void append(StringBuilder name, String part) {
        if (!part.isEmpty()) {
            name.append(name.length() == 0 ? "" : "-").append(part);
        }
    }

    /** Lower case letters, digits and single dashes: safe in a file name on every system. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The extension a file type offers, from its first pattern ("*.csv" gives "csv"). */
    public static String extension(FileType type) {
        String pattern = type.patterns().get(0);
        return pattern.substring(pattern.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The extension of a file name, lower case, or "" when it has none. */
    static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Makes the typed name and the chosen type agree. A name whose extension is one of the types
     * offered picks that type (the name is what the user typed last, and what the file will be
     * called); a name without a known extension gets the chosen type's; a name with the extension of
     * a format this export cannot write is a conflict to ask about.
     *
     * @param chosen   the file the user typed or picked
     * @param offered  the types the chooser offered, in order
     * @param selected the index of the type selected in the chooser
     */
    public static Resolution resolve(Path chosen, List<FileType> offered, int selected) {
        String typed = extensionOf(chosen);
        for (int i = 0; i < offered.size(); i++) {
            if (extension(offered.get(i)).equals(typed)) {
                return new Resolution(chosen, i, false);
            }
        }
        String wanted = extension(offered.get(selected));
        String name = chosen.getFileName().toString();
        if (KNOWN_EXTENSIONS.contains(typed)) {
            String base = name.substring(0, name.length() - typed.length() - 1);
            return new Resolution(chosen.resolveSibling(base + "." + wanted), selected, true);
        }
        String trimmed = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return new Resolution(chosen.resolveSibling(trimmed + "." + wanted), selected, false);
    }

    /**
     * The file to write and the index of its type.
     *
     * @param conflict true when the typed extension named a format this export does not write;
     *                 {@code file} is then the typed name with the chosen type's extension instead
     */
    public record Resolution(Path file, int type, boolean conflict) {
    }
}
