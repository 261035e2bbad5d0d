package com.computefolio.cli;

import com.computefolio.app.ExportServices;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.export.ChartSizes;
import com.computefolio.service.export.ExportFormat;
import com.computefolio.service.export.ImageSize;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Draws one chart to SVG, PDF or PNG with no display: the same model and renderer as the window,
 * so the file shows exactly what the Charts view shows for the same filter.
 */
@Command(name = "chart")
final class ChartCommand extends ServiceCommand {

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "commitments")
    private ChartType type;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "counterparty")
    private GroupBy groupBy;

    @Option(names = "--granularity", paramLabel = "PERIOD", defaultValue = "year")
    private Granularity granularity;

    @Option(names = "--format", paramLabel = "FORMAT")
    private ExportFormat format;

    @Option(names = "--width", paramLabel = "PX")
    private Integer width;

    @Option(names = "--height", paramLabel = "PX")
    private Integer height;

    @Option(names = "--scale", paramLabel = "N")
    private Integer scale;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", required = true)
    private Path outFile;

    @Mixin
    private FilterOptions filters;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = format != null ? format
                : ExportFormat.ofFileName(outFile).orElseThrow(() -> usageError("chart.error.format", outFile.toString()));
        if (scale != null && chosen != ExportFormat.PNG) {
            throw usageError("chart.error.scaleOnlyPng", chosen.extension());
        }
        ExportServices services = ExportServices.over(analysisService(), Clock.systemDefaultZone());
        ChartModel model = services.models().create(portfolioService().portfolio(),
                ChartRequest.of(type, groupBy, granularity, filters.toFilter()));
        ImageSize size = size(model);
        services.exporter().export(model, chosen, size, outFile);
        out().println(messages().get("chart.done", model.title(), model.dealIds().size(), size.pixelWidth(), size.pixelHeight(),
                chosen.name(), outFile.toString()));
        out().flush();
        return ExitCodes.OK;
    }

    /** The asked size, else the chart's standalone size (a timeline grows with its deals). */
    private ImageSize size(ChartModel model) {
        ImageSize natural = ChartSizes.standalone(model, 1);
        try {
            return new ImageSize(width != null ? width : natural.width(), height != null ? height : natural.height(),
                    scale != null ? scale : 1);
        } catch (IllegalArgumentException e) {
            throw usageError("chart.error.size", ImageSize.MIN_SIDE, ImageSize.MAX_SIDE, ImageSize.MAX_SCALE);
        }
    }
}
