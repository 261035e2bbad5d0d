package com.computefolio.service.chart;

import com.computefolio.domain.ContextSeries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the names a user gives for overlays (a context series' id, or a kind such as "revenue",
 * which takes every series of that kind) into the register's series that a commitments chart can
 * draw: those in money, since the chart's axis is money.
 */
public final class OverlayNames {

    /** The unit of the context series a money chart can draw. */
    static final String MONEY_UNIT = "USD_BILLIONS";

    private OverlayNames() {
    }

    /** Whether a chart type draws overlays: the commitments charts, per period and cumulative. */
    public static boolean drawsOverlays(ChartType type) {
        return type == ChartType.COMMITMENTS || type == ChartType.CUMULATIVE;
    }

    /** The series a money chart can draw, in register order. */
    public static List<ContextSeries> drawable(List<ContextSeries> register) {
        return register.stream().filter(s -> MONEY_UNIT.equals(s.unit())).toList();
    }

    /** The window's toggles: one per drawable series, its id (the series' name is its label). */
    public static List<String> toggles(List<ContextSeries> register) {
        return drawable(register).stream().map(ContextSeries::id).distinct().toList();
    }

    /** Every name accepted: the kinds present (in the kinds' order), then the series' ids. */
    public static List<String> known(List<ContextSeries> register) {
        Set<String> names = new LinkedHashSet<>();
        List<ContextSeries> drawable = drawable(register);
        for (ContextKind kind : ContextKind.values()) {
            if (drawable.stream().anyMatch(s -> ContextKind.of(s).orElse(null) == kind)) {
                names.add(kind.word());
            }
        }
        drawable.forEach(s -> names.add(s.id()));
        return List.copyOf(names);
    }

    /** The first name that matches nothing drawable, if any (case is ignored). */
    public static Optional<String> firstUnknown(List<ContextSeries> register, List<String> names) {
        List<String> known = known(register);
        return names.stream().filter(n -> !known.contains(n.strip().toLowerCase(Locale.ROOT))
                && !known.contains(n.strip())).findFirst();
    }

    /** The drawable series the names choose, each once, in register order; unknown names choose nothing. */
    public static List<ContextSeries> resolve(List<ContextSeries> register, List<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        names.forEach(n -> {
            wanted.add(n.strip());
            wanted.add(n.strip().toLowerCase(Locale.ROOT));
        });
        List<ContextSeries> chosen = new ArrayList<>();
        for (ContextSeries s : drawable(register)) {
            Optional<ContextKind> kind = ContextKind.of(s);
            if (wanted.contains(s.id()) || kind.isPresent() && wanted.contains(kind.get().word())) {
                chosen.add(s);
            }
        }
        return chosen;
    }
}
