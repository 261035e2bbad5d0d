package com.computefolio.cli;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Revision;
import com.computefolio.service.LocalNames;
import com.computefolio.service.export.DealJson;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One deal in full: every field, every revision, every figure with its sources. With
 * {@code --as-of} only the revisions known on that date are shown, and the one in force is marked.
 */
@Command(name = "show")
final class ShowCommand extends ServiceCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "deal-id")
    private String id;

    @Option(names = "--as-of", paramLabel = "DATE")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        if (format == OutputFormat.CSV) {
            throw usageError("show.error.csv");
        }
        Deal deal = portfolioService().deal(id).orElse(null);
        if (deal == null) {
            err().println(messages().get("show.error.unknown", id));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        Revision inForce = deal.asOf(asOf).orElse(null);
        if (inForce == null) {
            err().println(messages().get("show.error.notYetKnown", id, asOf.toString(), deal.revisions().get(0).knownFrom().toString()));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        List<Revision> known = deal.revisions().stream().filter(r -> !r.knownFrom().isAfter(inForce.knownFrom())).toList();
        if (format == OutputFormat.JSON) {
            out().print(new DealJson().deal(portfolioService().portfolio(), deal, known));
            out().flush();
        } else {
            LocalNames names = LocalNames.of(portfolioService().parties(), messages().texts().locale());
            new DealDetailPrinter(messages()).print(deal, names, known, inForce, out());
        }
        return ExitCodes.OK;
    }
}
