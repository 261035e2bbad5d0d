package com.computefolio.service.chart;

import com.computefolio.domain.Source;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Numbers sources [1], [2]... so that a chart's footnote and a report's sources appendix point to
 * the same entries. Numbers follow publication date (undated last), then publisher and id, so the
 * same sources always get the same numbers.
 */
public final class SourceIndex {

    private static final Comparator<LocalDate> BY_DATE = Comparator.nullsLast(Comparator.naturalOrder());

    private final List<SourceRef> refs;
    /**
     * The refs by source id, made when first asked: a chart of 100,000 deals numbers over 100,000
     * sources after each keystroke, and only its context lines and a report look numbers up by id.
     */
    private volatile Map<String, SourceRef> byId;

    private SourceIndex(List<SourceRef> refs) {
        this.refs = List.copyOf(refs);
    }

    private Map<String, SourceRef> byId() {
        Map<String, SourceRef> made = byId;
        if (made == null) {
            Map<String, SourceRef> map = new HashMap<>(refs.size() * 2);
            for (SourceRef ref : refs) {
                map.put(ref.source().id(), ref);
            }
            // Made twice at worst, by two threads at once: the same map either way.
            made = Collections.unmodifiableMap(map);
            byId = made;
        }
        return made;
    }

    /** An index that keeps numbers already given (a chart citing a report's sources by the report's numbers). */
    static SourceIndex numbered(List<SourceRef> refs) {
        return new SourceIndex(refs);
    }

    /** Numbers the distinct sources (by id) of the given collection. */
    public static SourceIndex of(Collection<Source> sources) {
        Map<String, Source> distinct = new LinkedHashMap<>();
        for (Source s : sources) {
            distinct.putIfAbsent(s.id(), Objects.requireNonNull(s));
        }
        return inOrder(inNumberOrder(distinct.values()));
    }

    /** Distinct sources (by id) in the order numbers follow. */
    static List<Source> inNumberOrder(Collection<Source> distinct) {
        // Sorted on keys made once per source: the case-insensitive comparison of publishers, made
        // again at every comparison, was most of numbering 100,000 deals' sources.
        return distinct.stream().map(SortKey::new).sorted().map(SortKey::source).toList();
    }

    /** Numbers sources already distinct and in number order: [1] is the first. */
    static SourceIndex inOrder(List<Source> sorted) {
        List<SourceRef> numbered = new java.util.ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            numbered.add(new SourceRef(i + 1, sorted.get(i)));
        }
        return new SourceIndex(numbered);
    }

    /** A source with its publisher folded once, in number order: date (undated last), publisher ignoring case, id. */
    private record SortKey(Source source, String publisher) implements Comparable<SortKey> {
        SortKey(Source source) {
            this(source, fold(source.publisher()));
        }

        @Override
        public int compareTo(SortKey other) {
            int byDate = BY_DATE.compare(source.published(), other.source.published());
            if (byDate != 0) {
                return byDate;
            }
            int byPublisher = publisher.compareTo(other.publisher);
            return byPublisher != 0 ? byPublisher : source.id().compareTo(other.source.id());
        }

        /** What String.CASE_INSENSITIVE_ORDER compares: each character upper-cased, then lower-cased. */
        private static String fold(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
            }
            return folded.toString();
        }
    }

    public List<SourceRef> refs() {
        return refs;
    }

    public Optional<SourceRef> ref(String sourceId) {
        return Optional.ofNullable(byId().get(sourceId));
    }

    /** The numbered entries for the given sources, in number order; sources not indexed are left out. */
    public List<SourceRef> refsFor(Collection<Source> sources) {
        Map<String, SourceRef> ids = byId();
        return sources.stream().map(s -> ids.get(s.id())).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparingInt(SourceRef::number)).toList();
    }
}
