package com.computefolio.ui.editor;

/**
 * Something wrong with one field of the editor.
 *
 * @param revision the revision the field belongs to, or null for a field of the deal
 * @param entry    for a list field, the 0-based entry the problem concerns, or -1 for the list as a whole
 */
public record FieldProblem(RevisionForm revision, EditorField field, String message, int entry) {

    public FieldProblem(RevisionForm revision, EditorField field, String message) {
        this(revision, field, message, -1);
    }
}
