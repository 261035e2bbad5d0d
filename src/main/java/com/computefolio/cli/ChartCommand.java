package com.computefolio.cli;

import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.chart.ChartModel;
import com.computefolio.service.chart.ChartRequest;
import com.computefolio.service.chart.ChartType;
import com.computefolio.service.chart.OverlayNames;
import com.computefolio.service.export.ChartSizes;
import com.computefolio.service.export.ExportControl;
import com.computefolio.service.export.ExportService;
import com.computefolio.domain.Portfolio;
import com.computefolio.service.DealFilter;
import com.computefolio.service.export.ExportFormat;
import com.computefolio.service.export.ImageSize;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Draws one chart to SVG, PDF or PNG with no display: the same model and renderer as the window,
 * so the file shows exactly what the Charts view shows for the same filter. CSV and XLSX write the
 * chart's data instead (the XLSX with the deals table beside it).
 */
@Command(name = "chart")
final class ChartCommand extends ServiceCommand {

    /** What the file holds: the chart drawn (svg, pdf, png) or its data (csv, xlsx). */
    enum FileFormat {
        SVG(ExportFormat.SVG), PDF(ExportFormat.PDF), PNG(ExportFormat.PNG), CSV(null), XLSX(null);

        private final ExportFormat drawing;

        FileFormat(ExportFormat drawing) {
            this.drawing = drawing;
        }

        static Optional<FileFormat> ofFileName(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> name.endsWith("." + f.name().toLowerCase(Locale.ROOT))).findFirst();
        }
    }

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "commitments")
    private ChartType type;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "counterparty")
    private GroupBy groupBy;

    @Option(names = "--granularity", paramLabel = "PERIOD", defaultValue = "year")
    private Granularity granularity;

    @Option(names = "--format", paramLabel = "FORMAT")
    private FileFormat format;

    @Option(names = "--width", paramLabel = "PX")
    private Integer width;

    @Option(names = "--height", paramLabel = "PX")
    private Integer height;

    @Option(names = "--scale", paramLabel = "N")
    private Integer scale;

    @Option(names = "--scenarios", split = ",", paramLabel = "NAME")
    private List<String> scenarioNames = new ArrayList<>();

    @Option(names = {"--out", "-o"}, paramLabel = "FILE", required = true)
    private Path outFile;

    @Mixin
    private FilterOptions filters;

    @Mixin
    private OverlayOptions overlays;

    @Override
    public Integer call() {
        FileFormat chosen = format != null ? format
                : FileFormat.ofFileName(outFile).orElseThrow(() -> usageError("chart.error.format", outFile.toString()));
        if (scale != null && chosen != FileFormat.PNG) {
            throw usageError("chart.error.scaleOnlyPng", chosen.name().toLowerCase(Locale.ROOT));
        }
        ExportService exports = root().context().exportService();
        Portfolio portfolio = portfolioService().portfolio();
        if (!scenarioNames.isEmpty() && type != ChartType.COMPARE) {
            throw usageError("chart.error.scenariosType", type.name().toLowerCase(Locale.ROOT));
        }
        Scenarios known = type == ChartType.COMPARE ? ownScenarios().load() : filters.known();
        DealFilter filter = filters.toFilter(known);
        ChartRequest request = ChartRequest.of(type, filters.groupBy(groupBy), granularity, filter);
        if (type == ChartType.COMPARE) {
            // As the compare command: the scenarios named, else every one, the user's own included.
            request = request.withScenarios(filters.scenarios(known,
                    scenarioNames.isEmpty() ? known.all().stream().map(Scenario::name).toList() : scenarioNames));
        }
        if (overlays.asked()) {
            if (!OverlayNames.drawsOverlays(type)) {
                throw usageError("chart.error.overlayType", type.name().toLowerCase(Locale.ROOT));
            }
            request = request.withOverlays(overlays.checked(portfolio.contextSeries(), messages()));
        }
        ChartModel model = exports.chart(portfolio, request);
        if (chosen.drawing == null) {
            if (chosen == FileFormat.CSV) {
                exports.writeChartCsv(model, outFile, ExportControl.NONE);
            } else {
                exports.writeXlsx(portfolio, filter, List.of(model), outFile, ExportControl.NONE);
            }
            out().println(messages().get("chart.dataDone", model.title(), model.dealIds().size(), chosen.name(), outFile.toString()));
        } else {
            ImageSize size = size(model);
            exports.writeChart(model, chosen.drawing, size, outFile, ExportControl.NONE);
            out().println(messages().get("chart.done", model.title(), model.dealIds().size(), size.pixelWidth(), size.pixelHeight(),
                    chosen.name(), outFile.toString()));
        }
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
