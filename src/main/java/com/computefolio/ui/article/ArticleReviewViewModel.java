package com.computefolio.ui.article;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.service.DefaultBuyer;
import com.computefolio.service.LocalNames;
import com.computefolio.service.article.Article;
import com.computefolio.service.article.ArticleFile;
import com.computefolio.service.article.InferredConfidence;
import com.computefolio.service.article.Mention;
import com.computefolio.service.article.Proposal;
import com.computefolio.service.article.ProposalReview;
import com.computefolio.service.article.ProposalSet;
import com.computefolio.service.article.ProposedField;
import com.computefolio.service.article.UnusedSentence;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.ParagraphDirection;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.state.WorkspaceModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File > New from Article (issue 19): the analyst gives an article, the proposer reads it off the FX thread, and the
 * review shows each proposal field by field beside the article, with the sentence of whatever is selected highlighted.
 * Accept puts the deal the ticked fields make into the inspector as an unsaved edit; nothing is written before Save.
 */
public final class ArticleReviewViewModel {
    private final WorkspaceModel workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final BiFunction<Article, Portfolio, ProposalSet> proposer;
    private final Supplier<String> lastBuyer;
    private final ProposedDealOpener opener;

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> published = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ProposalSet> proposalSet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<Proposal> selectedProposal = new SimpleObjectProperty<>();
    private final ObservableList<ReviewedField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper confidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<Remark> mentions = FXCollections.observableArrayList();
    private final ObservableList<Remark> notUsed = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final BooleanBinding canPropose;
    private final BooleanBinding canAccept;
    private final BooleanBinding articleRightToLeft;
    private ProposalReview review;

