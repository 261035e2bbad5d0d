package com.computefolio.ui.article;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;
import com.computefolio.service.LocalNames;
import com.computefolio.service.article.ProposedField;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.editor.EditorField;
import com.computefolio.ui.format.DisplayFormats;

/** A proposed field's value as the window shows the same field elsewhere: names, labels and figures in its language. */
final class FieldValues {
    private final Messages messages;
    private final DisplayFormats formats;
    private final LocalNames names;

    FieldValues(Messages messages, LocalNames names) {
        this.messages = messages;
        this.formats = new DisplayFormats(messages);
        this.names = names;
    }

    /** The field's name: the editor's own label where it has one. */
    String name(ProposedField field) {
        return switch (field) {
            case BUYER -> messages.label(EditorField.BUYER);
            case COUNTERPARTY -> messages.label(EditorField.COUNTERPARTY);
            case KIND -> messages.label(EditorField.KIND);
            case ANNOUNCED -> messages.label(EditorField.ANNOUNCED);
            case STATUS -> messages.label(EditorField.STATUS);
            case VALUE -> messages.label(EditorField.AMOUNT);
            case TERM -> messages.get("article.field.term");
            case CAPACITY -> messages.get("article.field.capacity");
            case HARDWARE -> messages.label(EditorField.HARDWARE);
        };
    }

    /** The value {@code deal} and its article revision {@code revision} propose for the field. */
    String value(ProposedField field, Deal deal, Revision revision) {
        return switch (field) {
            case BUYER -> names.party(deal.buyerId());
            case COUNTERPARTY -> names.party(deal.counterpartyId());
            case KIND -> messages.label(deal.kind());
            case ANNOUNCED -> formats.date(deal.announced());
            case STATUS -> messages.label(revision.status());
            case VALUE -> formats.figure(revision.value());
            case TERM -> formats.term(revision.term());
            case CAPACITY -> revision.capacity() == null ? ""
                    : messages.format("article.value.gigawatts", formats.gigawatts(revision.capacity()));
            case HARDWARE -> revision.hardware() == null ? "" : revision.hardware();
        };
    }
}
