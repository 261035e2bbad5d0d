package com.computefolio.service.article;

import com.computefolio.domain.Confidence;
import java.util.Objects;

/**
 * The confidence an article's wording gives its figures, and the words that decided it ("announced", "said in a
 * filing", "people familiar with the matter", "according to", "أعلنت", "بحسب"), with where they were read; evidence is
 * null when no such words were found and the default (REPORTED: a press article) was taken, which the review says.
 */
public record InferredConfidence(Confidence confidence, String words, Evidence evidence) {
    public InferredConfidence {
        Objects.requireNonNull(confidence, "confidence");
    }
}
