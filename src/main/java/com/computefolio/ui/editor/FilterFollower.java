package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.common.Messages;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Keeps the inspector to what the table shows. A hidden deal leaves the inspector, which says why;
 * with unsaved edits it stays, marked as hidden (see {@link InspectorScope} for why we do not ask).
 * A deal emptied this way comes back when the filter shows it again and nothing else was chosen.
 */
final class FilterFollower {

    /** The editor as the follower sees it. */
    interface Editor {
        /** The deal shown, or null. */
        Deal shown();

        boolean isNew();

        boolean isDirty();

        Optional<Deal> stored(String id);

        void load(Deal deal, LocalDate asOf);

        void selectRevisionKnownOn(Deal deal, LocalDate asOf);

        void clear();
    }

    private final InspectorScope scope;
    private final Messages messages;
    private final Editor editor;

    FilterFollower(InspectorScope scope, Messages messages, Editor editor) {
        this.scope = scope;
        this.messages = messages;
        this.editor = editor;
    }

    void follow(DealFilter filter, Predicate<String> visibleIds, Set<String> selectedIds) {
        boolean asOfChanged = !Objects.equals(scope.asOfProperty().get(), filter.asOf());
        scope.setAsOf(filter.asOf());
        Deal shown = editor.shown();
        if (shown == null) {
            bringBackHidden(filter, visibleIds, selectedIds);
            return;
        }
        if (editor.isNew()) {
            return; // a draft of a new deal is in no table yet
        }
        InspectorScope.Hidden why = InspectorScope.hidden(shown, filter, visibleIds);
        if (why == InspectorScope.Hidden.NO) {
            scope.visible();
            if (asOfChanged && !editor.isDirty()) {
                editor.selectRevisionKnownOn(shown, filter.asOf());
            }
        } else if (editor.isDirty()) {
            scope.keptHidden(messages.format("editor.hidden.kept", hiddenReason(shown, why, filter)));
        } else {
            editor.clear();
            scope.emptied(shown.id(), hiddenReason(shown, why, filter));
        }
    }

    private void bringBackHidden(DealFilter filter, Predicate<String> visibleIds, Set<String> selectedIds) {
        String id = scope.hiddenDealId();
        Optional<Deal> hidden = id == null ? Optional.empty() : editor.stored(id);
        if (hidden.isEmpty() || !(selectedIds.isEmpty() || selectedIds.equals(Set.of(id)))) {
            scope.forget();
            return;
        }
        InspectorScope.Hidden why = InspectorScope.hidden(hidden.get(), filter, visibleIds);
        if (why == InspectorScope.Hidden.NO) {
            editor.load(hidden.get(), filter.asOf());
        } else {
            scope.emptied(id, hiddenReason(hidden.get(), why, filter));
        }
    }

    private String hiddenReason(Deal deal, InspectorScope.Hidden why, DealFilter filter) {
        return why == InspectorScope.Hidden.NOT_YET_KNOWN
                ? messages.format("editor.hidden.notYetKnown", messages.dealTitle(deal), filter.asOf().toString(),
                        deal.revisions().get(0).knownFrom().toString())
                : messages.format("editor.hidden.filtered", messages.dealTitle(deal));
    }
}
