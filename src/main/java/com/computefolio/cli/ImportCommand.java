package com.computefolio.cli;

import com.computefolio.app.Datasets;
import com.computefolio.service.ImportClashException;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.TakeBackException;
import com.computefolio.service.ValidationException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports JSON or CSV files all or nothing. Problems surface as a {@link ValidationException},
 * which the failure handler prints one per line and turns into exit code 1. An import that would
 * take back revisions the register has of some deals (an older export re-imported) lists those
 * deals and exits 1 too, unless {@code --replace} says to take them back. {@code --dataset NAME}
 * imports one of the datasets bundled with the application the same way.
 */
@Command(name = "import")
final class ImportCommand extends ServiceCommand {

    @Option(names = "--replace", descriptionKey = "replace")
    private boolean replace;

    @Option(names = "--keep-existing", descriptionKey = "keep-existing")
    private boolean keepExisting;

    /** With a name, that bundled dataset is imported; without one, the bundled datasets are listed. */
    @Option(names = "--dataset", arity = "0..1", fallbackValue = "", paramLabel = "NAME", descriptionKey = "dataset")
    private String dataset;

    @Mixin
    private ReasonOption reason;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
    private List<Path> files = List.of();

    @Override
    public Integer call() throws ValidationException {
        if (dataset != null && dataset.isBlank() && files.isEmpty()) {
            for (Datasets.Dataset d : Datasets.bundled()) {
                out().println(messages().get("import.dataset", d.name(), d.file()));
            }
            out().flush();
            return ExitCodes.OK;
        }
        if ((dataset == null) == files.isEmpty()) {
            throw usageError("error.importWhat");
        }
        if (dataset != null && Datasets.find(dataset).isEmpty()) {
            throw usageError("error.unknownDataset", dataset,
                    String.join(", ", Datasets.bundled().stream().map(Datasets.Dataset::name).toList()));
        }
        if (replace && keepExisting) {
            throw usageError("error.replaceOrKeep");
        }
        ImportOptions options = ImportOptions.takingBack(replace).withClashes(replace ? ImportOptions.Clashes.REPLACE
                : keepExisting ? ImportOptions.Clashes.KEEP_EXISTING : ImportOptions.Clashes.ASK);
        ImportResult r;
        try {
            r = dataset != null ? root().context().importDataset(dataset, options)
                    : portfolioService().importFiles(files, options, reason.note(), progress().listener());
        } catch (ImportClashException clash) {
            ProblemPrinter.print(clash.problems(), err(), messages());
            err().println(messages().get("import.clashes", clash.clashes().size()));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        } catch (TakeBackException older) {
            ProblemPrinter.print(older.problems(), err(), messages());
            err().println(messages().get("import.takeBack", older.dealIds().size(), String.join(", ", older.dealIds())));
            err().flush();
            return ExitCodes.INVALID_INPUT;
        } finally {
            progress().finish();
        }
        out().println(messages().get("import.done", r.files().size()));
        out().println(messages().get("import.counts.deals", r.dealsAdded(), r.dealsReplaced(), r.dealsUnchanged()));
        out().println(messages().get("import.counts.parties", r.partiesAdded(), r.partiesReplaced(), r.partiesUnchanged(),
                r.partiesKept()));
        out().println(messages().get("import.counts.sources", r.sourcesAdded(), r.sourcesReplaced(), r.sourcesUnchanged(),
                r.sourcesKept()));
        if (r.auditEntriesIgnored() > 0) {
            out().println(messages().get("import.auditIgnored", r.auditEntriesIgnored()));
        }
        out().flush();
        return ExitCodes.OK;
    }
}
