package com.computefolio.service.article;

/**
 * Where in the article a proposed field was read: the sentence (its characters {@code sentenceStart} to
 * {@code sentenceEnd} of {@link Article#text()}, end exclusive) and within it the words that gave the value
 * ({@code matchStart} to {@code matchEnd}). The window highlights them; the sentence becomes the source's quote.
 *
 * @param quote the sentence as quoted in the source: the article's characters with runs of white space made one space
 */
public record Evidence(int sentenceStart, int sentenceEnd, int matchStart, int matchEnd, String quote) {
    public Evidence {
        if (sentenceStart < 0 || sentenceEnd < sentenceStart || matchStart < sentenceStart || matchEnd < matchStart
                || matchEnd > sentenceEnd) {
            throw new IllegalArgumentException("evidence outside its sentence: " + sentenceStart + "-" + sentenceEnd
                    + " / " + matchStart + "-" + matchEnd);
        }
    }
}
