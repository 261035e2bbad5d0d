package com.computefolio.ui.article;

import com.computefolio.service.article.Evidence;

/** A line of the review's lists (a deal mentioned, a sentence not used): its text and where it was read. */
public record Remark(String text, Evidence evidence) {
    @Override
    public String toString() {
        return text;
    }
}
