package com.computefolio.domain;

/**
 * What one kind of text field may hold: at most {@code maxChars} characters (code points) and,
 * only if {@code lineBreaks}, line breaks and tabs. The rules themselves are in {@link DealLimits}.
 *
 * @param what       the field as a message names it ("The title", "The notes"), in each reader's language
 * @param maxChars   the longest text accepted, in characters (an emoji counts once)
 * @param lineBreaks whether line feed, carriage return, tab, U+2028 and U+2029 are allowed
 */
public record TextRule(ProblemKey what, int maxChars, boolean lineBreaks) {
}
