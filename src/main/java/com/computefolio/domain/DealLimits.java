package com.computefolio.domain;

/**
 * The longest texts and the largest lists a deal, party or source may hold, in one place so that
 * the importers, the window's editor (both through {@link DealValidator}) and docs/format.md agree.
 * The lengths leave room for every real deal in the curated register several times over; what they
 * refuse is a pasted file or a runaway generator, which would otherwise break spreadsheets (a cell
 * holds 32,767 characters), charts and every table that shows the text.
 */
public final class DealLimits {

    /** Ids of deals, parties, sources and context series, and the ids a deal refers to. */
    public static final TextRule ID = new TextRule(ProblemKey.FIELD_ID, 100, false);
    public static final TextRule TITLE = new TextRule(ProblemKey.FIELD_TITLE, 300, false);
    /** Names of parties, publishers, context series and the portfolio. */
    public static final TextRule NAME = new TextRule(ProblemKey.FIELD_NAME, 200, false);
    public static final TextRule SOURCE_TITLE = new TextRule(ProblemKey.FIELD_SOURCE_TITLE, 500, false);
    public static final TextRule URL = new TextRule(ProblemKey.FIELD_ADDRESS, 2_000, false);
    /** Labels of figures and schedule legs, the hardware text, the unit and period of context series. */
    public static final TextRule LABEL = new TextRule(ProblemKey.FIELD_LABEL, 200, false);
    public static final TextRule TAG = new TextRule(ProblemKey.FIELD_TAG, 100, false);
    public static final TextRule QUOTE = new TextRule(ProblemKey.FIELD_QUOTE, 300, true);
    public static final TextRule CHANGE = new TextRule(ProblemKey.FIELD_CHANGE, 2_000, true);
    /** Notes of deals and revisions, and notes of context points. */
    public static final TextRule NOTES = new TextRule(ProblemKey.FIELD_NOTES, 10_000, true);

    public static final int MAX_REVISIONS_PER_DEAL = 500;
    public static final int MAX_TAGS_PER_DEAL = 50;
    public static final int MAX_LINKS_PER_DEAL = 100;
    /** Other figures of one revision. */
    public static final int MAX_FIGURES_PER_REVISION = 50;
    /** Schedule legs of one revision: a leg a month for a century-long term. */
    public static final int MAX_LEGS_PER_REVISION = 1_200;
    /** Sources cited by one revision or one figure. */
    public static final int MAX_SOURCES_PER_LIST = 50;

    private DealLimits() {
    }
}
