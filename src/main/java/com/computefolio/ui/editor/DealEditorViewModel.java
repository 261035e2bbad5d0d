package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ValueBasis;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.service.DealFilter;
import com.computefolio.service.PortfolioService;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.LinkOpener;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import com.computefolio.ui.common.UndoManager;
import com.computefolio.ui.editor.history.HistoryViewModel;
import com.computefolio.ui.state.WorkspaceModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The deal inspector and editor: loads a deal into a {@link DealForm}, checks it as the user types
 * (reading errors first, then the domain's validator), shows each problem beside its
 * field, refuses Save with the reason until the deal is valid, saves in the background, and keeps
 * every field edit undoable.
 */
public final class DealEditorViewModel {
    private final WorkspaceModel workspace;
    private final DialogService dialogs;
    private final SavedChanges savedChanges;
    private final LinkOpener links;
    private final Messages messages;
    private final Clock clock;
    private final DealFormChecker checker;
    private final DealStorage storage;
    private final DealStorage.Outcome outcome = new StorageOutcome();
    private final DealForm form = new DealForm();
    private final ObjectProperty<RevisionForm> selectedRevision = new SimpleObjectProperty<>();
    private final FormEdits edits;
    private final UndoManager undo;
    private final ProblemDisplay display;
    private final DealShapes shapes;
    private final RevisionSources sources;
    private final FilterFollower follower;
    private final ReadOnlyObjectWrapper<Deal> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper();
    private final InspectorScope scope = new InspectorScope(isNew.getReadOnlyProperty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSave;
    private List<Object> baseline;
    /** The form as it was first shown, to tell whether a new deal was touched at all. */
    private List<Object> started;
    /** The stored deal shown before a new deal was started, shown again when the new one is cancelled. */
    private Deal beforeNew;
    /** The buyer of the deal saved last, for the next new deal when the filter names none. */
    /** The buyer of the deal saved last: the next new deal's default; seeded from the preferences (LastBuyerMemory). */
    private final javafx.beans.property.StringProperty lastBuyer = new javafx.beans.property.SimpleStringProperty();
    private Runnable backToToday = () -> { };
    private List<FieldProblem> allProblems = List.of();
    private Deal built;
    private boolean loading;
    /** The audit trail of the deal shown (the History section). */
    private final HistoryViewModel history;
    /** Whether the deal being edited was changed underneath (the stale banner). */
    private final StaleDeal stale;
    /** The optional reason typed beside Save, kept with the save in the audit trail. */
    private final StringProperty saveReason = new SimpleStringProperty("");

    public DealEditorViewModel(WorkspaceModel workspace, PortfolioService service, TaskExecutor executor, DialogService dialogs,
                               SavedChanges savedChanges, LinkOpener links, Messages messages, Clock clock) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.savedChanges = savedChanges;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
        this.checker = new DealFormChecker(messages);
        this.storage = new DealStorage(service, executor, dialogs, messages);
        this.edits = new FormEdits(form, messages, () -> loading, this::reveal);
        this.undo = edits.undo();
        this.display = new ProblemDisplay(messages);
        this.shapes = new DealShapes(form, selectedRevision, edits, messages);
        this.follower = new FilterFollower(scope, messages, new FollowedEditor());
        this.sources = new RevisionSources(form, selectedRevision, edits, workspace, dialogs, links, messages);
        canSave = Bindings.createBooleanBinding(() -> loaded.get() != null && valid.get() && dirty.get() && !saving.get()
                        && !scope.isReadOnly(), loaded, valid, dirty, saving, scope.readOnlyProperty());
        for (EditorField field : EditorField.values()) {
            if (!field.ofRevision() && !field.isList()) {
                edits.watch(form.property(field), field, null, this::changed);
            }
        }
        form.links.addListener((Observable o) -> changed());
        form.roles.addListener((Observable o) -> changed());
        form.revisions.addListener((ListChangeListener<RevisionForm>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watchRevision);
            }
            if (!form.revisions.contains(selectedRevision.get())) {
                selectedRevision.set(form.revisions.isEmpty() ? null : form.revisions.get(form.revisions.size() - 1));
            }
            changed();
        });
        selectedRevision.addListener((obs, old, now) -> showErrors());
        workspace.portfolioProperty().addListener((obs, old, portfolio) -> followStoredDeal(portfolio));
        history = new HistoryViewModel(service, executor, messages);
        loaded.addListener((obs, old, deal) -> history.show(deal, isNew.get()));
        isNew.addListener((obs, was, unsaved) -> history.show(loaded.get(), unsaved));
        stale = new StaleDeal(workspace, loaded.getReadOnlyProperty(), isNew.getReadOnlyProperty(),
                dirty.getReadOnlyProperty(), deal -> load(deal, null), this::clear);
    }

    // ---- loading ---------------------------------------------------------------------------------

    /** Shows a stored deal, with the revision in force on {@code asOf} (the latest when null) selected. */
    public void load(Deal deal, LocalDate asOf) {
        show(deal, false);
        selectRevisionKnownOn(deal, asOf);
    }

    private void selectRevisionKnownOn(Deal deal, LocalDate asOf) {
        Optional<Revision> known = deal.asOf(asOf);
        int index = known.map(deal.revisions()::indexOf).orElse(deal.revisions().size() - 1);
        if (index >= 0 && index < form.revisions.size()) {
            selectedRevision.set(form.revisions.get(index));
        }
    }

    /**
     * Keeps the inspector to what the table shows: called with the filter and the ids of the deals
     * it leaves visible whenever either changes (see {@link FilterFollower}).
     *
     * @param visibleIds  whether the table shows the deal with this id
     * @param selectedIds the deals selected in the table (an emptied deal returns only if still selected)
     */
    public void follow(DealFilter filter, Predicate<String> visibleIds, Set<String> selectedIds) {
        follower.follow(filter, visibleIds, selectedIds);
    }

    /** Where "Back to today" goes: the filter bar clears its "as known on" date. */
    public void onBackToToday(Runnable action) {
        backToToday = action;
    }

    /** Leaves the past: the register as known today, editable again. */
    public void backToToday() {
        backToToday.run();
    }

    /** Shows nothing (no deal selected). */
    public void clear() {
        loading = true;
        try {
            loaded.set(null);
            isNew.set(false);
            form.revisions.clear();
            selectedRevision.set(null);
        } finally {
            loading = false;
        }
        edits.reset();
        shapes.cancelDrafts();
        baseline = null;
        built = null;
        allProblems = List.of();
        dirty.set(false);
        valid.set(false);
        display.clear();
        scope.forget();
    }

    private void show(Deal deal, boolean unsaved) {
        Deal before = loaded.get();
        if (before == null || !before.id().equals(deal.id())) {
            scope.anotherDealShown();
        }
        loading = true;
        try {
            form.load(deal);
            loaded.set(deal);
            isNew.set(unsaved);
            selectedRevision.set(form.revisions.get(form.revisions.size() - 1));
        } finally {
            loading = false;
        }
        edits.reset();
        shapes.cancelDrafts();
        baseline = unsaved ? null : form.fingerprint();
        started = form.fingerprint();
        changed();
    }

    /** Whether the user changed anything since the deal was shown (for a new deal: since it was started). */
    private boolean edited() {
        return isNew.get() ? started != null && !started.equals(form.fingerprint()) : dirty.get();
    }

    /**
     * Whether the user may leave the deal now shown: true when nothing is unsaved, else the user is
     * asked to discard the changes.
     */
    public boolean mayLeave() {
        if (!edited()) {
            return true;
        }
        return dialogs.confirm(messages.get("editor.discard.title"),
                messages.format("editor.discard.message", shownTitle()));
    }

    /** After a save, undo or reload elsewhere: show the stored deal unless the user is editing it. */
    private void followStoredDeal(Portfolio portfolio) {
        Deal shown = loaded.get();
        if (shown == null || isNew.get() || dirty.get() || saving.get()) {
            return;
        }
        Optional<Deal> stored = portfolio.deal(shown.id());
        if (stored.isEmpty()) {
            clear();
        } else if (stored.get().version() != shown.version() || !stored.get().equals(shown)) {
            RevisionForm selected = selectedRevision.get();
            int index = selected == null ? -1 : form.revisions.indexOf(selected);
            show(stored.get(), false);
            if (index >= 0 && index < form.revisions.size()) {
                selectedRevision.set(form.revisions.get(index));
            }
        }
    }

    // ---- change tracking and validation ------------------------------------------------------------

    private void watchRevision(RevisionForm revision) {
        // Typing an amount into an undisclosed value means the value is now disclosed: the basis
        // becomes a total over the term, which the user sees and can change, instead of an error.
        // Registered before the undo listeners, so one Undo takes the amount back and the next the basis.
        revision.amount.addListener((obs, before, after) -> {
            if (!loading && isBlank(before) && !isBlank(after) && revision.basis.get() == ValueBasis.UNDISCLOSED) {
                revision.basis.set(ValueBasis.TOTAL_OVER_TERM);
            }
        });
        for (EditorField field : EditorField.values()) {
            if (field.ofRevision() && !field.isList()) {
                edits.watch(revision.property(field), field, revision, this::changed);
            }
        }
        revision.lists().forEach(list -> list.addListener((Observable o) -> changed()));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private void reveal(RevisionForm revision) {
        if (revision != null && form.revisions.contains(revision)) {
            selectedRevision.set(revision);
        }
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(loaded.get() != null && (baseline == null || !baseline.equals(form.fingerprint())));
        revalidate();
    }

    private void revalidate() {
        if (loaded.get() == null) {
            return;
        }
        DealFormChecker.Checked checked = checker.check(form, workspace.portfolio(), isNew.get());
        built = checked.deal();
        allProblems = checked.problems();
        valid.set(checked.valid());
        showErrors();
    }

    /** Puts each problem next to its field when the field is on screen, else in the list under the form. */
    private void showErrors() {
        display.show(allProblems, selectedRevision.get(), isNew.get() ? edits.touched() : null);
    }

    /** The buyer of the deal saved last, which the next new deal starts with (kept across sessions by the window). */
    public javafx.beans.property.StringProperty lastBuyerProperty() {
        return lastBuyer;
    }

    // ---- commands --------------------------------------------------------------------------------

    /**
     * Starts a new deal: no counterparty (the user must say), the buyer the filter names, else the
     * one of the deal saved last, else of the deal shown, and an undisclosed value until an amount is typed.
     */
    public void newDeal() {
        if (mayLeave()) {
            rememberBeforeNew();
            String buyer = NewDeals.suggestedBuyer(workspace.portfolio(), workspace.filter(),
                    lastBuyer.get() != null ? lastBuyer.get() : beforeNew == null ? null : beforeNew.buyerId());
            show(NewDeals.blank(workspace.portfolio(), messages.get("editor.newDeal.title"), buyer, LocalDate.now(clock)), true);
        }
    }

    /**
     * Opens a deal made elsewhere (an article's review, issue 19) as an unsaved edit, so Save validates, versions and
     * records it for Undo like any edit. A new deal gets an id no other deal has; a revised one is shown as stored and
     * then changed to {@code proposed} (Revert takes the change back). False when the user kept the edit under way.
     *
     * @param revised true when {@code proposed} is a deal of the register with changes, false for a new deal
     */
    public boolean openProposed(Deal proposed, boolean revised) {
        if (!mayLeave()) {
            return false;
        }
        Optional<Deal> stored = workspace.portfolio().deal(proposed.id());
        if (!revised || stored.isEmpty()) {
            rememberBeforeNew();
            show(NewDeals.underFreeId(workspace.portfolio(), proposed), true);
            return true;
        }
        show(stored.get(), false);
        loading = true;
        try {
            form.load(proposed);
            selectedRevision.set(form.revisions.get(form.revisions.size() - 1));
        } finally {
            loading = false;
        }
        edits.reset();
        changed();
        return true;
    }

    /** A copy of the deal shown, under a new id, not yet saved. */
    public void duplicate() {
        Deal source = built != null ? built : loaded.get();
        if (source != null && mayLeave()) {
            rememberBeforeNew();
            show(NewDeals.duplicate(workspace.portfolio(), source, messages.format("editor.duplicate.title", source.title())), true);
        }
    }

    private void rememberBeforeNew() {
        if (!isNew.get()) {
            beforeNew = loaded.get();
        }
    }

    /**
     * Escape or Cancel on a new deal: drops the draft, after asking if the user typed anything, and
     * shows again the deal shown before it (if it still exists). Does nothing for a stored deal.
     */
    public void cancelNew() {
        if (!isNew.get() || !mayLeave()) {
            return;
        }
        Deal previous = beforeNew;
        beforeNew = null;
        clear();
        if (previous != null) {
            workspace.portfolio().deal(previous.id()).ifPresent(deal -> load(deal, scope.asOfProperty().get()));
        }
    }

    /** Puts the form back as it was loaded. */
    public void revert() {
        Deal deal = loaded.get();
        if (deal != null) {
            show(deal, isNew.get());
        }
    }

    /** Starts a new revision as a copy of the selected one, known from today (or the day after the latest). */
    public void addRevision() {
        appendRevision(nextKnownFrom());
    }

    /**
     * Viewing the past, the one way to edit it: a new revision known from the as-of date (the user
     * may change the date), a copy of the revision then in force. The form becomes editable.
     */
    public void addDatedRevision() {
        LocalDate asOf = scope.asOfProperty().get();
        if (asOf == null || loaded.get() == null) {
            return;
        }
        scope.startDatedRevision();
        appendRevision(asOf);
    }

    private void appendRevision(LocalDate knownFrom) {
        RevisionForm from = selectedRevision.get();
        if (from == null) {
            return;
        }
        RevisionForm next = from.copy();
        next.knownFrom.set(knownFrom.toString());
        next.change.set("");
        List<RevisionForm> before = List.copyOf(form.revisions);
        form.revisions.add(next);
        selectedRevision.set(next);
        undo.record(new ListEdit<>(form.revisions, before, List.copyOf(form.revisions),
                messages.get("undo.addRevision"), () -> { }));
    }

    private LocalDate nextKnownFrom() {
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = null;
        for (RevisionForm revision : form.revisions) {
            try {
                LocalDate date = LocalDate.parse(revision.knownFrom.get().trim());
                latest = latest == null || date.isAfter(latest) ? date : latest;
            } catch (java.time.format.DateTimeParseException e) {
                // a half-typed date does not count
            }
        }
        return latest != null && !today.isAfter(latest) ? latest.plusDays(1) : today;
    }

    /** Saves the deal in the background; a conflict with someone else's save asks the user what to do. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        storage.save(isNew.get() ? null : loaded.get(), built, AuditNote.because(saveReason.get()), outcome);
    }

    /** Deletes the deal shown after the user confirms; an unsaved new deal is just dropped. */
    public void delete() {
        Deal deal = loaded.get();
        if (deal == null) {
            return;
        }
        if (isNew.get()) {
            clear();
            return;
        }
        if (dialogs.confirm(messages.get("editor.delete.title"), messages.format("editor.delete.message", messages.dealTitle(deal)))) {
            saving.set(true);
            storage.delete(deal, AuditNote.because(saveReason.get()), outcome);
        }
    }

    /** What the filter follower may see and do of the editor. */
    private final class FollowedEditor implements FilterFollower.Editor {
        @Override
        public Deal shown() {
            return loaded.get();
        }

        @Override
        public boolean isNew() {
            return isNew.get();
        }

        @Override
        public boolean isDirty() {
            return dirty.get();
        }

        @Override
        public Optional<Deal> stored(String id) {
            return workspace.portfolio().deal(id);
        }

        @Override
        public void load(Deal deal, LocalDate asOf) {
            DealEditorViewModel.this.load(deal, asOf);
        }

        @Override
        public void selectRevisionKnownOn(Deal deal, LocalDate asOf) {
            DealEditorViewModel.this.selectRevisionKnownOn(deal, asOf);
        }

        @Override
        public void clear() {
            DealEditorViewModel.this.clear();
        }
    }

    /** Where the editor and the workspace learn what a save or delete did. */
    private final class StorageOutcome implements DealStorage.Outcome {
        @Override
        public void saved(Deal before, Deal saved) {
            saving.set(false);
            saveReason.set("");
            lastBuyer.set(saved.buyerId());
            beforeNew = null;
            show(saved, false);
            workspace.replaceDeal(saved);
            savedChanges.saved(before, saved);
            if (!workspace.selectedDealIds().contains(saved.id())) {
                workspace.selectedDealIds().clear();
                workspace.selectedDealIds().add(saved.id());
            }
        }

        @Override
        public void reloaded(Optional<Deal> stored) {
            saving.set(false);
            stored.ifPresentOrElse(deal -> {
                workspace.replaceDeal(deal);
                load(deal, null);
            }, DealEditorViewModel.this::clear);
        }

        @Override
        public void deleted(Deal deleted) {
            saving.set(false);
            clear();
            workspace.removeDeal(deleted.id());
            savedChanges.deleted(deleted);
        }

        @Override
        public void unchanged() {
            saving.set(false);
        }
    }

    // ---- what the view binds -------------------------------------------------------------------------

    public DealForm form() {
        return form;
    }

    /**
     * The inspector's heading: the loaded deal's title in the window's language while its title field is
     * as stored (ADR 34), else what is typed there, so an edit shows as it is made.
     */
    public StringBinding heading() {
        return Bindings.createStringBinding(this::shownTitle, form.title, loaded);
    }

    /** The deal as the window names it to the user: its title in the window's language unless an edit retitled it. */
    private String shownTitle() {
        Deal deal = loaded.get();
        String typed = form.title.get();
        return deal != null && deal.title().equals(typed) ? messages.dealTitle(deal) : typed;
    }

    public HistoryViewModel history() {
        return history;
    }

    public StaleDeal stale() {
        return stale;
    }

    /** The optional reason beside Save (also used by Delete); cleared once a save succeeds. */
    public StringProperty saveReasonProperty() {
        return saveReason;
    }

    public ObjectProperty<RevisionForm> selectedRevisionProperty() {
        return selectedRevision;
    }

    /** The deal as loaded (or as started, for a new one); null when nothing is shown. */
    public ReadOnlyObjectProperty<Deal> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** What the table lets the inspector show: the past as read only, hidden deals with a notice. */
    public InspectorScope scope() {
        return scope;
    }

    public ReadOnlyBooleanProperty newDealProperty() {
        return isNew.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Why Save is refused ("Value: The amount is negative."), or empty when the deal is valid. */
    public ReadOnlyStringProperty saveBlockedReasonProperty() {
        return display.saveBlockedReasonProperty();
    }

    /** Problems of the fields on screen, by field. */
    public ObservableMap<EditorField, String> errors() {
        return display.errors();
    }

    /** Problems that belong to no field on screen (another revision, links, schedule legs). */
    public ObservableList<String> otherProblems() {
        return display.otherProblems();
    }

    /** Undo and redo of field edits not yet saved. */
    public UndoManager undoManager() {
        return undo;
    }

    public List<Party> parties() {
        return workspace.portfolio().parties();
    }

    /** The register's deals, which a link can point to. */
    public List<Deal> registerDeals() {
        return workspace.portfolio().deals();
    }

    /** The sources of the selected revision: adding, editing, removing and opening them. */
    public RevisionSources sources() {
        return sources;
    }

    /** The editable lists of the deal and of its selected revision. */
    DealShapes shapes() {
        return shapes;
    }

    /** Gives a list of the form a new content as one undoable edit (the capacity's sources, picked one by one). */
    <E> void replaceList(EditorField field, ObservableList<E> list, List<E> after) {
        edits.replace(field, list, after);
    }

    /** The deal the form describes now, or null while some field cannot be read. */
    public Deal builtDeal() {
        return built;
    }
}
