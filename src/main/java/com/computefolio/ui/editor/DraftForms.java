package com.computefolio.ui.editor;

import com.computefolio.ui.common.AmountLabels;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/**
 * The fields of each list's draft, bound to it: what a user fills in to add or change a schedule
 * leg, an option, an exit right, a role, another figure or a link.
 */
final class DraftForms {

    /** A draft's fields and the one that takes the focus first. */
    record Form(Node node, Node first) {
    }

    private final DealEditorViewModel model;
    private final Messages messages;

    DraftForms(DealEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Form leg(LegDraft draft) {
        TextField start = text("legStart", draft.start, messages.get("editor.month.prompt"));
        ComboBox<ScheduleShape> shape = Controls.choice("legShape", ScheduleShape.values(), messages);
        shape.valueProperty().bindBidirectional(draft.shape);
        CheckBox prepayment = check("legPrepayment", "editor.shapes.leg.prepayment", draft.prepayment);
        DraftGrid grid = new DraftGrid(draft.errors)
                .row(messages.get("editor.shapes.leg.start"), start, "start")
                .row(messages.get("editor.shapes.leg.months"), text("legMonths", draft.months, null), "months")
                .row(messages.get("editor.shapes.leg.shape"), shape, null)
                .row(messages.get("editor.shapes.leg.amount"), text("legAmount", draft.amount,
                        messages.get("editor.amount.prompt")), "amount")
                .row(messages.get("editor.shapes.leg.capacity"), text("legCapacity", draft.capacity, null), "capacity")
                .row("", prepayment, null)
                .row(messages.get("editor.shapes.label"), text("legLabel", draft.label, null), null);
        return new Form(grid, start);
    }

    Form option(OptionDraft draft) {
        ComboBox<OptionKind> kind = Controls.choice("optionKind", OptionKind.values(), messages);
        kind.valueProperty().bindBidirectional(draft.kind);
        DraftGrid grid = new DraftGrid(draft.errors)
                .row(messages.get("editor.shapes.option.kind"), kind, null)
                .row(messages.get("editor.shapes.label"), text("optionLabel", draft.label, null), null);
        figureRows(grid, draft.value, "option");
        grid.row(messages.get("editor.shapes.option.months"), text("optionMonths", draft.months, null), "months")
                .row(messages.get("editor.shapes.option.from"), text("optionFrom", draft.exerciseFrom,
                        messages.get("editor.month.prompt")), "exerciseFrom")
                .row(messages.get("editor.shapes.option.until"), text("optionUntil", draft.exerciseUntil,
                        messages.get("editor.month.prompt")), "exerciseUntil");
        return new Form(grid, kind);
    }

    Form figure(FigureDraft draft) {
        DraftGrid grid = new DraftGrid(draft.errors);
        Node first = figureRows(grid, draft, "figure");
        grid.row(messages.get("editor.shapes.label"), text("figureLabel", draft.label, null), null);
        return new Form(grid, first);
    }

    /**
     * The rows of a figure: basis, amount, currency, confidence, sources and the unsourced mark. Their
     * errors are read from the grid's draft under "amount" and "currency" (an option's draft repeats its value's).
     */
    private Node figureRows(DraftGrid grid, FigureDraft draft, String id) {
        ComboBox<ValueBasis> basis = Controls.choice(id + "Basis", ValueBasis.values(), messages);
        basis.valueProperty().bindBidirectional(draft.basis);
        ComboBox<Confidence> confidence = Controls.choice(id + "Confidence", Confidence.values(), messages);
        confidence.valueProperty().bindBidirectional(draft.confidence);
        grid.row(messages.label(EditorField.BASIS), basis, null)
                .row(messages.label(EditorField.AMOUNT), text(id + "Amount", draft.amount, messages.get("editor.amount.prompt")),
                        "amount")
                .row(messages.label(EditorField.CURRENCY), text(id + "Currency", draft.currency, null), "currency")
                .row(messages.label(EditorField.CONFIDENCE), confidence, null)
                .row(messages.label(EditorField.SOURCES), picker(draft.sources, id + "Source"), null)
                .row("", check(id + "Unsourced", "editor.shapes.unsourcedMark", draft.unsourced), null);
        return basis;
    }

    Form exitRight(ExitRightDraft draft) {
        ComboBox<String> party = RegisterChoices.parties("exitParty", model::parties, model.loadedProperty(), messages);
        party.valueProperty().bindBidirectional(draft.party);
        DraftGrid grid = new DraftGrid(draft.errors)
                .row(messages.get("editor.shapes.party"), party, "party")
                .row(messages.get("editor.shapes.exit.notice"), text("exitNotice", draft.noticeDays, null), "noticeDays")
                .row(messages.get("editor.shapes.exit.from"), text("exitFrom", draft.from, messages.get("editor.month.prompt")),
                        "from")
                .row(messages.get("editor.shapes.label"), text("exitLabel", draft.label, null), null);
        return new Form(grid, party);
    }

    Form role(RoleDraft draft) {
        ComboBox<PartyRole> role = Controls.choice("roleKind", PartyRole.values(), messages);
        role.valueProperty().bindBidirectional(draft.role);
        ComboBox<String> party = RegisterChoices.parties("roleParty", model::parties, model.loadedProperty(), messages);
        party.valueProperty().bindBidirectional(draft.party);
        DraftGrid grid = new DraftGrid(draft.errors)
                .row(messages.get("editor.shapes.role.kind"), role, null)
                .row(messages.get("editor.shapes.party"), party, "party")
                .row(messages.get("editor.shapes.role.amount"), text("roleAmount", draft.amount,
                        messages.get("editor.amount.prompt")), "amount")
                .row(messages.label(EditorField.CURRENCY), text("roleCurrency", draft.currency, null), "currency")
                .row(messages.get("editor.shapes.role.share"), text("roleShare", draft.share, null), "share")
                .row(messages.get("editor.shapes.label"), text("roleLabel", draft.label, null), null)
                .row(messages.label(EditorField.SOURCES), picker(draft.sources, "roleSource"), null);
        return new Form(grid, role);
    }

    Form link(LinkDraft draft) {
        ComboBox<LinkType> type = Controls.choice("linkType", LinkType.values(), messages);
        type.valueProperty().bindBidirectional(draft.type);
        ComboBox<String> target = RegisterChoices.deals("linkTarget", model::registerDeals,
                () -> model.form().id.get(), model.loadedProperty(), messages);
        target.valueProperty().bindBidirectional(draft.target);
        DraftGrid grid = new DraftGrid(draft.errors)
                .row(messages.get("editor.shapes.link.type"), type, null)
                .row(messages.get("editor.shapes.link.target"), target, "target");
        return new Form(grid, type);
    }

    /** Picks a draft's sources; the draft is not the form yet, so a pick is not an undoable edit. */
    private SourcePicker picker(javafx.collections.ObservableList<com.computefolio.domain.Source> sources, String id) {
        return new SourcePicker(new javafx.beans.property.SimpleObjectProperty<>(sources), sources::setAll,
                model.selectedRevisionProperty(), messages, id);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = Controls.text(id, prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = AmountLabels.install(new CheckBox(messages.get(key)));
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
