package com.computefolio.ui.editor;

/** The fields of the deal editor, so that problems can be shown next to the field they concern. */
public enum EditorField {
    ID, TITLE, BUYER, COUNTERPARTY, KIND, DIRECTION, ANNOUNCED, TAGS, NOTES,
    /** Parties in roles and links to other deals: lists of the deal, edited entry by entry. */
    ROLES(false, true), LINKS(false, true),
    KNOWN_FROM(true), CHANGE(true), STATUS(true), BASIS(true), AMOUNT(true), CURRENCY(true), CONFIDENCE(true),
    VALUE_UNSOURCED(true),
    TERM_START(true), TERM_MONTHS(true), TERM_ASSUMED(true), TERM_OPEN_ENDED(true), TERM_NOTICE(true),
    CAPACITY(true), CAPACITY_BASIS(true), CAPACITY_CONFIDENCE(true), CAPACITY_LABEL(true), CAPACITY_UNSOURCED(true),
    HARDWARE(true), REVISION_NOTES(true),
    SOURCES(true, true), CAPACITY_SOURCES(true, true),
    /** Lists of the selected revision, edited entry by entry. */
    LEGS(true, true), OPTIONS(true, true), EXIT_RIGHTS(true, true), OTHER_FIGURES(true, true);

    private final boolean ofRevision;
    private final boolean list;

    EditorField() {
        this(false, false);
    }

    EditorField(boolean ofRevision) {
        this(ofRevision, false);
    }

    EditorField(boolean ofRevision, boolean list) {
        this.ofRevision = ofRevision;
        this.list = list;
    }

    /** Whether the field belongs to a revision (and so changes with the selected revision). */
    public boolean ofRevision() {
        return ofRevision;
    }

    /** Whether the field is a list edited entry by entry rather than one property. */
    public boolean isList() {
        return list;
    }
}
