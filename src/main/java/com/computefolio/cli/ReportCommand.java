package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ReportRequest;
import com.computefolio.service.export.ReportResult;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes the report PDF (title page, contents, the four charts, the deals table, the sources) and,
 * with {@code --pack}, an SVG, a 2x PNG and a CSV per chart into a folder.
 */
@Command(name = "report")
final class ReportCommand extends ServiceCommand {

    @Option(names = {"--out", "-o"}, paramLabel = "FILE.pdf", required = true)
    private Path outFile;

    @Option(names = "--pack", paramLabel = "DIR")
    private Path packDir;

    @Mixin
    private FilterOptions filters;

    @Mixin
    private OverlayOptions overlays;

    @Override
    public Integer call() {
        if (!outFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw usageError("report.error.notPdf", outFile.toString());
        }
        Portfolio portfolio = portfolioService().portfolio();
        ReportRequest request = ReportRequest.standard(filters.toFilter(), outFile, packDir)
                .withOverlays(overlays.checked(portfolio.contextSeries(), messages()));
        ReportResult result;
        try {
            result = root().context().exportService().writeReport(portfolio, request,
                    new ExportControl(progress().reportProgress(messages().get("progress.report")), () -> false));
        } finally {
            progress().finish();
        }
        out().println(messages().get("report.done", result.pages(), outFile.toString()));
        if (packDir != null) {
            out().println(messages().get("report.packDone", result.packFiles().size(), packDir.toString()));
        }
        out().flush();
        return ExitCodes.OK;
    }
}
