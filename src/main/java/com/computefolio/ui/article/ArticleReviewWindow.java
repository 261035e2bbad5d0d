package com.computefolio.ui.article;

import com.computefolio.service.article.Proposal;
import com.computefolio.ui.common.AmountLabels;
import com.computefolio.ui.common.DatePickers;
import com.computefolio.ui.common.Directions;
import com.computefolio.ui.common.WrappedText;
import com.computefolio.ui.common.TextMenus;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TypedDirection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File > New from Article: a window of its own beside the main one (its file chooser and errors through the dialog
 * service). Above, where the article came from; on one side the article (pasted or opened, then read only with the
 * selected field's sentence marked), on the other the proposals field by field; Accept and Reject below. Only binds:
 * {@link ArticleReviewViewModel} holds the state.
 */
public final class ArticleReviewWindow {
    /** A link's own padding and border, which its text does not get of the box's width. */
    private static final double REMARK_INSETS = 16;
    private final ArticleReviewViewModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final ArticleTextView article = new ArticleTextView();

    public ArticleReviewWindow(ArticleReviewViewModel model, Messages messages, Window owner, List<String> stylesheets) {
        this.model = model;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("article.window.title"));
        BorderPane root = new BorderPane();
        root.setId("articleReview");
        root.setPadding(new Insets(10));
        root.setTop(sourceForm());
        SplitPane split = new SplitPane(articleSide(), reviewSide());
        split.setDividerPositions(0.52);
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));
        root.setCenter(split);
        root.setBottom(buttons());
        if (owner != null && owner.getScene() != null) {
            // The main window's theme (light or dark), which its style sheet keys on.
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(root.getStyleClass()::add);
        }
        Scene scene = new Scene(root, 1000, 680);
        scene.getStylesheets().addAll(stylesheets);
        // Mirrored in Arabic as the main window is (ADR 0030); the article itself reads its own way.
        scene.setNodeOrientation(Directions.of(messages.texts()));
        stage.setScene(scene);
        TextMenus.install(scene, messages);
        stage.setMinWidth(640);
        stage.setMinHeight(460);
        model.closedProperty().addListener((obs, was, now) -> {
            if (now) {
                stage.close();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Node sourceForm() {
        TextField url = Directions.leftToRight(field("articleUrl", model.urlProperty()));
        url.setPromptText("https://");
        TextField publisher = TypedDirection.follow(field("articlePublisher", model.publisherProperty()));
        TextField title = TypedDirection.follow(field("articleTitle", model.titleProperty()));
        DatePicker published = DatePickers.iso(new DatePicker());
        published.setId("articlePublished");
        published.setPromptText(messages.get("article.published.prompt"));
        published.setConverter(isoDates());
        Directions.leftToRight(published);
        published.valueProperty().bindBidirectional(model.publishedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, wide, labels, new ColumnConstraints());
        addPair(grid, 0, 0, "article.url", url);
        addPair(grid, 2, 0, "article.published", published);
        addPair(grid, 0, 1, "article.title", title);
        addPair(grid, 2, 1, "article.publisher", publisher);
        // Where the article came from is fixed once it has been read: its source is made from it.
        for (Node node : List.of(url, publisher, title, published)) {
            node.disableProperty().bind(model.proposalSetProperty().isNotNull());
        }
        return grid;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void addPair(GridPane grid, int column, int row, String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        grid.add(label, column, row);
        grid.add(control, column + 1, row);
    }

    private Node articleSide() {
        TextArea input = new TextArea();
        input.setId("articleInput");
        input.setWrapText(true);
        input.setPromptText(messages.get("article.text.prompt"));
        input.textProperty().bindBidirectional(model.textProperty());
        input.nodeOrientationProperty().bind(javafx.beans.binding.Bindings.when(model.articleRightToLeftProperty())
                .then(NodeOrientation.RIGHT_TO_LEFT).otherwise(NodeOrientation.LEFT_TO_RIGHT));
        // JavaFX's wrapping draws Arabic lines shifted off the edge (see ParagraphLines); an editable box cannot be
        // broken by us, so Arabic text scrolls sideways here and is wrapped properly once proposed.
        input.wrapTextProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !Directions.hasRightToLeft(input.getText()), input.textProperty()));
        StackPane texts = new StackPane(input, article.node());
        VBox.setVgrow(texts, Priority.ALWAYS);
        input.visibleProperty().bind(model.proposalSetProperty().isNull());
        article.node().visibleProperty().bind(model.proposalSetProperty().isNotNull());
        model.proposalSetProperty().addListener((obs, old, set) -> {
            if (set != null) {
                article.show(set.article().text(), model.articleRightToLeftProperty().get());
            }
        });
        model.highlightProperty().addListener((obs, old, now) -> article.mark(now));

        Button open = new Button(messages.get("article.file.open"));
        open.setId("articleOpenFile");
        open.setOnAction(e -> model.openFile());
        open.disableProperty().bind(model.busyProperty().or(model.proposalSetProperty().isNotNull()));
        Button propose = new Button(messages.get("article.propose"));
        propose.setId("articlePropose");
        propose.setDefaultButton(true);
        propose.setOnAction(e -> model.propose());
        propose.disableProperty().bind(model.canProposeProperty().not());
        Label heading = new Label(messages.get("article.text.label"));
        heading.setLabelFor(input);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, open, propose);
        VBox side = new VBox(6, bar, texts);
        side.setPadding(new Insets(0, 6, 0, 0));
        return side;
    }

    private Node reviewSide() {
        ComboBox<Proposal> proposals = new ComboBox<>(model.proposals());
        proposals.setId("articleProposals");
        proposals.setMaxWidth(Double.MAX_VALUE);
        proposals.valueProperty().bindBidirectional(model.selectedProposalProperty());
        proposals.setConverter(new StringConverter<>() {
            @Override
            public String toString(Proposal proposal) {
                return proposal == null ? "" : model.proposalLabel(proposal);
            }

            @Override
            public Proposal fromString(String text) {
                return null;
            }
        });
        WrappedText notice = new WrappedText();
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        Label confidence = new Label();
        confidence.setId("articleConfidence");
        confidence.textProperty().bind(model.confidenceProperty());
        WrappedText.install(confidence);
        confidence.setOnMouseClicked(e -> model.selectConfidence());

        ListView<ReviewedField> fields = new ListView<>(model.fields());
        fields.setId("articleFields");
        fields.setCellFactory(list -> new ReviewedFieldCell(messages));
        fields.setPrefHeight(250);
        fields.getSelectionModel().selectedItemProperty().addListener((obs, old, field) -> {
            if (field != null) {
                model.select(field);
            }
        });

        VBox mentions = remarks("articleMentions", model.mentions());
        VBox notUsed = remarks("articleNotUsed", model.notUsed());
        VBox lists = new VBox(6, heading("article.mentions.label", mentions), mentions, heading("article.notUsed.label", notUsed),
                notUsed);
        ScrollPane listed = new ScrollPane(lists);
        listed.setFitToWidth(true);
        listed.setPrefHeight(150);
        listed.setMinHeight(80);
        VBox side = new VBox(6, heading("article.proposals.label", proposals), proposals, notice,
                heading("article.confidence.label", confidence), confidence, fields, listed);
        VBox.setVgrow(fields, Priority.ALWAYS);
        side.setPadding(new Insets(0, 0, 0, 6));
        side.disableProperty().bind(model.proposalSetProperty().isNull());
        return side;
    }

    /** Each line a link that marks its sentence in the article, wrapped to the side's width. */
    private VBox remarks(String id, ObservableList<Remark> items) {
        VBox box = new VBox(2);
        box.setId(id);
        Runnable fill = () -> box.getChildren().setAll(items.stream().map(remark -> {
            Hyperlink link = new Hyperlink(remark.text());
            link.setMaxWidth(Double.MAX_VALUE);
            if (Directions.hasRightToLeft(remark.text())) {
                // Broken into lines here, as JavaFX's own wrapping draws Arabic off the edge (see ParagraphLines).
                link.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> WrappedText.broken(
                        remark.text(), link.getFont(), box.getWidth() - REMARK_INSETS), box.widthProperty(), link.fontProperty()));
            } else {
                link.setWrapText(true);
            }
            link.setNodeOrientation(Directions.ofText(remark.text()));
            // A quote mark or guillemet between Arabic words moves the word before it: each a run of its own.
            AmountLabels.install(link);
            link.setOnAction(e -> model.select(remark));
            return link;
        }).toList());
        items.addListener((ListChangeListener<Remark>) change -> fill.run());
        fill.run();
        return box;
    }

    private Label heading(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private Node buttons() {
        Button accept = new Button(messages.get("article.accept"));
        accept.setId("articleAccept");
        accept.setTooltip(new Tooltip(messages.get("article.accept.tooltip")));
        accept.disableProperty().bind(model.canAcceptProperty().not());
        accept.setOnAction(e -> model.accept());
        Button reject = new Button(messages.get("article.reject"));
        reject.setId("articleReject");
        reject.setCancelButton(true);
        reject.setOnAction(e -> model.reject());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(8, gap, reject, accept);
    }

    /** ISO dates; text that is not a date clears the field instead of throwing on the FX thread. */
    private static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
