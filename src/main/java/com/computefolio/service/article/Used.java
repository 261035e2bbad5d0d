package com.computefolio.service.article;

import java.util.HashSet;
import java.util.Set;

/** The hits that went into a proposal or a mention; what is left over is listed as not used. */
final class Used {
    private final Set<String> keys = new HashSet<>();

    void add(SentenceFacts sentence, Hit<?> hit) {
        keys.add(sentence.index() + ":" + hit.start() + ":" + hit.end());
    }

    boolean contains(SentenceFacts sentence, Hit<?> hit) {
        return keys.contains(sentence.index() + ":" + hit.start() + ":" + hit.end());
    }

    /** Whether some used hit overlaps this one (a date inside "over the next seven years" is part of the term). */
    boolean covers(SentenceFacts sentence, Hit<?> hit) {
        if (contains(sentence, hit)) {
            return true;
        }
        String prefix = sentence.index() + ":";
        return keys.stream().filter(k -> k.startsWith(prefix)).anyMatch(k -> {
            String[] p = k.split(":");
            int s = Integer.parseInt(p[1]);
            int e = Integer.parseInt(p[2]);
            return s < hit.end() && hit.start() < e;
        });
    }
}
