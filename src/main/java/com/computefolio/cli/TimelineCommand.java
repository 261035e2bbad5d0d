package com.computefolio.cli;

import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Money (or gigawatts) per period and group: the numbers behind the timeline chart. */
@Command(name = "timeline")
final class TimelineCommand extends ServiceCommand {

    /** What the user types for {@code --measure}; "gw" reads better on a command line than "capacity". */
    enum MeasureOption {
        MONEY(Measure.MONEY), GW(Measure.CAPACITY);

        private final Measure measure;

        MeasureOption(Measure measure) {
            this.measure = measure;
        }
    }

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "counterparty")
    private GroupBy groupBy;

    @Option(names = "--granularity", paramLabel = "PERIOD", defaultValue = "year")
    private Granularity granularity;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "money")
    private MeasureOption measure;

    @Option(names = "--cumulative")
    private boolean cumulative;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        TimelineQuery query = new TimelineQuery(filters.toFilter(), groupBy, granularity, measure.measure, cumulative);
        Timeline timeline = analysisService().timeline(portfolioService().portfolioForAnalysis(query.filter()), query);
        new TimelinePrinter(messages()).print(timeline, format, out());
        return ExitCodes.OK;
    }
}
