package com.computefolio.service.article;

import com.computefolio.domain.Source;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The source a proposal's figures cite: the article, quoting the sentence the figure was read from. Its id is
 * derived from the article's address and the sentence, so proposing from the same article twice gives the same
 * ids. Without an address there is no source (a source needs one, docs/format.md): the figures are then marked
 * unsourced (ADR 21) and the command line asks for {@code --url} instead.
 */
final class ArticleSource {
    /** A source's quote is at most this long (docs/format.md). */
    static final int MAX_QUOTE = 300;

    private ArticleSource() {
    }

    /** The source for a sentence of the article, or null when the article has no address. */
    static Source of(Article article, SentenceFacts sentence) {
        if (article.url() == null || article.url().isBlank()) {
            return null;
        }
        String publisher = article.publisher() != null && !article.publisher().isBlank() ? article.publisher() : host(article.url());
        return new Source("article-" + digest(article.url()) + "-" + (sentence.index() + 1), publisher, article.title(),
                article.url(), article.published(), quote(sentence.quote()));
    }

    private static String quote(String sentence) {
        return sentence.length() <= MAX_QUOTE ? sentence : sentence.substring(0, MAX_QUOTE - 1) + "…";
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String digest(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
