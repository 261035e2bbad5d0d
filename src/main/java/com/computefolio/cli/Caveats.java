package com.computefolio.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Caveat counts ("UPPER_BOUND" -> 2) as a short phrase for tables: "2 upper bound, 1 estimate". */
final class Caveats {

    private Caveats() {
    }

    static String describe(Map<String, Integer> caveats, CliMessages messages) {
        java.util.List<String> phrases = new TreeMap<>(caveats).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> messages.texts().number(e.getValue()) + " " + label(e.getKey(), messages))
                .toList();
        return messages.list(phrases);
    }

    private static String label(String caveat, CliMessages messages) {
        String key = "caveat." + caveat;
        // Caveats are an open set computed by the service; an unknown one still reads sensibly.
        return messages.bundle().containsKey(key) ? messages.get(key) : caveat.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
