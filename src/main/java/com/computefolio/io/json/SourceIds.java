package com.computefolio.io.json;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.CitedSources;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources a portfolio cites, each with the id it gets in the written file. Only cited sources
 * are written. Two different sources that share an id (possible in a register fed from files that
 * chose their ids independently) must stay apart, so every source after the first with that id gets
 * the id with a suffix ("S4~2"), in order of first citation; the result is the same on every write.
 */
final class SourceIds {

    /** Orders "S2" before "S10": digit runs compare as numbers, the rest as text. */
    static final Comparator<String> NATURAL_ORDER = SourceIds::compareNaturally;

    private final Map<Source, String> idOf = new HashMap<>();

    SourceIds(Portfolio portfolio) {
        Map<String, List<Source>> byId = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Source source : cited(portfolio)) {
            List<Source> sameId = byId.computeIfAbsent(source.id(), id -> new ArrayList<>());
            if (!sameId.contains(source)) {
                sameId.add(source);
                taken.add(source.id());
            }
        }
        for (List<Source> sameId : byId.values()) {
            idOf.put(sameId.get(0), sameId.get(0).id());
            int suffix = 2;
            for (Source other : sameId.subList(1, sameId.size())) {
                String id;
                do {
                    id = other.id() + "~" + suffix++;
                } while (!taken.add(id));
                idOf.put(other, id);
            }
        }
    }

    String idOf(Source source) {
        return idOf.get(source);
    }

    List<String> idsOf(Collection<Source> sources) {
        return sources.stream().map(this::idOf).toList();
    }

    /** Every cited source once, sorted by its written id. */
    List<Map.Entry<String, Source>> sortedById() {
        List<Map.Entry<String, Source>> entries = new ArrayList<>();
        idOf.forEach((source, id) -> entries.add(Map.entry(id, source)));
        entries.sort(Map.Entry.comparingByKey(NATURAL_ORDER));
        return entries;
    }

    private static List<Source> cited(Portfolio portfolio) {
        List<Source> all = new ArrayList<>();
        for (Deal deal : portfolio.deals()) {
            CitedSources.forEachList(deal, all::addAll);
        }
        for (ContextSeries series : portfolio.contextSeries()) {
            for (ContextPoint point : series.points()) {
                all.addAll(point.sources());
            }
        }
        return all;
    }

    private static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareDigits(String a, String b) {
        // Leading zeros stripped by hand: a regex here compiled a pattern per comparison, and sorting
        // the 130,000 sources of a 100,000-deal portfolio made millions of comparisons.
        String x = a.substring(Math.min(leadingZeros(a), a.length() - 1));
        String y = b.substring(Math.min(leadingZeros(b), b.length() - 1));
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static int leadingZeros(String digits) {
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros;
    }
}
