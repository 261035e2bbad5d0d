package com.computefolio.service;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of a {@link DealSearchIndex} to its last few needles: for each, the set of slots
 * (deal × revision) whose text holds it. A set is never changed once remembered, so a pass may
 * read it without a lock while another thread remembers the next. Safe for use from several threads.
 */
final class NeedleHits {

    /** Enough for a word typed and deleted letter by letter, and a few searches before it. */
    static final int REMEMBERED = 24;

    private final Map<String, BitSet> byNeedle = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BitSet> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The slots holding exactly this needle, if remembered; null otherwise. */
    synchronized BitSet exact(String needle) {
        return byNeedle.get(needle);
    }

    /**
     * The fewest slots among those remembered for a part of the needle: every slot holding the
     * needle holds each of its parts, so only these need searching. Null when no part is remembered.
     */
    synchronized BitSet narrowestPartOf(String needle) {
        BitSet narrowest = null;
        for (Map.Entry<String, BitSet> e : byNeedle.entrySet()) {
            if (needle.contains(e.getKey()) && (narrowest == null || e.getValue().cardinality() < narrowest.cardinality())) {
                narrowest = e.getValue();
            }
        }
        return narrowest;
    }

    synchronized void remember(String needle, BitSet slots) {
        byNeedle.put(needle, slots);
    }
}
