package com.computefolio.service.article;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a draft's fields: each from the anchor sentence first (nearest to the figure where a sentence has several
 * cues), then from the pair's other sentences in the article's order. Marks what it used.
 */
final class FieldReader {
    private final String article;
    private final List<SentenceFacts> all;
    private final Used used;
    private final DealMatcher matcher;

    FieldReader(String article, List<SentenceFacts> all, Used used, DealMatcher matcher) {
        this.article = article;
        this.all = all;
        this.used = used;
        this.matcher = matcher;
    }

    ReadFields read(DealDraft draft) {
        ReadFields r = new ReadFields();
        List<SentenceFacts> sentences = draft.sentences();
        SentenceFacts anchor = draft.anchor;
        r.buyer = draft.buyer;
        r.counterparty = draft.counterparty;
        party(draft.buyer, sentences, ProposedField.BUYER, r);
        party(draft.counterparty, sentences, ProposedField.COUNTERPARTY, r);
        if (draft.value != null) {
            r.value = draft.value.value();
            r.found.put(ProposedField.VALUE, anchor.evidence(draft.value));
            used.add(anchor, draft.value);
        }
        readKind(draft, sentences, r);
        if (r.kind == DealKind.EQUITY_INVESTMENT && matcher.hasKind(draft.buyer, draft.counterparty, DealKind.JOINT_VENTURE)
                && !matcher.hasKind(draft.buyer, draft.counterparty, DealKind.EQUITY_INVESTMENT)) {
            // Money the partners "invest" in a joint venture is the venture's value, not a purchase of shares.
            r.kind = DealKind.JOINT_VENTURE;
        }
        if (!(r.kind == DealKind.EQUITY_INVESTMENT && draft.capacity == null)) {
            // Shares bought for money have no capacity, term or hardware: those words in its sentences are of the
            // pair's other deal (the cloud purchase beside the investment), which reads them next.
            readCapacity(draft, sentences, r);
            readTerm(sentences, r);
            readHardware(sentences, r);
        }
        r.confidence = confidence(sentences);
        boolean leak = r.confidence.evidence() != null && r.confidence.confidence() == Confidence.REPORTED;
        if (!leak) {
            readDate(sentences, r); // a leak's day is the day of the report, not of an announcement
        }
        readStatus(sentences, r);
        if (leak && (r.status == DealStatus.DEFINITIVE || r.status == DealStatus.AMENDED)) {
            // "signed", "expanded" known only from people familiar with the matter: reported, not yet definitive.
            r.status = DealStatus.REPORTED;
            r.found.put(ProposedField.STATUS, r.confidence.evidence());
        }
        return r;
    }

    private void party(String id, List<SentenceFacts> sentences, ProposedField field, ReadFields r) {
        List<SentenceFacts> order = new ArrayList<>(sentences);
        order.addAll(all);
        for (SentenceFacts s : order) {
            for (Hit<String> h : s.parties()) {
                if (h.value().equals(id)) {
                    r.found.put(field, s.evidence(h));
                    return;
                }
            }
        }
    }

    private void readCapacity(DealDraft draft, List<SentenceFacts> sentences, ReadFields r) {
        for (SentenceFacts s : sentences) {
            for (Hit<BigDecimal> h : s.capacities()) {
                if (!used.contains(s, h) && !Cues.notNewCapacity(s.text(), h)) {
                    r.capacityGw = h.value();
                    r.found.put(ProposedField.CAPACITY, s.evidence(h));
                    used.add(s, h);
                    return;
                }
            }
        }
    }

    private void readTerm(List<SentenceFacts> sentences, ReadFields r) {
        for (SentenceFacts s : sentences) {
            for (Hit<DurationReader.Duration> h : s.durations()) {
                if (h.value().isTerm() && !used.contains(s, h)) {
                    r.termMonths = h.value().months();
                    r.found.put(ProposedField.TERM, s.evidence(h));
                    used.add(s, h);
                    return;
                }
            }
        }
    }

    private void readDate(List<SentenceFacts> sentences, ReadFields r) {
        for (SentenceFacts s : sentences) {
            for (Hit<DateReader.StatedDate> h : s.dates()) {
                // One announcement day serves every deal announced in the sentence ("announced on Tuesday" both).
                if (h.value().day() != null) {
                    r.announced = h.value().day();
                    r.found.put(ProposedField.ANNOUNCED, s.evidence(h));
                    used.add(s, h);
                    return;
                }
            }
        }
    }

    private void readKind(DealDraft draft, List<SentenceFacts> sentences, ReadFields r) {
        for (SentenceFacts s : sentences) {
            Map.Entry<DealKind, Hit<String>> cue = Cues.nearest(Cues.KINDS, s.text(), s == draft.anchor ? draft.anchorHit() : null);
            if (cue != null) {
                r.kind = cue.getKey();
                r.found.put(ProposedField.KIND, s.evidence(cue.getValue()));
                return;
            }
        }
    }

    private void readStatus(List<SentenceFacts> sentences, ReadFields r) {
        for (SentenceFacts s : sentences) {
            Map.Entry<DealStatus, Hit<String>> cue = Cues.status(s.text());
            if (cue != null) {
                r.status = cue.getKey();
                r.found.put(ProposedField.STATUS, s.evidence(cue.getValue()));
                return;
            }
        }
    }

    private void readHardware(List<SentenceFacts> sentences, ReadFields r) {
        for (SentenceFacts s : sentences) {
            if (s.hardware().isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            s.hardware().forEach(h -> names.add(s.written(article, h)));
            r.hardware = String.join(", ", names);
            Hit<String> first = s.hardware().get(0);
            Hit<String> last = s.hardware().get(s.hardware().size() - 1);
            r.found.put(ProposedField.HARDWARE, s.evidence(new Hit<>(first.start(), last.end(), null, null)));
            return;
        }
    }

    /**
     * The first sentence with such words decides, the anchor first: in it strong official words (a filing, a statement)
     * beat press words, which beat "announced"; REPORTED, with no evidence, when no sentence has any.
     */
    private InferredConfidence confidence(List<SentenceFacts> sentences) {
        for (SentenceFacts s : sentences) {
            for (Pattern p : List.of(Cues.OFFICIAL_STRONG, Cues.REPORTED, Cues.OFFICIAL)) {
                List<Hit<String>> hits = Cues.all(p, s.text());
                if (!hits.isEmpty()) {
                    Hit<String> h = hits.get(0);
                    Confidence c = p == Cues.REPORTED ? Confidence.REPORTED : Confidence.OFFICIAL;
                    return new InferredConfidence(c, s.written(article, h), s.evidence(h));
                }
            }
        }
        return new InferredConfidence(Confidence.REPORTED, null, null);
    }
}
