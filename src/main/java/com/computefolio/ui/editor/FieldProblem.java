package com.computefolio.ui.editor;

/**
 * Something wrong with one field of the editor.
 *
 * @param revision the revision the field belongs to, or null for a field of the deal
 */
public record FieldProblem(RevisionForm revision, EditorField field, String message) {
}
