package com.computefolio.ui.editor;

import com.computefolio.domain.SafeLinks;
import com.computefolio.domain.Source;
import com.computefolio.ui.common.DialogService;
import com.computefolio.ui.common.LinkOpener;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.state.WorkspaceModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;

/**
 * The sources of the selected revision: added (with an id no other source has), edited (a changed
 * source gets a new id, so that other deals citing the old one keep it), removed, and opened in the
 * browser when they are web addresses. Each change is one undoable edit.
 */
public final class RevisionSources {
    private final DealForm form;
    private final ObservableValue<RevisionForm> selectedRevision;
    private final FormEdits edits;
    private final WorkspaceModel workspace;
    private final DialogService dialogs;
    private final LinkOpener links;
    private final Messages messages;

    RevisionSources(DealForm form, ObservableValue<RevisionForm> selectedRevision, FormEdits edits, WorkspaceModel workspace,
                    DialogService dialogs, LinkOpener links, Messages messages) {
        this.form = form;
        this.selectedRevision = selectedRevision;
        this.edits = edits;
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.links = links;
        this.messages = messages;
    }

    /** Adds a source (its id is assigned here) to the selected revision, backing both it and its value. */
    public void addSource(Source draft) {
        RevisionForm revision = selectedRevision.getValue();
        if (revision == null) {
            return;
        }
        Source source = withId(draft, NewDeals.nextSourceId(workspace.portfolio(), form));
        edit(revision, list -> list.add(new SourceEntry(source, true, true)), "undo.addSource");
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
        RevisionForm revision = selectedRevision.getValue();
        if (revision == null || edited.equals(entry.source())) {
            return;
        }
        Source source = withId(edited, NewDeals.nextSourceId(workspace.portfolio(), form));
        edit(revision, list -> list.set(list.indexOf(entry), entry.withSource(source)), "undo.editSource");
    }

    public void removeSource(SourceEntry entry) {
        RevisionForm revision = selectedRevision.getValue();
        if (revision != null) {
            edit(revision, list -> list.remove(entry), "undo.removeSource");
        }
    }

    private void edit(RevisionForm revision, java.util.function.Consumer<List<SourceEntry>> edit, String undoKey) {
        List<SourceEntry> after = new ArrayList<>(revision.sources);
        edit.accept(after);
        edits.replace(EditorField.SOURCES, revision.sources, after, messages.get(undoKey));
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
}
