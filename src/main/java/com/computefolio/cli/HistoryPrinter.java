package com.computefolio.cli;

import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.FieldChange;
import java.io.PrintWriter;
import java.util.List;

/** Audit entries for people: one line per entry (when, who, what, which deal, why), then its field changes. */
final class HistoryPrinter {
    private static final String INDENT = "    ";
    /** An import's added deal lists no fields (they are the deal itself); a long deletion is cut here. */
    private static final int MAX_CHANGES_SHOWN = 50;

    private final CliMessages messages;

    HistoryPrinter(CliMessages messages) {
        this.messages = messages;
    }

    void print(List<AuditEntry> entries, PrintWriter out) {
        for (AuditEntry e : entries) {
            out.println(messages.get("history.entry", e.at().toString(), e.user(),
                    messages.get("history.action." + e.action().name()), e.dealId(), e.version()));
            if (e.reason() != null) {
                out.println(INDENT + messages.get("history.reason", e.reason()));
            }
            if (e.file() != null) {
                out.println(INDENT + messages.get("history.file", e.file()));
            }
            List<FieldChange> changes = e.changes();
            for (FieldChange c : changes.subList(0, Math.min(changes.size(), MAX_CHANGES_SHOWN))) {
                out.println(INDENT + messages.get("history.change", c.path(), text(c.oldValue()), text(c.newValue())));
            }
            if (changes.size() > MAX_CHANGES_SHOWN) {
                out.println(INDENT + messages.get("history.more", changes.size() - MAX_CHANGES_SHOWN));
            }
        }
    }

    private String text(String value) {
        return value == null ? messages.get("history.none.value") : value;
    }
}
