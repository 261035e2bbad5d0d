package com.computefolio.service.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hardware a sentence names: chip and system models ("GB200", "MI450", "Trainium2", "TPUs"), with
 * the family name written before a model ("Instinct MI450", "Grace Blackwell"), and counts of chips
 * ("400,000 GPUs", "مليون وحدة معالجة رسومية"). The value is the article's own spelling, shown as the deal's hardware.
 */
final class HardwareReader {
    private static final Pattern MODEL = Pattern.compile("(?<![\\p{L}\\p{N}])(gb\\d{3}|b\\d{3}|h\\d{3}|a\\d{3}|(?:instinct\\s)?mi\\d{3}x?|"
            + "trainium\\s?\\d?|inferentia\\s?\\d?|tpus?|ironwood|(?:grace\\s)?blackwell|vera rubin|rubin|maia\\s?\\d{3}|"
            + "wse-?\\d)(?![\\p{L}\\p{N}])");
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\p{N}.,])(" + Numbers.NUMBER + ")\\s?(?:(million|"
            + Phrases.anyOf("مليون", "ألف") + ")\\s)?(" + Phrases.anyOf("gpus", "gpu", "chips", "accelerators", "processors",
            "وحدة معالجة رسومية", "وحدة معالجة رسوميات", "معالج رسومي", "معالجات رسومية", "رقاقة", "شريحة", "معالج") + ")(?![\\p{L}])");

    private HardwareReader() {
    }

    /** Hits whose value is the folded text; callers take the article's own characters for display. */
    static List<Hit<String>> read(String folded) {
        List<Hit<String>> hits = new ArrayList<>();
        Matcher m = MODEL.matcher(folded);
        while (m.find()) {
            hits.add(new Hit<>(m.start(), m.end(), m.group(), m.group()));
        }
        Matcher c = COUNT.matcher(folded);
        while (c.find()) {
            hits.add(new Hit<>(c.start(), c.end(), c.group(), c.group()));
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }
}
