package com.computefolio.ui.editor;

import com.computefolio.domain.Source;

/**
 * A source listed under a revision in the editor, and what it backs: the revision itself (status,
 * term, capacity), its value figure, or both. Kept apart so that an edit never moves a source from
 * one to the other behind the user's back.
 */
public record SourceEntry(Source source, boolean backsRevision, boolean backsValue) {

    public SourceEntry withSource(Source replacement) {
        return new SourceEntry(replacement, backsRevision, backsValue);
    }
}
