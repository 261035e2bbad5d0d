package com.computefolio.ui.editor;

import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.MixedCellText;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;

/**
 * A line of the revision list ("2025-11-03 · Definitive · 38B USD"), kept up to date while the
 * revision is edited. Shows the amount as typed, since it may not be a valid number yet.
 */
final class RevisionCell extends ListCell<RevisionForm> {
    private final Messages messages;
    // A date and an amount among Arabic words, drawn in runs (see MixedCellText).
    private final MixedCellText mixed = MixedCellText.follow(this);

    RevisionCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        mixed.layout();
    }

    @Override
    protected void updateItem(RevisionForm revision, boolean empty) {
        super.updateItem(revision, empty);
        textProperty().unbind();
        if (empty || revision == null) {
            setText(null);
            return;
        }
        textProperty().bind(Bindings.createStringBinding(() -> label(revision), revision.properties().toArray(new Observable[0])));
    }

    private String label(RevisionForm revision) {
        String value = revision.basis.get() == ValueBasis.UNDISCLOSED ? messages.get("format.value.undisclosed")
                : revision.amount.get() + " " + revision.currency.get();
        return messages.format("editor.revisions.line", revision.knownFrom.get(), messages.label(revision.status.get()), value);
    }
}
