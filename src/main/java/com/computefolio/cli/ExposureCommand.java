package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.ExposureRow;
import com.computefolio.service.Exposures;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exposure by party and role: buyer, counterparty, end user, guarantor (contingent), co-investor, JV owner. */
@Command(name = "exposure")
final class ExposureCommand extends ServiceCommand {

    @Option(names = "--as-of", paramLabel = "DATE")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        Portfolio register = portfolioService().portfolio();
        List<ExposureRow> rows = shownNames(register, format).exposures(Exposures.of(register, asOf));
        new ExposurePrinter(messages()).print(rows, format, out());
        return ExitCodes.OK;
    }
}
