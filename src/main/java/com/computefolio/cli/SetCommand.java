package com.computefolio.cli;

import com.computefolio.domain.Deal;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.DealEdits;
import com.computefolio.service.ValidationException;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Changes fields of one deal, {@code FIELD=VALUE} each ({@link DealEdits#FIELDS}): with
 * {@code --known-from DATE} the changes make a new dated revision, else they edit the current one.
 * The deal is saved checked and in one transaction like the window's inspector; a version other than
 * {@code --expect-version} (or than the one read, when none is given) is a conflict, exit 5.
 */
@Command(name = "set")
final class SetCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "deal-id")
    private String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", descriptionKey = "edits")
    private List<String> assignments;

    @Option(names = "--known-from", paramLabel = "DATE", descriptionKey = "known-from")
    private LocalDate knownFrom;

    @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "expect-version")
    private Long expectVersion;

    @Mixin
    private ReasonOption reason;

    @Override
    public Integer call() throws ValidationException, ConcurrentEditException {
        DealEdits edits = DealEdits.parse(assignments);
        Deal deal = portfolioService().deal(id).orElse(null);
        if (deal == null) {
            err().println(messages().get("show.error.unknown", id));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (expectVersion != null && expectVersion != deal.version()) {
            throw new ConcurrentEditException(id, expectVersion, deal.version());
        }
        Deal saved = portfolioService().save(edits.applyTo(deal, knownFrom), reason.note());
        out().println(messages().get(knownFrom == null ? "set.edited" : "set.revised", id, saved.version(),
                knownFrom == null ? "" : knownFrom.toString()));
        out().flush();
        return ExitCodes.OK;
    }
}
