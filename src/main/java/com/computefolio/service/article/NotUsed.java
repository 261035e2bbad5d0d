package com.computefolio.service.article;

import java.util.ArrayList;
import java.util.List;

/** Lists what the readers recognised and no proposal or mention took: money, dates, lengths of time, capacities. */
final class NotUsed {
    private NotUsed() {
    }

    static List<UnusedSentence> list(String article, List<SentenceFacts> sentences, Used used) {
        List<UnusedSentence> out = new ArrayList<>();
        for (SentenceFacts s : sentences) {
            List<Hit<?>> hits = new ArrayList<>();
            hits.addAll(s.money());
            hits.addAll(s.capacities());
            hits.addAll(s.durations());
            hits.addAll(s.dates());
            hits.sort(java.util.Comparator.comparingInt(Hit::start));
            for (Hit<?> h : hits) {
                if (!used.covers(s, h)) {
                    out.add(new UnusedSentence(s.written(article, h), s.evidence(h)));
                }
            }
        }
        return out;
    }
}
