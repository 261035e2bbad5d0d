package com.computefolio.ui.editor;

import com.computefolio.domain.DealLink;
import com.computefolio.domain.LinkType;
import com.computefolio.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A link to another deal as picked: how this deal relates to it, and which deal. */
final class LinkDraft extends EntryDraft<DealLink> {
    final ObjectProperty<LinkType> type = new SimpleObjectProperty<>(LinkType.RELATED);
    final ObjectProperty<String> target = new SimpleObjectProperty<>();

    LinkDraft(Messages messages) {
        super(messages);
    }

    @Override
    void load(DealLink link) {
        type.set(link == null ? LinkType.RELATED : link.type());
        target.set(link == null ? null : link.targetDealId());
    }

    @Override
    DealLink readEntry() {
        if (target.get() == null || target.get().isBlank()) {
            error("target", "editor.error.required");
            return null;
        }
        return new DealLink(type.get() == null ? LinkType.RELATED : type.get(), target.get());
    }
}
