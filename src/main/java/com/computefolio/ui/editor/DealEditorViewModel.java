package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.SafeLinks;
import com.computefolio.domain.Source;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final UndoManager undo = new UndoManager();

    private final DealForm form = new DealForm();
    private final ObjectProperty<RevisionForm> selectedRevision = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Deal> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper();
    private final InspectorScope scope = new InspectorScope(isNew.getReadOnlyProperty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveBlockedReason = new ReadOnlyStringWrapper("");
    private final ObservableMap<EditorField, String> errors = FXCollections.observableHashMap();
    private final ObservableList<String> otherProblems = FXCollections.observableArrayList();
    private final BooleanBinding canSave;
    private List<Object> baseline;
    /** The form as it was first shown, to tell whether a new deal was touched at all. */
    private List<Object> started;
    /** The stored deal shown before a new deal was started, shown again when the new one is cancelled. */
    private Deal beforeNew;
    /** The buyer of the deal saved last, for the next new deal when the filter names none. */
    private String lastBuyer;
    private Runnable backToToday = () -> { };
    /** The fields of a new deal the user has changed: only their problems are shown beside them. */
    private final java.util.Set<EditorField> touched = java.util.EnumSet.noneOf(EditorField.class);
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
        canSave = Bindings.createBooleanBinding(() -> loaded.get() != null && valid.get() && dirty.get() && !saving.get()
                        && !scope.isReadOnly(), loaded, valid, dirty, saving, scope.readOnlyProperty());
        for (EditorField field : EditorField.values()) {
            if (!field.ofRevision()) {
                watch(form.property(field), field, null);
            }
        }
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
     * it leaves visible whenever either changes. A hidden deal leaves the inspector, which says why;
     * with unsaved edits it stays, marked as hidden (see {@link InspectorScope} for why we do not ask).
     * A deal emptied this way comes back when the filter shows it again and nothing else was chosen.
     *
     * @param visibleIds  whether the table shows the deal with this id
     * @param selectedIds the deals selected in the table (an emptied deal returns only if still selected)
     */
    public void follow(DealFilter filter, Predicate<String> visibleIds, Set<String> selectedIds) {
        boolean asOfChanged = !java.util.Objects.equals(scope.asOfProperty().get(), filter.asOf());
        scope.setAsOf(filter.asOf());
        Deal shown = loaded.get();
        if (shown == null) {
            bringBackHidden(filter, visibleIds, selectedIds);
            return;
        }
        if (isNew.get()) {
            return; // a draft of a new deal is in no table yet
        }
        InspectorScope.Hidden why = InspectorScope.hidden(shown, filter, visibleIds);
        if (why == InspectorScope.Hidden.NO) {
            scope.visible();
            if (asOfChanged && !dirty.get()) {
                selectRevisionKnownOn(shown, filter.asOf());
            }
        } else if (dirty.get()) {
            scope.keptHidden(messages.format("editor.hidden.kept", hiddenReason(shown, why, filter)));
        } else {
            clear();
            scope.emptied(shown.id(), hiddenReason(shown, why, filter));
        }
    }

    private void bringBackHidden(DealFilter filter, Predicate<String> visibleIds, Set<String> selectedIds) {
        String id = scope.hiddenDealId();
        Optional<Deal> hidden = id == null ? Optional.empty() : workspace.portfolio().deal(id);
        if (hidden.isEmpty() || !(selectedIds.isEmpty() || selectedIds.equals(Set.of(id)))) {
            scope.forget();
            return;
        }
        InspectorScope.Hidden why = InspectorScope.hidden(hidden.get(), filter, visibleIds);
        if (why == InspectorScope.Hidden.NO) {
            load(hidden.get(), filter.asOf());
        } else {
            scope.emptied(id, hiddenReason(hidden.get(), why, filter));
        }
    }

    private String hiddenReason(Deal deal, InspectorScope.Hidden why, DealFilter filter) {
        return why == InspectorScope.Hidden.NOT_YET_KNOWN
                ? messages.format("editor.hidden.notYetKnown", deal.title(), filter.asOf().toString(),
                        deal.revisions().get(0).knownFrom().toString())
                : messages.format("editor.hidden.filtered", deal.title());
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
        undo.clear();
        baseline = null;
        built = null;
        allProblems = List.of();
        dirty.set(false);
        valid.set(false);
        errors.clear();
        otherProblems.clear();
        saveBlockedReason.set("");
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
        undo.clear();
        touched.clear();
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
                messages.format("editor.discard.message", form.title.get()));
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
            if (field.ofRevision() && field != EditorField.SOURCES) {
                watch(revision.property(field), field, revision);
            }
        }
        revision.sources.addListener((Observable o) -> changed());
    }

    private <T> void watch(Property<T> property, EditorField field, RevisionForm revision) {
        ChangeListener<T> listener = (obs, before, after) -> {
            if (!loading) {
                touched.add(field);
                undo.record(new FieldEdit<>(property, before, after,
                        messages.format("undo.editField", messages.label(field)), () -> reveal(revision)));
            }
            changed();
        };
        property.addListener(listener);
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
        RevisionForm selected = selectedRevision.get();
        errors.clear();
        List<String> others = new ArrayList<>();
        for (FieldProblem problem : allProblems) {
            boolean onScreen = problem.field() != null && (problem.revision() == null || problem.revision() == selected);
            // A blank new deal is not a list of mistakes: beside its fields only what the user typed is judged;
            // Save still says what is missing.
            boolean untouched = isNew.get() && problem.field() != null && !touched.contains(problem.field());
            if (onScreen && !untouched) {
                errors.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
            } else if (!onScreen) {
                others.add(problem.revision() == null ? problem.message()
                        : messages.format("editor.problem.inRevision", problem.revision().knownFrom.get(), problem.message()));
            }
        }
        otherProblems.setAll(others);
        saveBlockedReason.set(allProblems.isEmpty() ? "" : blockedReason(allProblems.get(0), allProblems.size()));
    }

    private String blockedReason(FieldProblem first, int count) {
        String where = first.field() == null ? messages.get("editor.problem.general") : messages.label(first.field());
        String reason = messages.format("editor.saveBlocked", where, first.message());
        return count > 1 ? messages.format("editor.saveBlocked.more", reason, count - 1) : reason;
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
                    lastBuyer != null ? lastBuyer : beforeNew == null ? null : beforeNew.buyerId());
            show(NewDeals.blank(workspace.portfolio(), messages.get("editor.newDeal.title"), buyer, LocalDate.now(clock)), true);
        }
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

    /** Adds a source (its id is assigned here) to the selected revision, backing both it and its value. */
    public void addSource(Source draft) {
        RevisionForm revision = selectedRevision.get();
        if (revision == null) {
            return;
        }
        Source source = withId(draft, NewDeals.nextSourceId(workspace.portfolio(), form));
        editSources(revision, list -> list.add(new SourceEntry(source, true, true)), "undo.addSource");
    }

    /** Asks the user for a new source and adds it as {@link #addSource} does; nothing happens if they cancel. */
    public void askForNewSource() {
        dialogs.editSource(null).ifPresent(this::addSource);
    }

    /** Asks the user to edit a source and replaces it as {@link #replaceSource} does; nothing happens if they cancel. */
    public void askToEditSource(SourceEntry entry) {
        dialogs.editSource(entry.source()).ifPresent(edited -> replaceSource(entry, edited));
    }

    /** Replaces a source; a changed source gets a new id, so other deals citing the old one keep it. */
    public void replaceSource(SourceEntry entry, Source edited) {
        RevisionForm revision = selectedRevision.get();
        if (revision == null || edited.equals(entry.source())) {
            return;
        }
        Source source = withId(edited, NewDeals.nextSourceId(workspace.portfolio(), form));
        editSources(revision, list -> list.set(list.indexOf(entry), entry.withSource(source)), "undo.editSource");
    }

    public void removeSource(SourceEntry entry) {
        RevisionForm revision = selectedRevision.get();
        if (revision != null) {
            editSources(revision, list -> list.remove(entry), "undo.removeSource");
        }
    }

    private void editSources(RevisionForm revision, java.util.function.Consumer<List<SourceEntry>> edit, String undoKey) {
        touched.add(EditorField.SOURCES);
        List<SourceEntry> before = List.copyOf(revision.sources);
        List<SourceEntry> after = new ArrayList<>(before);
        edit.accept(after);
        revision.sources.setAll(after);
        undo.record(new ListEdit<>(revision.sources, before, after, messages.get(undoKey), () -> reveal(revision)));
    }

    private static Source withId(Source source, String id) {
        return new Source(id, source.publisher(), source.title(), source.url(), source.published(), source.quote());
    }

    /** Opens a source's address in the browser; anything but http or https is refused with a message. */
    public void openLink(String url) {
        if (isWebAddress(url)) {
            links.open(url);
        } else {
            dialogs.showError(messages.get("editor.link.refused.title"), messages.format("editor.link.refused", url), List.of());
        }
    }

    static boolean isWebAddress(String url) {
        return SafeLinks.isOpenable(url);
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
        if (dialogs.confirm(messages.get("editor.delete.title"), messages.format("editor.delete.message", deal.title()))) {
            saving.set(true);
            storage.delete(deal, AuditNote.because(saveReason.get()), outcome);
        }
    }

    /** Where the editor and the workspace learn what a save or delete did. */
    private final class StorageOutcome implements DealStorage.Outcome {
        @Override
        public void saved(Deal before, Deal saved) {
            saving.set(false);
            saveReason.set("");
            lastBuyer = saved.buyerId();
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
        return saveBlockedReason.getReadOnlyProperty();
    }

    /** Problems of the fields on screen, by field. */
    public ObservableMap<EditorField, String> errors() {
        return errors;
    }

    /** Problems that belong to no field on screen (another revision, links, schedule legs). */
    public ObservableList<String> otherProblems() {
        return otherProblems;
    }

    /** Undo and redo of field edits not yet saved. */
    public UndoManager undoManager() {
        return undo;
    }

    public List<Party> parties() {
        return workspace.portfolio().parties();
    }

    /** The deal the form describes now, or null while some field cannot be read. */
    public Deal builtDeal() {
        return built;
    }
}
