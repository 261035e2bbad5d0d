package com.computefolio.cli;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.Measure;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineMode;
import com.computefolio.service.TimelineQuery;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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

    /** What the user types for {@code --mode}: words joined by hyphens, as the other options are. */
    enum ModeOption {
        PER_PERIOD(TimelineMode.PER_PERIOD), CUMULATIVE(TimelineMode.CUMULATIVE), ANNUALISED(TimelineMode.ANNUALISED),
        CONTRACTED(TimelineMode.CONTRACTED);

        private final TimelineMode mode;

        ModeOption(TimelineMode mode) {
            this.mode = mode;
        }

        /** "per-period", "per_period" or "PER-PERIOD"; empty when it names no mode. */
        static Optional<ModeOption> parse(String text) {
            String name = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
        }
    }

    /** Read as text: picocli's enum reading would not take "per-period". */
    @Option(names = "--mode", paramLabel = "MODE")
    private String mode;

    /** Kept from before --mode: the same as {@code --mode cumulative}. */
    @Option(names = "--cumulative")
    private boolean cumulative;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private OutputFormat format;

    @Override
    public Integer call() {
        ModeOption asked = mode == null ? null : ModeOption.parse(mode).orElseThrow(() -> usageError("timeline.error.mode", mode));
        if (cumulative && asked != null && asked != ModeOption.CUMULATIVE) {
            throw usageError("timeline.error.modeAndCumulative", mode);
        }
        if (asked == ModeOption.CONTRACTED && measure != MeasureOption.GW) {
            throw usageError("timeline.error.contractedMoney");
        }
        TimelineMode chosen = cumulative ? TimelineMode.CUMULATIVE : asked == null ? TimelineMode.PER_PERIOD : asked.mode;
        TimelineQuery query = new TimelineQuery(filters.toFilter(), filters.groupBy(groupBy), granularity, measure.measure, chosen);
        Portfolio register = portfolioService().portfolioForAnalysis(query.filter());
        Timeline timeline = shownNames(register, format).timeline(analysisService().timeline(register, query));
        new TimelinePrinter(messages()).print(timeline, format, out());
        return ExitCodes.OK;
    }
}
