package com.computefolio.ui.editor;

/** The fields of the deal editor, so that problems can be shown next to the field they concern. */
public enum EditorField {
    ID, TITLE, BUYER, COUNTERPARTY, KIND, DIRECTION, ANNOUNCED, TAGS, NOTES,
    KNOWN_FROM(true), CHANGE(true), STATUS(true), BASIS(true), AMOUNT(true), CURRENCY(true), CONFIDENCE(true),
    TERM_START(true), TERM_MONTHS(true), TERM_ASSUMED(true), CAPACITY(true), HARDWARE(true), REVISION_NOTES(true), SOURCES(true);

    private final boolean ofRevision;

    EditorField() {
        this(false);
    }

    EditorField(boolean ofRevision) {
        this.ofRevision = ofRevision;
    }

    /** Whether the field belongs to a revision (and so changes with the selected revision). */
    public boolean ofRevision() {
        return ofRevision;
    }
}