    /**
     * @param proposer  the engine ({@code new ArticleProposer()::propose}); run off the FX thread
     * @param lastBuyer the buyer of the deal saved last (the editor's memory), or null
     * @param opener    the inspector, which takes the accepted deal as an unsaved edit
     */
    public ArticleReviewViewModel(WorkspaceModel workspace, TaskExecutor executor, DialogService dialogs, Messages messages,
                                  Clock clock, BiFunction<Article, Portfolio, ProposalSet> proposer, Supplier<String> lastBuyer,
                                  ProposedDealOpener opener) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.proposer = proposer;
        this.lastBuyer = lastBuyer;
        this.opener = opener;
        canPropose = Bindings.createBooleanBinding(() -> !busy.get() && text.get() != null && !text.get().isBlank()
                && proposalSet.get() == null, busy, text, proposalSet);
        articleRightToLeft = Bindings.createBooleanBinding(() -> ParagraphDirection.rightToLeft(text.get()), text);
        selectedProposal.addListener((obs, old, proposal) -> showProposal(proposal));
        canAccept = Bindings.createBooleanBinding(this::acceptable, selectedProposal, fields);
    }

    // ---- the article ---------------------------------------------------------------------------

    /** Asks for a .txt file and reads it in the background; a file that is not UTF-8 text is refused with why. */
    public void openFile() {
        dialogs.openFile(DialogService.FileSpec.of(messages.get("article.file.title"),
                DialogService.FileType.of(messages.get("article.file.type"), "*.txt"))).ifPresent(this::load);
    }

    /** Reads the file off the FX thread into the article's text. */
    public void load(Path file) {
        busy.set(true);
        executor.execute(BackgroundTask.of(messages.get("article.task.read"), progress -> ArticleFile.read(file))
                .onSuccess(read -> {
                    busy.set(false);
                    text.set(read);
                })
                .onFailure(error -> {
                    busy.set(false);
                    dialogs.showError(messages.get("article.file.error.title"), why(file, error), List.of());
                }));
    }

    /** Why a file could not be read, in the window's language: the command line's reader and its reasons (one road). */
    private String why(Path file, Throwable error) {
        if (!(error instanceof ArticleFile.ArticleFileException refused)) {
            return messages.format("article.file.error.read", file, messages.failure(error));
        }
        return switch (refused.problem()) {
            case TOO_LARGE -> messages.format("article.file.error.tooLarge", file, ArticleFile.MAX_BYTES / 1024);
            case NOT_UTF8 -> messages.format("article.file.error.encoding", file, refused.line(), refused.offset() + 1);
            case EMPTY -> messages.format("article.file.error.empty", file);
            case MISSING, UNREADABLE -> messages.format("article.file.error.read", file,
                    messages.failure(refused.getCause() == null ? refused : refused.getCause()));
        };
    }

    /** Reads the article off the FX thread against the register as it is now. */
    public void propose() {
        if (!canPropose.get()) {
            return;
        }
        Article article = new Article(text.get(), blankToNull(url.get()), blankToNull(publisher.get()), published.get(),
                blankToNull(title.get()));
        Portfolio register = workspace.portfolio();
        busy.set(true);
        executor.execute(BackgroundTask.of(messages.get("article.task.propose"), progress -> proposer.apply(article, register))
                .onSuccess(this::show)
                .onFailure(error -> {
                    busy.set(false);
                    dialogs.showError(messages.get("article.propose.error.title"), messages.get("article.propose.error"),
                            List.of(messages.failure(error)));
                }));
    }

    /** Shows what the proposer made of the article (also how a test starts a review without the engine). */
    public void show(ProposalSet set) {
        busy.set(false);
        text.set(set.article().text());
        proposalSet.set(set);
        mentions.setAll(set.mentions().stream().map(m -> new Remark(mentionText(m), m.evidence())).toList());
        notUsed.setAll(set.notUsed().stream().map(this::notUsedRemark).toList());
        proposals.setAll(set.proposals());
        notice.set(set.proposals().isEmpty() ? messages.get("article.proposals.none") : "");
        selectedProposal.set(null);
        selectedProposal.set(proposals.isEmpty() ? null : proposals.get(0));
    }

    private String mentionText(Mention mention) {
        String quote = mention.evidence().quote();
        return mention.dealId().flatMap(id -> workspace.portfolio().deal(id))
                .map(deal -> messages.format("article.mention.matched", quote, messages.dealTitle(deal)))
                .orElseGet(() -> messages.format("article.mention.unmatched", quote));
    }

    private Remark notUsedRemark(UnusedSentence sentence) {
        return new Remark(messages.format("article.notUsed.item", sentence.what(), sentence.evidence().quote()),
                sentence.evidence());
    }

    // ---- the review ----------------------------------------------------------------------------

    private void showProposal(Proposal proposal) {
        highlight.set(null);
        if (proposal == null) {
            review = null;
            fields.clear();
            confidence.set("");
            return;
        }
        review = new ProposalReview(proposal, defaultBuyer(), LocalDate.now(clock));
        Revision revision = review.articleRevision();
        FieldValues values = new FieldValues(messages, LocalNames.of(workspace.portfolio(), messages.texts().locale()));
        Set<ProposedField> found = review.acceptedByDefault();
        String article = proposalSet.get().article().text();
        fields.setAll(proposal.fields().stream().map(field -> {
            var evidence = found.contains(field) ? proposal.found().get(field) : null;
            String value = evidence == null ? messages.get("article.field.missing") : values.value(field, proposal.proposed(), revision);
            String words = evidence == null ? "" : article.substring(evidence.matchStart(), evidence.matchEnd());
            ReviewedField row = new ReviewedField(field, values.name(field), value, words, evidence);
            row.acceptedProperty().addListener((obs, was, now) -> canAccept.invalidate());
            return row;
        }).toList());
        confidence.set(confidenceText(proposal.confidence()));
    }

    private String confidenceText(InferredConfidence inferred) {
        String level = messages.label(inferred.confidence());
        return inferred.evidence() == null ? messages.format("article.confidence.default", level)
                : messages.format("article.confidence.words", level, inferred.words());
    }

    /** How the chooser names a proposal: "New revision of OpenAI–AWS" or "New deal: ...". */
    public String proposalLabel(Proposal proposal) {
        return proposal.kind() == Proposal.Kind.NEW_REVISION
                ? messages.format("article.proposal.revision", messages.dealTitle(proposal.existing().orElseThrow()))
                : messages.format("article.proposal.newDeal", messages.dealTitle(proposal.proposed()));
    }

    /** Marks the sentence and the words a field was read from; a field the article does not state marks nothing. */
    public void select(ReviewedField field) {
        highlight.set(field == null || field.evidence() == null ? null : Highlight.of(field.evidence()));
    }

    /** Marks the sentence of a deal mentioned or of a sentence not used. */
    public void select(Remark remark) {
        highlight.set(remark == null ? null : Highlight.sentence(remark.evidence()));
    }

    /** Marks the words that decided the confidence, when there were any. */
    public void selectConfidence() {
        Proposal proposal = selectedProposal.get();
        highlight.set(proposal == null || proposal.confidence().evidence() == null ? null
                : Highlight.of(proposal.confidence().evidence()));
    }

    /** The fields ticked now. */
    public Set<ProposedField> accepted() {
        Set<ProposedField> accepted = EnumSet.noneOf(ProposedField.class);
        fields.stream().filter(ReviewedField::isAccepted).forEach(f -> accepted.add(f.field()));
        return accepted;
    }

    private boolean acceptable() {
        Proposal proposal = selectedProposal.get();
        if (proposal == null) {
            return false;
        }
        // A revision that takes nothing from the article would change nothing.
        return proposal.kind() == Proposal.Kind.NEW_DEAL || fields.stream().anyMatch(ReviewedField::isAccepted);
    }

    /** Puts the deal the ticked fields make into the inspector as an unsaved edit, and closes the review. */
    public void accept() {
        if (!canAccept.get()) {
            return;
        }
        Proposal proposal = selectedProposal.get();
        Deal deal = review.apply(accepted());
        if (opener.open(deal, proposal.kind() == Proposal.Kind.NEW_REVISION)) {
            closed.set(true);
        }
    }

    /** Closes the review; nothing was written and nothing is kept. */
    public void reject() {
        closed.set(true);
    }

    /** The buyer a new deal gets when its proposed buyer is rejected: the one saved last, else the register's default. */
    private String defaultBuyer() {
        Portfolio register = workspace.portfolio();
        String last = lastBuyer.get();
        if (last != null && register.partiesById().containsKey(last)) {
            return last;
        }
        return DefaultBuyer.of(register, workspace.filter()).orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- what the view binds -------------------------------------------------------------------

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public ObjectProperty<LocalDate> publishedProperty() {
        return published;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the proposer returned; null until Propose has run (the text is editable until then). */
    public ReadOnlyObjectProperty<ProposalSet> proposalSetProperty() {
        return proposalSet.getReadOnlyProperty();
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ObjectProperty<Proposal> selectedProposalProperty() {
        return selectedProposal;
    }

    public ObservableList<ReviewedField> fields() {
        return fields;
    }

    /** "Official: “announced”", or the default taken when no words decided. */
    public ReadOnlyStringProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    /** Said when the article proposes no deal at all. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<Remark> mentions() {
        return mentions;
    }

    public ObservableList<Remark> notUsed() {
        return notUsed;
    }

    /** What the article view marks now; null for nothing. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** True once the review is over (accepted into the inspector, or rejected): the view closes. */
    public BooleanProperty closedProperty() {
        return closed;
    }

    public BooleanBinding canProposeProperty() {
        return canPropose;
    }

    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }

    /** True when the article reads right to left (mostly Arabic), whatever the window's language. */
    public BooleanBinding articleRightToLeftProperty() {
        return articleRightToLeft;
    }
}
