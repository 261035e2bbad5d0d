package com.computefolio.cli;

import com.computefolio.domain.audit.AuditEntry;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The audit trail: a deal's changes ({@code history ID}, a deleted deal's too) or the register's
 * latest ({@code history}), newest first, each with who, when, why and the fields it changed.
 */
@Command(name = "history")
final class HistoryCommand extends ServiceCommand {

    @Parameters(paramLabel = "ID", arity = "0..1", descriptionKey = "deal-id")
    private String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "limit")
    private int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw usageError("history.error.limit");
        }
        List<AuditEntry> entries = id == null
                ? portfolioService().latestHistory(limit)
                : portfolioService().history(id, limit);
        if (entries.isEmpty()) {
            out().println(id == null ? messages().get("history.none") : messages().get("history.none.deal", id));
        } else {
            new HistoryPrinter(messages()).print(entries, out());
        }
        out().flush();
        return ExitCodes.OK;
    }
}
