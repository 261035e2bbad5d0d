package com.computefolio.ui.editor;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.Directions;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TypedDirection;
import com.computefolio.ui.common.MixedListCell;
import com.computefolio.ui.editor.history.HistoryView;
import com.computefolio.ui.common.WrappedText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The inspector to the right of the table: every field of the deal and of the selected revision,
 * the revisions, the sources, and the problems that stand in the way of Save. Binds a
 * {@link DealEditorViewModel}; holds no state of its own.
 */
public final class DealEditorView extends StackPane {
    private final DealEditorViewModel model;
    private final Messages messages;
    private final FieldBindings revisionBindings = new FieldBindings();
    private final TextField titleField = Controls.text("dealTitle", null);

    public DealEditorView(DealEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("deal-editor");
        setMinWidth(340);

        InspectorScope scope = model.scope();
        Label empty = new Label();
        empty.setId("editorEmpty");
        empty.getStyleClass().add("text-muted");
        WrappedText.install(empty);
        // Empty because the filter hid the deal: say so, not "select a deal".
        empty.textProperty().bind(Bindings.when(scope.noticeProperty().isEmpty()).then(messages.get("editor.empty"))
                .otherwise(scope.noticeProperty()));

        BorderPane placeholder = new BorderPane(empty);
        placeholder.setPadding(new Insets(24));
        getChildren().add(placeholder);
        placeholder.visibleProperty().bind(model.loadedProperty().isNull());
        if (model.loadedProperty().get() != null) {
            form(scope);
        } else {
            model.loadedProperty().addListener(new ChangeListener<Deal>() {
                @Override
                public void changed(ObservableValue<? extends Deal> obs, Deal old, Deal now) {
                    if (now != null) {
                        model.loadedProperty().removeListener(this);
                        startAtTop(form(scope), now);
                    }
                }
            });
        }

        // Escape drops a new deal's draft (asking first if it was edited), as Cancel does.
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && model.newDealProperty().get()) {
                event.consume();
                model.cancelNew();
            }
        });
    }

    /**
     * The form of every field, made when the first deal is loaded: until then the inspector shows only its
     * placeholder, and building the form's hundreds of controls (and styling them) held up the window's first
     * frame with the deals (issue 18).
     */
    private ScrollPane form(InspectorScope scope) {
        // What the user may not edit while the past is shown (the revision list stays, to look at other revisions).
        FormGrid dealForm = dealForm();
        VBox revisionForm = revisionForm();
        VBox sources = sources();
        for (javafx.scene.Node editable : List.of(dealForm, revisionForm, sources)) {
            editable.disableProperty().bind(scope.readOnlyProperty());
        }
        // Each section is read-only in the past by itself, so that it can still be opened to look.
        ShapeSections shapes = new ShapeSections(model, messages, revisionBindings);
        VBox content = new VBox(10, header(), new PastBanner(model, messages), new StaleBanner(model.stale(), messages),
                hiddenNotice(), toolbar(), blockedReason(),
                section("editor.section.deal"), dealForm, section("editor.section.revisions"), revisionList(),
                section("editor.section.revision"), revisionForm, section("editor.section.sources"), sources,
                section("editor.section.shapes"), shapes, otherProblems(),
                new HistoryView(model.history(), messages));
        content.setPadding(new Insets(10, 14, 14, 14));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("editorScroll");

        // Tabbing through the form brings each field into view (the form may be made when the view is on screen already).
        if (getScene() != null) {
            getScene().focusOwnerProperty().addListener((o, was, now) -> scrollTo(scroll, content, now));
        }
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> scrollTo(scroll, content, now));
            }
        });

        getChildren().add(scroll);
        scroll.visibleProperty().bind(model.loadedProperty().isNotNull());

        model.selectedRevisionProperty().addListener((obs, old, now) -> revisionBindings.bindTo(now));
        revisionBindings.bindTo(model.selectedRevisionProperty().get());

        // Each deal starts at the top, where its title and Save are; a new deal waits for its title.
        model.loadedProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.id().equals(now.id()))) {
                startAtTop(scroll, now);
            }
        });
        return scroll;
    }

    /** Scrolls to the top for a deal just loaded; a new deal's title gets the focus once the editor says it is new. */
    private void startAtTop(ScrollPane scroll, Deal now) {
        scroll.setVvalue(0);
        // Later: the editor says it is a new deal only after it has loaded it.
        javafx.application.Platform.runLater(() -> {
            if (model.newDealProperty().get() && model.loadedProperty().get() == now) {
                scroll.setVvalue(0);
                titleField.requestFocus();
                titleField.selectAll();
            }
        });
    }

    private Label hiddenNotice() {
        Label notice = new Label();
        notice.setId("hiddenNotice");
        notice.getStyleClass().add("inspector-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(model.scope().noticeProperty());
        WrappedText.install(notice);
        notice.visibleProperty().bind(model.scope().draftHiddenProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private static void scrollTo(ScrollPane scroll, VBox content, javafx.scene.Node node) {
        if (node == null || !isInside(node, content)) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            scroll.setVvalue(Math.max(0, bounds.getMinY() - 24) / (contentHeight - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(contentHeight - viewport, bounds.getMaxY() + 40 - viewport) / (contentHeight - viewport));
        }
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private HBox header() {
        Label title = new Label();
        title.setId("editorTitle");
        title.getStyleClass().add("title-4");
        WrappedText.install(title);
        title.textProperty().bind(model.heading());
        // A title with brackets, a year or an amount among Arabic words is a paragraph of runs (WrappedText); it asks no
        // width of its own, so it takes what the state label leaves instead of widening the inspector to one line.
        title.setPrefWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label state = new Label();
        state.getStyleClass().add("editor-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.when(model.newDealProperty()).then(messages.get("editor.state.new"))
                .otherwise(Bindings.when(model.dirtyProperty()).then(messages.get("editor.state.unsaved")).otherwise("")));
        HBox header = new HBox(10, title, state);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private HBox toolbar() {
        Button save = new Button(messages.get("editor.save"));
        save.setId("saveDeal");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button(messages.get("editor.revert"));
        revert.setId("revertDeal");
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        revert.setOnAction(e -> model.revert());
        Button duplicate = new Button(messages.get("editor.duplicate"));
        duplicate.setOnAction(e -> model.duplicate());
        duplicate.disableProperty().bind(model.savingProperty());
        Button delete = new Button(messages.get("editor.delete"));
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> model.delete());
        delete.disableProperty().bind(model.savingProperty());
        Button cancel = new Button(messages.get("editor.cancelNew"));
        cancel.setId("cancelNewDeal");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> model.cancelNew());
        cancel.visibleProperty().bind(model.newDealProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        // A new deal is cancelled, not deleted; the past is not saved, reverted or deleted.
        delete.visibleProperty().bind(model.newDealProperty().not());
        delete.managedProperty().bind(delete.visibleProperty());
        HBox bar = new HBox(6, save, saveReason(), cancel, revert, duplicate, delete);
        bar.disableProperty().bind(model.scope().readOnlyProperty());
        bar.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        return bar;
    }

    /** The optional reason beside Save, kept in the audit trail: a small field, never a dialog on every save. */
    private TextField saveReason() {
        TextField reason = new TextField();
        reason.setId("saveReason");
        reason.setPromptText(messages.get("editor.saveReason.prompt"));
        reason.setPrefColumnCount(12);
        reason.textProperty().bindBidirectional(model.saveReasonProperty());
        TypedDirection.follow(reason);
        reason.visibleProperty().bind(model.dirtyProperty().or(model.newDealProperty()));
        reason.managedProperty().bind(reason.visibleProperty());
        return reason;
    }

    private Label blockedReason() {
        Label reason = new Label();
        reason.setId("saveBlockedReason");
        reason.getStyleClass().add("save-blocked");
        WrappedText.install(reason);
        reason.textProperty().bind(model.saveBlockedReasonProperty());
        reason.visibleProperty().bind(model.saveBlockedReasonProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        return reason;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("editor-section");
        AmountLabels.install(label);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private FormGrid dealForm() {
        FormGrid grid = new FormGrid(model.errors());
        DealForm form = model.form();
        TextField id = Directions.leftToRight(Controls.text("dealId", null));
        id.textProperty().bindBidirectional(form.id);
        id.editableProperty().bind(model.newDealProperty());
        id.setTooltip(new Tooltip(messages.get("editor.id.tooltip")));
        TextField title = titleField;
        title.textProperty().bindBidirectional(form.title);
        ComboBox<String> buyer = partyChoice("dealBuyer");
        buyer.valueProperty().bindBidirectional(form.buyer);
        ComboBox<String> counterparty = partyChoice("dealCounterparty");
        counterparty.valueProperty().bindBidirectional(form.counterparty);
        ComboBox<DealKind> kind = Controls.choice("dealKind", DealKind.values(), messages);
        kind.valueProperty().bindBidirectional(form.kind);
        ComboBox<MoneyDirection> direction = Controls.choice("dealDirection", MoneyDirection.values(), messages);
        direction.valueProperty().bindBidirectional(form.direction);
        TextField announced = Directions.leftToRight(Controls.text("dealAnnounced", messages.get("editor.date.prompt")));
        announced.textProperty().bindBidirectional(form.announced);
        TextField tags = Controls.text("dealTags", messages.get("editor.tags.prompt"));
        tags.textProperty().bindBidirectional(form.tags);
        TextArea notes = Controls.area("dealNotes", 2);
        notes.textProperty().bindBidirectional(form.notes);

        grid.row(messages.label(EditorField.ID), id, EditorField.ID);
        grid.row(messages.label(EditorField.TITLE), title, EditorField.TITLE);
        grid.row(messages.label(EditorField.BUYER), buyer, EditorField.BUYER);
        grid.row(messages.label(EditorField.COUNTERPARTY), counterparty, EditorField.COUNTERPARTY);
        grid.row(messages.label(EditorField.KIND), kind, EditorField.KIND);
        grid.row(messages.label(EditorField.DIRECTION), direction, EditorField.DIRECTION);
        grid.row(messages.label(EditorField.ANNOUNCED), announced, EditorField.ANNOUNCED);
        grid.row(messages.label(EditorField.TAGS), tags, EditorField.TAGS);
        grid.row(messages.label(EditorField.NOTES), notes, EditorField.NOTES);
        return grid;
    }

    private ComboBox<String> partyChoice(String id) {
        ComboBox<String> box = MixedListCell.install(new ComboBox<>());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            Map<String, String> names = model.parties().stream().collect(Collectors.toMap(Party::id, messages::partyName, (a, b) -> a));
            box.setConverter(Controls.converter(partyId -> names.getOrDefault(partyId, partyId)));
            String current = box.getValue();
            box.getItems().setAll(model.parties().stream()
                    .sorted(messages.partyOrder()).map(Party::id).toList());
            box.setValue(current);
        };
        model.loadedProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        return box;
    }

    private VBox revisionList() {
        ListView<RevisionForm> list = new ListView<>(model.form().revisions());
        list.setId("revisionList");
        list.setPrefHeight(4 * 26 + 4);
        list.setMinHeight(60);
        list.setCellFactory(v -> new RevisionCell(messages));
        model.selectedRevisionProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedRevisionProperty().set(now);
            }
        });
        model.form().revisions().addListener((ListChangeListener<RevisionForm>) c ->
                list.getSelectionModel().select(model.selectedRevisionProperty().get()));
        Button add = new Button(messages.get("editor.revisions.add"));
        add.setId("addRevision");
        add.setOnAction(e -> model.addRevision());
        add.disableProperty().bind(model.selectedRevisionProperty().isNull().or(model.scope().readOnlyProperty()));
        return new VBox(6, list, add);
    }

    private VBox revisionForm() {
        FormGrid grid = new FormGrid(model.errors());
        TextField knownFrom = Directions.leftToRight(Controls.text("revisionKnownFrom", messages.get("editor.date.prompt")));
        revisionBindings.add(knownFrom.textProperty(), r -> r.knownFrom);
        TextField change = Controls.text("revisionChange", messages.get("editor.change.prompt"));
        revisionBindings.add(change.textProperty(), r -> r.change);
        ComboBox<DealStatus> status = Controls.choice("revisionStatus", DealStatus.values(), messages);
        revisionBindings.add(status.valueProperty(), r -> r.status);
        ComboBox<ValueBasis> basis = Controls.choice("valueBasis", ValueBasis.values(), messages);
        revisionBindings.add(basis.valueProperty(), r -> r.basis);
        TextField amount = Directions.leftToRight(Controls.text("valueAmount", messages.get("editor.amount.prompt")));
        revisionBindings.add(amount.textProperty(), r -> r.amount);
        amount.setTooltip(new Tooltip(messages.get("editor.amount.tooltip")));
        TextField currency = Directions.leftToRight(Controls.text("valueCurrency", null));
        currency.setPrefColumnCount(4);
        currency.setMaxWidth(80);
        revisionBindings.add(currency.textProperty(), r -> r.currency);
        ComboBox<Confidence> confidence = Controls.choice("valueConfidence", Confidence.values(), messages);
        revisionBindings.add(confidence.valueProperty(), r -> r.confidence);
        // Labels with brackets among Arabic words: drawn in runs, as every mixed single-line label (AmountLabels).
        CheckBox unsourced = AmountLabels.install(new CheckBox(messages.label(EditorField.VALUE_UNSOURCED)));
        unsourced.setId("valueUnsourced");
        revisionBindings.add(unsourced.selectedProperty(), r -> r.valueUnsourced);
        TextField termStart = Directions.leftToRight(Controls.text("termStart", messages.get("editor.month.prompt")));
        revisionBindings.add(termStart.textProperty(), r -> r.termStart);
        TextField termMonths = Directions.leftToRight(Controls.text("termMonths", null));
        revisionBindings.add(termMonths.textProperty(), r -> r.termMonths);
        CheckBox assumed = AmountLabels.install(new CheckBox(messages.label(EditorField.TERM_ASSUMED)));
        assumed.setId("termAssumed");
        revisionBindings.add(assumed.selectedProperty(), r -> r.termAssumed);
        CheckBox openEnded = AmountLabels.install(new CheckBox(messages.label(EditorField.TERM_OPEN_ENDED)));
        openEnded.setId("termOpenEnded");
        revisionBindings.add(openEnded.selectedProperty(), r -> r.termOpenEnded);
        TextField notice = Directions.leftToRight(Controls.text("termNotice", null));
        revisionBindings.add(notice.textProperty(), r -> r.termNotice);
        TextField capacity = Directions.leftToRight(Controls.text("capacityGw", null));
        revisionBindings.add(capacity.textProperty(), r -> r.capacity);
        TextField hardware = Controls.text("hardware", null);
        revisionBindings.add(hardware.textProperty(), r -> r.hardware);
        TextArea notes = Controls.area("revisionNotes", 2);
        revisionBindings.add(notes.textProperty(), r -> r.notes);

        grid.row(messages.label(EditorField.KNOWN_FROM), knownFrom, EditorField.KNOWN_FROM);
        grid.row(messages.label(EditorField.CHANGE), change, EditorField.CHANGE);
        grid.row(messages.label(EditorField.STATUS), status, EditorField.STATUS);
        grid.row(messages.label(EditorField.BASIS), basis, EditorField.BASIS);
        grid.row(messages.label(EditorField.AMOUNT), amount, EditorField.AMOUNT);
        grid.row(messages.label(EditorField.CURRENCY), currency, EditorField.CURRENCY);
        grid.row(messages.label(EditorField.CONFIDENCE), confidence, EditorField.CONFIDENCE);
        grid.row("", unsourced, EditorField.VALUE_UNSOURCED);
        grid.row(messages.label(EditorField.TERM_START), termStart, EditorField.TERM_START);
        grid.row(messages.label(EditorField.TERM_MONTHS), termMonths, EditorField.TERM_MONTHS);
        grid.row("", assumed, null);
        grid.row("", openEnded, EditorField.TERM_OPEN_ENDED);
        grid.row(messages.label(EditorField.TERM_NOTICE), notice, EditorField.TERM_NOTICE);
        grid.row(messages.label(EditorField.CAPACITY), capacity, EditorField.CAPACITY);
        grid.row(messages.label(EditorField.HARDWARE), hardware, EditorField.HARDWARE);
        grid.row(messages.label(EditorField.REVISION_NOTES), notes, EditorField.REVISION_NOTES);
        return new VBox(grid);
    }

    private VBox sources() {
        FormGrid grid = new FormGrid(model.errors());
        grid.row(messages.label(EditorField.SOURCES), new SourcesPane(model, messages), EditorField.SOURCES);
        return new VBox(grid);
    }

    private VBox otherProblems() {
        Label heading = new Label(messages.get("editor.problems"));
        heading.getStyleClass().add("editor-section");
        VBox list = new VBox(2);
        list.setId("otherProblems");
        Function<String, Label> line = text -> {
            Label label = new Label("\u2022 " + text);
            label.getStyleClass().add("field-error");
            return WrappedText.install(label);
        };
        model.otherProblems().addListener((ListChangeListener<String>) c ->
                list.getChildren().setAll(model.otherProblems().stream().map(line).toList()));
        VBox box = new VBox(4, heading, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.otherProblems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
