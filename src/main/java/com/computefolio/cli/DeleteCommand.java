package com.computefolio.cli;

import com.computefolio.domain.Deal;
import com.computefolio.service.ConcurrentEditException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Deletes one deal in one transaction; links from other deals to it go with it. A version other
 * than {@code --expect-version} (someone changed or deleted it meanwhile) is a conflict, exit 5.
 */
@Command(name = "delete")
final class DeleteCommand extends ServiceCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "deal-id")
    private String id;

    @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "expect-version")
    private Long expectVersion;

    @Mixin
    private ReasonOption reason;

    @Override
    public Integer call() throws ConcurrentEditException {
        Deal deal = portfolioService().deal(id).orElse(null);
        if (deal == null && expectVersion == null) {
            err().println(messages().get("show.error.unknown", id));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        portfolioService().delete(id, expectVersion != null ? expectVersion : deal.version(), reason.note());
        out().println(messages().get("delete.done", id));
        out().flush();
        return ExitCodes.OK;
    }
}
