package com.computefolio.service.article;

import com.computefolio.domain.Source;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

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

    private static final Pattern HOST = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://([^/?#:@]+)");

    private static String host(String url) {
        Matcher m = HOST.matcher(url);
        return m.find() ? m.group(1) : url;
    }

    /** A short checksum of the address: the same article gives the same ids; not a security measure. */
    private static String digest(String url) {
        CRC32 crc = new CRC32();
        crc.update(url.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
