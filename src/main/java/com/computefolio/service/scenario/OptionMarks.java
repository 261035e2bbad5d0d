package com.computefolio.service.scenario;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Figure;

import java.util.Locale;

/**
 * How the register marks options and extensions today, since it has no field for them: a deal
 * tagged {@code option} or {@code extension}, and a figure whose label names an option or an
 * extension ("option on a further 750 MW"). Only the options scenario and wider count them.
 */
final class OptionMarks {

    private OptionMarks() {
    }

    static boolean isOption(Deal deal) {
        return deal.tags().stream().anyMatch(tag -> {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            return t.equals("option") || t.equals("extension");
        });
    }

    static boolean isOption(Figure figure) {
        if (figure.label() == null) {
            return false;
        }
        String label = figure.label().toLowerCase(Locale.ROOT);
        return label.contains("option") || label.contains("extension");
    }
}
