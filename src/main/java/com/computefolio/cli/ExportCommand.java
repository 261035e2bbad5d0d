package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ExportService;
import com.computefolio.service.export.FormatVersionLossException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes the register (filtered) as a portfolio JSON file or as deals.csv, atomically. Without
 * {@code --format} the file name decides: {@code .csv} gives CSV, anything else JSON.
 */
@Command(name = "export")
final class ExportCommand extends ServiceCommand {

    enum FileFormat { JSON, CSV }

    @Option(names = "--format", paramLabel = "FORMAT")
    private FileFormat format;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", required = true)
    private Path outFile;

    @Option(names = "--format-version", paramLabel = "N")
    private Integer formatVersion;

    @Mixin
    private FilterOptions filters;

    @Override
    public Integer call() {
        DealFilter filter = filters.toFilter();
        if (!filter.scenario().stress().isNone()) {
            // The file imports back: it holds registered figures, so a stress could only be dropped in silence.
            throw usageError("export.stress.refused");
        }
        FileFormat chosen = format != null ? format : fromFileName();
        if (formatVersion != null && (chosen == FileFormat.CSV || formatVersion < 1 || formatVersion > 2)) {
            throw usageError("export.formatVersion.invalid", formatVersion);
        }
        ExportService exports = root().context().exportService();
        Portfolio portfolio = portfolioService().portfolio();
        int deals;
        ExportControl control = new ExportControl(progress().reportProgress(messages().get("progress.export")), () -> false);
        try {
            deals = chosen == FileFormat.CSV
                    ? exports.writeDealsCsv(portfolio, filter, outFile, control)
                    : exports.writePortfolioJson(portfolio, filter, outFile, control,
                            formatVersion == null ? 2 : formatVersion, portfolioService().auditTrail());
        } catch (FormatVersionLossException refused) {
            // Version 1 would drop these silently: say exactly what, write nothing (docs/format.md).
            err().println(messages().get("export.formatVersion.loses", refused.losses().size(), outFile.toString()));
            refused.losses().forEach(loss -> err().println("  " + loss));
            err().flush();
            return ExitCodes.USAGE;
        } finally {
            progress().finish();
        }
        out().println(messages().get("export.done", deals, chosen.name(), outFile.toString()));
        out().flush();
        return ExitCodes.OK;
    }

    private FileFormat fromFileName() {
        return outFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? FileFormat.CSV : FileFormat.JSON;
    }
}
