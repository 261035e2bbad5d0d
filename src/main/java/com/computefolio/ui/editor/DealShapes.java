package com.computefolio.ui.editor;

import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;

/**
 * The editable lists of the deal shown (roles, links) and of its selected revision (schedule legs,
 * options, exit rights, other figures), each with its own {@link EntryListModel}. The revision's
 * lists follow the selected revision; new money entries start in the revision's currency.
 */
final class DealShapes {
    final EntryListModel<ScheduleLeg> legs;
    final EntryListModel<DealOption> options;
    final EntryListModel<ExitRight> exitRights;
    final EntryListModel<Figure> otherFigures;
    final EntryListModel<DealRole> roles;
    final EntryListModel<DealLink> links;
    private final ObservableValue<RevisionForm> selected;

    DealShapes(DealForm form, ObservableValue<RevisionForm> selected, EntryListModel.ListChanges changes, Messages messages) {
        this.selected = selected;
        legs = new EntryListModel<>(EditorField.LEGS, new LegDraft(messages, this::currency), changes);
        options = new EntryListModel<>(EditorField.OPTIONS, new OptionDraft(messages, this::currency), changes);
        exitRights = new EntryListModel<>(EditorField.EXIT_RIGHTS, new ExitRightDraft(messages), changes);
        otherFigures = new EntryListModel<>(EditorField.OTHER_FIGURES, new FigureDraft(messages, this::currency), changes);
        roles = new EntryListModel<>(EditorField.ROLES, new RoleDraft(messages, this::currency), changes);
        links = new EntryListModel<>(EditorField.LINKS, new LinkDraft(messages), changes);
        roles.show(form.roles);
        links.show(form.links);
        selected.addListener((obs, old, now) -> follow(now));
        follow(selected.getValue());
    }

    private void follow(RevisionForm revision) {
        legs.show(revision == null ? null : revision.legs);
        options.show(revision == null ? null : revision.options);
        exitRights.show(revision == null ? null : revision.exitRights);
        otherFigures.show(revision == null ? null : revision.otherFigures);
    }

    /** Every list, deal's first, in the order the inspector shows them. */
    List<EntryListModel<?>> all() {
        return List.of(roles, links, legs, options, exitRights, otherFigures);
    }

    /** Drops any draft in progress (another deal is shown). */
    void cancelDrafts() {
        all().forEach(EntryListModel::cancel);
    }

    /** The selected revision's currency as typed, or USD while none is given. */
    private String currency() {
        RevisionForm revision = selected.getValue();
        String typed = revision == null ? null : revision.currency.get();
        return typed == null || typed.isBlank() ? "USD" : typed.trim().toUpperCase(Locale.ROOT);
    }
}
