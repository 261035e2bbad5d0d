package com.computefolio.ui.editor;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Portfolio;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whether the deal being edited was changed or deleted underneath (another window, process or user
 * saved it since it was opened), told before the user saves. Without unsaved edits the editor simply
 * shows the newer deal (it follows the workspace); with them, this offers Reload (the edits go) or
 * Keep mine, after which a save is refused by the version check and the usual conflict choice follows.
 */
public final class StaleDeal {

    private final ReadOnlyObjectProperty<Deal> loaded;
    private final ReadOnlyBooleanProperty unsavedNew;
    private final ReadOnlyBooleanProperty dirty;
    private final Consumer<Deal> show;
    private final Runnable clear;
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Deal> stored = new ReadOnlyObjectWrapper<>();
    /** The stored version the user chose to keep their edits over; a later change asks again. */
    private long keptOver = -1;

    /**
     * @param loaded     the deal the editor shows, as stored when it was opened
     * @param unsavedNew whether that is a new deal not yet saved
     * @param dirty      whether the editor holds unsaved edits
     * @param show       shows a stored deal in the editor (its edits go)
     * @param clear      empties the editor
     */
    StaleDeal(WorkspaceModel workspace, ReadOnlyObjectProperty<Deal> loaded, ReadOnlyBooleanProperty unsavedNew,
              ReadOnlyBooleanProperty dirty, Consumer<Deal> show, Runnable clear) {
        this.loaded = loaded;
        this.unsavedNew = unsavedNew;
        this.dirty = dirty;
        this.show = show;
        this.clear = clear;
        workspace.portfolioProperty().addListener((obs, old, portfolio) -> check(portfolio));
        loaded.addListener((obs, old, deal) -> check(workspace.portfolio()));
        dirty.addListener((obs, was, now) -> check(workspace.portfolio()));
    }

    private void check(Portfolio portfolio) {
        Deal shown = loaded.get();
        if (shown == null || unsavedNew.get() || !dirty.get()) {
            set(null, false);
            return;
        }
        Optional<Deal> now = portfolio.deal(shown.id());
        long storedVersion = now.map(Deal::version).orElse(-1L);
        boolean changed = storedVersion != shown.version() && storedVersion != keptOver;
        set(now.orElse(null), changed);
    }

    private void set(Deal newer, boolean isStale) {
        stored.set(newer);
        stale.set(isStale);
    }

    /** Shows the stored deal, dropping the unsaved edits (or empties the editor if it was deleted). */
    public void reload() {
        Deal newer = stored.get();
        keptOver = -1;
        stale.set(false);
        if (newer == null) {
            clear.run();
        } else {
            show.accept(newer);
        }
    }

    /** Keeps the edits; saving them will be refused as stale, and the conflict dialog offers overwrite. */
    public void keepMine() {
        Deal newer = stored.get();
        keptOver = newer == null ? -1 : newer.version();
        stale.set(false);
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The deal as stored now; null when it was deleted. */
    public ReadOnlyObjectProperty<Deal> storedProperty() {
        return stored.getReadOnlyProperty();
    }
}
