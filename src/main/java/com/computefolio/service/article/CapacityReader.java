package com.computefolio.service.article;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Electrical capacity in a folded sentence, in gigawatts: "1.5 GW", "10 gigawatts", "1,5 غيغاواط", "500 ميغاواط",
 * "a gigawatt". */
final class CapacityReader {
    private static final String GIGA = Phrases.anyOf("gw", "gigawatts", "gigawatt", "غيغاواط", "جيجاواط", "جيغاواط", "غيغا واط",
            "جيجا واط", "غيغاوات", "جيجاوات");
    private static final String MEGA = Phrases.anyOf("mw", "megawatts", "megawatt", "ميغاواط", "ميجاواط", "ميغا واط", "ميجا واط");
    private static final Pattern CAPACITY = Pattern.compile("(?<![\\p{L}\\p{N}.,])(" + Numbers.NUMBER + ")\\s?(?:(" + GIGA + ")|("
            + MEGA + "))(?![\\p{L}])");

    private CapacityReader() {
    }

    static List<Hit<BigDecimal>> read(String folded) {
        List<Hit<BigDecimal>> hits = new ArrayList<>();
        Matcher m = CAPACITY.matcher(folded);
        while (m.find()) {
            BigDecimal n = Numbers.parse(m.group(1));
            BigDecimal gw = m.group(2) != null ? n : n.movePointLeft(3);
            if (gw.signum() > 0 && gw.stripTrailingZeros().scale() <= 6) {
                hits.add(new Hit<>(m.start(), m.end(), gw.stripTrailingZeros(), m.group()));
            }
        }
        Matcher one = ONE_GIGAWATT.matcher(folded);
        while (one.find()) {
            hits.add(new Hit<>(one.start(), one.end(), BigDecimal.ONE, one.group()));
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** "a gigawatt", "one gigawatt", "غيغاواط واحد": one, written without a figure. */
    private static final Pattern ONE_GIGAWATT = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:a|one)\\s(?:" + GIGA + ")|(?:" + GIGA
            + ")\\s" + Phrases.anyOf("واحد") + ")(?![\\p{L}])");
}
