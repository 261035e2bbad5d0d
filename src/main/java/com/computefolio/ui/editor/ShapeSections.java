package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.WrappedText;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The parts of a deal beyond the form above them, each in a collapsible section with its count in the
 * title ("Options (2)"): parties in roles, links, and the selected revision's schedule legs, options,
 * exit rights, other figures and capacity figure. A section opens when it has entries or a problem,
 * and is closed when empty, so the inspector stays short at 1024x700.
 */
final class ShapeSections extends VBox {
    private final DealEditorViewModel model;
    private final Messages messages;

    ShapeSections(DealEditorViewModel model, Messages messages, FieldBindings revisionBindings) {
        super(4);
        this.model = model;
        this.messages = messages;
        setId("shapeSections");
        DealShapes shapes = model.shapes();
        Function<String, String> partyName = id -> model.parties().stream().filter(p -> p.id().equals(id))
                .map(messages::partyName).findFirst().orElse(id);
        Function<String, String> dealTitle = id -> model.registerDeals().stream().filter(d -> d.id().equals(id))
                .map(messages::dealTitle).findFirst().orElse(id);
        EntrySummaries summaries = new EntrySummaries(messages, partyName, dealTitle);
        DraftForms forms = new DraftForms(model, messages);

        DraftForms.Form role = forms.role((RoleDraft) shapes.roles.draft());
        DraftForms.Form link = forms.link((LinkDraft) shapes.links.draft());
        DraftForms.Form leg = forms.leg((LegDraft) shapes.legs.draft());
        DraftForms.Form option = forms.option((OptionDraft) shapes.options.draft());
        DraftForms.Form exit = forms.exitRight((ExitRightDraft) shapes.exitRights.draft());
        DraftForms.Form figure = forms.figure((FigureDraft) shapes.otherFigures.draft());
        getChildren().addAll(
                section("editor.shapes.roles", "rolesSection", shapes.roles,
                        new EntryListPane<>(shapes.roles, summaries::role, role.node(), role.first(), "roles", messages)),
                section("editor.shapes.links", "linksSection", shapes.links,
                        new EntryListPane<>(shapes.links, summaries::link, link.node(), link.first(), "links", messages)),
                section("editor.shapes.legs", "legsSection", shapes.legs,
                        new EntryListPane<>(shapes.legs, summaries::leg, leg.node(), leg.first(), "legs", messages)),
                section("editor.shapes.options", "optionsSection", shapes.options,
                        new EntryListPane<>(shapes.options, summaries::option, option.node(), option.first(), "options",
                                messages)),
                section("editor.shapes.exitRights", "exitRightsSection", shapes.exitRights,
                        new EntryListPane<>(shapes.exitRights, summaries::exitRight, exit.node(), exit.first(), "exitRights",
                                messages)),
                section("editor.shapes.otherFigures", "otherFiguresSection", shapes.otherFigures,
                        new EntryListPane<>(shapes.otherFigures, summaries::figure, figure.node(), figure.first(),
                                "otherFigures", messages)),
                new CapacityFigurePane(model, messages, revisionBindings));
    }

    private TitledPane section(String titleKey, String id, EntryListModel<?> list, EntryListPane<?> pane) {
        EditorField field = list.field();
        VBox content = new VBox(4, pane, errorOf(field));
        content.disableProperty().bind(model.scope().readOnlyProperty());
        TitledPane section = new TitledPane();
        section.setId(id);
        section.setContent(content);
        section.textProperty().bind(Bindings.createStringBinding(() -> messages.format(titleKey, list.countProperty().get()),
                list.countProperty()));
        // "الأدوار (0)": the count and its brackets in runs among the Arabic words (see AmountLabels).
        AmountLabels.install(section);
        section.setAnimated(false);
        AmountLabels.install(section);
        section.setExpanded(false);
        // Opened for what it holds when another deal or revision is shown, and for a problem it has; never
        // closed under the user's hands.
        List<ObservableValue<?>> shown = List.of(model.loadedProperty(), model.selectedRevisionProperty());
        shown.forEach(value -> value.addListener((obs, old, now) -> section.setExpanded(!list.items().isEmpty()
                || model.errors().containsKey(field))));
        model.errors().addListener((MapChangeListener<EditorField, String>) change -> {
            if (change.getKey() == field && change.wasAdded()) {
                section.setExpanded(true);
            }
        });
        return section;
    }

    /** The problems the validator finds with a list, under it. */
    Label errorOf(EditorField field) {
        Label error = new Label();
        error.setId("error-" + field.name());
        error.getStyleClass().add("field-error");
        WrappedText.install(error);
        Runnable show = () -> {
            String message = model.errors().get(field);
            boolean has = message != null && !message.isEmpty();
            error.setText(has ? message : "");
            error.setVisible(has);
            error.setManaged(has);
        };
        model.errors().addListener((MapChangeListener<EditorField, String>) change -> show.run());
        show.run();
        return error;
    }
}
