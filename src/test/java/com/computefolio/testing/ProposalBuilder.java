package com.computefolio.testing;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Source;
import com.computefolio.service.article.Article;
import com.computefolio.service.article.Evidence;
import com.computefolio.service.article.InferredConfidence;
import com.computefolio.service.article.Mention;
import com.computefolio.service.article.Proposal;
import com.computefolio.service.article.ProposalSet;
import com.computefolio.service.article.ProposedField;
import com.computefolio.service.article.UnusedSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds what the article proposer returns, for tests of the review: the evidence of each field is found by the words
 * it quotes, so a test reads as the article does.
 *
 * <pre>{@code
 * ProposalSet set = ProposalBuilder.article("OpenAI and AWS announced a $38 billion deal. It runs seven years.")
 *         .newDeal(proposedDeal).found(ProposedField.VALUE, "$38 billion").missing(ProposedField.CAPACITY)
 *         .confidence(Confidence.OFFICIAL, "announced").build();
 * }</pre>
 *
 * Each proposal starts with nothing found and the default confidence (REPORTED, no words). A sentence is what runs from after the previous full stop (or the start) to its own full stop, inclusive.
 */
public final class ProposalBuilder {
    public static final String URL = "https://example.com/openai-aws";
    public static final String PUBLISHER = "Example News";
    public static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 3);

    private final Article article;
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<UnusedSentence> notUsed = new ArrayList<>();
    private Proposal.Kind kind;
    private Deal existing;
    private Deal proposed;
    private Map<ProposedField, Evidence> found = new EnumMap<>(ProposedField.class);
    private Set<ProposedField> missing = EnumSet.noneOf(ProposedField.class);
    private InferredConfidence confidence = new InferredConfidence(Confidence.REPORTED, null, null);

    private ProposalBuilder(Article article) {
        this.article = article;
    }

    public static ProposalBuilder article(String text) {
        return new ProposalBuilder(new Article(text, URL, PUBLISHER, PUBLISHED, "OpenAI and AWS"));
    }

    /** Where {@code words} are read in {@code text}: their sentence and themselves. */
    public static Evidence evidence(String text, String words) {
        int match = text.indexOf(words);
        if (match < 0) {
            throw new IllegalArgumentException("not in the article: " + words);
        }
        int start = text.lastIndexOf('.', match - 1) + 1;
        while (start < match && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int stop = text.indexOf('.', match + words.length());
        int end = stop < 0 ? text.length() : stop + 1;
        return new Evidence(start, end, match, match + words.length(), text.substring(start, end).replaceAll("\\s+", " "));
    }

    /** The article as a source quoting the sentence of {@code words}: what the engine puts on a figure it read. */
    public static Source source(String id, String text, String words) {
        return new Source(id, PUBLISHER, "OpenAI and AWS", URL, PUBLISHED, evidence(text, words).quote());
    }

    public ProposalBuilder newDeal(Deal deal) {
        finish();
        kind = Proposal.Kind.NEW_DEAL;
        existing = null;
        proposed = deal;
        return this;
    }

    public ProposalBuilder revisionOf(Deal stored, Deal withArticleRevision) {
        finish();
        kind = Proposal.Kind.NEW_REVISION;
        existing = stored;
        proposed = withArticleRevision;
        return this;
    }

    public ProposalBuilder found(ProposedField field, String words) {
        found.put(field, evidence(article.text(), words));
        return this;
    }

    public ProposalBuilder missing(ProposedField... fields) {
        missing.addAll(List.of(fields));
        return this;
    }

    public ProposalBuilder confidence(Confidence level, String words) {
        confidence = new InferredConfidence(level, words, words == null ? null : evidence(article.text(), words));
        return this;
    }

    public ProposalBuilder mention(String dealId, String words, String... partyIds) {
        mentions.add(new Mention(Optional.ofNullable(dealId), List.of(partyIds), evidence(article.text(), words)));
        return this;
    }

    public ProposalBuilder notUsed(String words) {
        notUsed.add(new UnusedSentence(words, evidence(article.text(), words)));
        return this;
    }

    /** The proposal being built, alone. */
    public Proposal proposal() {
        return new Proposal(kind, Optional.ofNullable(existing), proposed, found, missing, confidence);
    }

    public ProposalSet build() {
        finish();
        return new ProposalSet(article, proposals, mentions, notUsed);
    }

    private void finish() {
        if (proposed != null) {
            proposals.add(proposal());
        }
        proposed = null;
        found = new EnumMap<>(ProposedField.class);
        missing = EnumSet.noneOf(ProposedField.class);
        confidence = new InferredConfidence(Confidence.REPORTED, null, null);
    }
}
