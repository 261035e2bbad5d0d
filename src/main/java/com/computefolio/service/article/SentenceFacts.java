package com.computefolio.service.article;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the readers recognised in one sentence, in folded positions; {@link #evidence(Hit)} turns a hit back
 * into the article's offsets.
 */
record SentenceFacts(int index, int start, int end, FoldedText folded, String quote, List<Hit<String>> parties,
                     List<Hit<StatedMoney>> money, List<Hit<DurationReader.Duration>> durations,
                     List<Hit<DateReader.StatedDate>> dates, List<Hit<BigDecimal>> capacities, List<Hit<String>> hardware) {

    static SentenceFacts read(String article, int index, int start, int end, LocalDate articleDate, PartyFinder finder) {
        FoldedText folded = FoldedText.of(article, start, end);
        String f = folded.text();
        return new SentenceFacts(index, start, end, folded, Sentences.quote(article, start, end), finder.find(f),
                MoneyReader.read(f), DurationReader.read(f), DateReader.read(f, articleDate), CapacityReader.read(f),
                HardwareReader.read(f));
    }

    String text() {
        return folded.text();
    }

    /** Where a hit of this sentence was read, in the article's offsets. */
    Evidence evidence(Hit<?> hit) {
        int s = hit == null ? start : folded.origin(hit.start());
        int e = hit == null ? end : folded.originEnd(hit.end());
        return new Evidence(start, end, Math.max(start, s), Math.min(end, Math.max(s, e)), quote);
    }

    /** The article's own characters of a hit, as written. */
    String written(String article, Hit<?> hit) {
        Evidence ev = evidence(hit);
        return article.substring(ev.matchStart(), ev.matchEnd()).replaceAll("\\s+", " ").strip();
    }

    /** The register's parties named here, each once, in order. */
    List<String> partyIds() {
        return parties.stream().map(Hit::value).distinct().toList();
    }
}
