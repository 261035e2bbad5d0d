package com.computefolio.ui.article;

import com.computefolio.service.article.Evidence;

/**
 * What the article view marks: a sentence (characters {@code sentenceStart} to {@code sentenceEnd} of the article,
 * end exclusive) and within it the words that decided ({@code matchStart} to {@code matchEnd}, empty when none).
 */
public record Highlight(int sentenceStart, int sentenceEnd, int matchStart, int matchEnd) {

    static Highlight of(Evidence evidence) {
        return new Highlight(evidence.sentenceStart(), evidence.sentenceEnd(), evidence.matchStart(), evidence.matchEnd());
    }

    /** The whole sentence, no words picked out in it (a mention, a sentence not used). */
    static Highlight sentence(Evidence evidence) {
        return new Highlight(evidence.sentenceStart(), evidence.sentenceEnd(), evidence.sentenceStart(), evidence.sentenceStart());
    }
}
