package com.computefolio.service.article;

/**
 * A sentence with money, a date, a duration or a capacity that could not be tied to a field of any proposal:
 * listed as "not used" so that nothing the article says is dropped silently.
 *
 * @param what what was recognised in it and not used ("$1.4 trillion", "2030")
 */
public record UnusedSentence(String what, Evidence evidence) {
}
