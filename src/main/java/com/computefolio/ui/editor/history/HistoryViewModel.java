package com.computefolio.ui.editor.history;

import com.computefolio.domain.Deal;
import com.computefolio.domain.audit.AuditAction;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.FieldChange;
import com.computefolio.service.PortfolioService;
import com.computefolio.ui.common.BackgroundTask;
import com.computefolio.ui.common.Messages;
import com.computefolio.ui.common.TaskExecutor;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's History section: the audit trail of the deal shown, newest first, read in the
 * background whenever another deal or another version of it is shown (a save here, a change from
 * another window). Each entry is a heading (when, who, what, why) and its field changes as lines.
 */
public final class HistoryViewModel {

    /** Enough to read back through a deal's working life; older entries are on the command line (history ID --limit). */
    static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One entry as the view shows it. */
    public record Item(String heading, String reason, List<String> changes) {
        public Item {
            changes = List.copyOf(changes);
        }
    }

    private final PortfolioService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long request;

    public HistoryViewModel(PortfolioService service, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
    }

    /** Reads the trail of the deal shown now (null, or a new deal not yet saved: nothing to show). */
    public void show(Deal deal, boolean unsaved) {
        long mine = ++request;
        if (deal == null || unsaved) {
            items.clear();
            loading.set(false);
            return;
        }
        loading.set(true);
        executor.execute(BackgroundTask.of(messages.get("task.loading"), progress -> service.history(deal.id(), SHOWN))
                .onSuccess(entries -> {
                    // The newest request wins: a quick change of deal must not show the previous deal's trail.
                    if (mine == request) {
                        loading.set(false);
                        items.setAll(entries.stream().map(this::item).toList());
                    }
                })
                .onFailure(error -> {
                    if (mine == request) {
                        loading.set(false);
                        items.clear();
                    }
                }));
    }

    private Item item(AuditEntry e) {
        String heading = messages.format("history.entry", WHEN.format(e.at()), e.user(), action(e.action()), e.version());
        String reason = e.reason() == null ? null : messages.format("history.reason", e.reason());
        List<String> lines = new java.util.ArrayList<>();
        if (e.file() != null) {
            lines.add(messages.format("history.file", e.file()));
        }
        for (FieldChange c : e.changes()) {
            lines.add(messages.format("history.change", c.path(), text(c.oldValue()), text(c.newValue())));
        }
        return new Item(heading, reason, lines);
    }

    private String action(AuditAction action) {
        return messages.get(switch (action) {
            case CREATED -> "history.action.created";
            case CHANGED -> "history.action.changed";
            case DELETED -> "history.action.deleted";
            case IMPORT_ADDED -> "history.action.importAdded";
            case IMPORT_REPLACED -> "history.action.importReplaced";
        });
    }

    private String text(String value) {
        return value == null ? messages.get("history.noValue") : value;
    }

    /** Newest first. */
    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
