package com.computefolio.service.export;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.ExactSums;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.ValueBasis;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealView;
import com.computefolio.service.Granularity;
import com.computefolio.service.GroupBy;
import com.computefolio.service.NettingLine;
import com.computefolio.service.Measure;
import com.computefolio.service.SummaryRow;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import com.computefolio.service.TimelineSeries;
import com.computefolio.service.chart.ChartText;
import com.computefolio.service.chart.ContextKind;
import com.computefolio.service.chart.FilterDescription;
import com.computefolio.service.chart.SourceIndex;
import com.computefolio.service.chart.SourceRef;
import com.computefolio.service.chart.ValueFormat;
import com.computefolio.service.scenario.Scenario;
import com.computefolio.service.scenario.Scenarios;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report page that sets the register's commitment totals beside the totals the buyer has
 * published (the curated data: about $1.4T for about 30 GW, then about $600B through 2030) and
 * says in numbers why they differ: which deals the register holds, how much of its total is "up
 * to" ceilings, how much falls due after the published window, and what is not disclosed.
 *
 * <p>One row per view of the register: the report's own (its filter and scenario) first, then the
 * same deals under each built-in scenario (docs/scenarios.md) with the report's stress, each netted
 * as the report is (an umbrella counts only what its named parts leave, ADR 18), the "up to" column
 * included.
 */
final class PublishedComparison {

    /** The last year of the published reset ("about $600B of compute spending through 2030"). */
    static final int WINDOW_END_YEAR = 2030;

    private final AnalysisService analysis;
    private final ChartText text;
    private final ValueFormat format;
    private final FilterDescription names;

    PublishedComparison(AnalysisService analysis, ChartText text) {
        this.analysis = analysis;
        this.text = text;
        this.format = new ValueFormat(text);
        this.names = new FilterDescription(text);
    }

    /** One view's totals, exact: money in cents, capacity in kilowatts. */
    record Row(String view, int deals, long totalMinor, long throughWindowMinor, long ceilingsMinor, int undisclosed,
               long kilowatts) {
    }

    /** A published total as the register's context series holds it. */
    record Stated(String series, String period, long minor, String note, List<SourceRef> sources) {
    }

    /** The page: the table's header and rows as text, then the explaining paragraphs. */
    record Page(String title, List<String> header, List<List<String>> cells, List<String> paragraphs, List<Row> rows,
                List<Stated> stated) {
    }

    /** The page for the report's view, or null when the register states no published total to compare with. */
    Page page(Portfolio portfolio, DealFilter filter, SourceIndex sources) {
        List<Stated> stated = stated(portfolio, sources);
        if (stated.isEmpty()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        Scenario own = filter.scenario();
        rows.add(row(portfolio, filter, own.isIdentity() ? text.get("comparison.view.default")
                : text.get("comparison.view.report", names.scenario(own))));
        for (Scenario builtIn : Scenarios.builtIn().all()) {
            Scenario stressed = builtIn.withStress(own.stress());
            if (!stressed.equals(own)) {
                rows.add(row(portfolio, filter.withScenario(stressed), names.scenario(stressed)));
            }
        }
        Page page = page(rows, stated);
        List<String> paragraphs = new ArrayList<>(page.paragraphs());
        // Before the scope paragraph, which closes the page: why the scenario rows differ from the first.
        paragraphs.add(paragraphs.size() - 1, text.get("comparison.scenarios"));
        if (filter.gross()) {
            paragraphs.set(paragraphs.size() - 1, text.get("comparison.scope.gross"));
        }
        return new Page(page.title(), page.header(), page.cells(), paragraphs, page.rows(), page.stated());
    }

    /** The commitments of one view of the register (one row of the table). */
    Row row(Portfolio portfolio, DealFilter filter, String view) {
        // The view's own selection, as the deals table and the title page have it (the totals agree
        // everywhere); commitments are its money going out, so inflows are left out below.
        SummaryRow total = analysis.summary(portfolio, filter, GroupBy.NONE).total();
        DealFilter commitments = filter.directions().isEmpty() ? filter.withDirections(Set.of(MoneyDirection.COMMITMENT)) : filter;
        Timeline yearly = analysis.timeline(portfolio, new TimelineQuery(commitments, GroupBy.NONE, Granularity.YEAR, Measure.MONEY, false));
        long through = 0;
        for (TimelineSeries series : yearly.series()) {
            for (int p = 0; p < yearly.periodStarts().size(); p++) {
                if (yearly.periodStarts().get(p).getYear() <= WINDOW_END_YEAR) {
                    through = ExactSums.money(through, series.values().get(p));
                }
            }
        }
        // An umbrella's "up to" counts as netting leaves it, as in the total (nothing is netted for a gross filter).
        Map<String, NettingLine> netted = new HashMap<>();
        analysis.netting(portfolio, filter).forEach(line -> netted.put(line.umbrellaId(), line));
        long ceilings = 0;
        int deals = 0;
        int undisclosed = 0;
        for (DealView deal : analysis.deals(portfolio, filter)) {
            if (deal.deal().direction() != MoneyDirection.COMMITMENT) {
                continue;
            }
            deals++;
            if (!deal.revision().value().isDisclosed()) {
                undisclosed++;
            } else if (deal.revision().value().basis() == ValueBasis.UP_TO && "USD".equals(HeadlineTotal.currency(deal.revision()))) {
                NettingLine line = netted.get(deal.deal().id());
                long headline = line != null && line.moneyDisclosed() ? line.countedMinor()
                        : HeadlineTotal.minorUnits(deal.revision()).orElse(0);
                ceilings = ExactSums.money(ceilings, headline);
            }
        }
        return new Row(view, deals, total.commitmentsMinor(), through, ceilings, undisclosed, total.kilowatts());
    }

    Page page(List<Row> rows, List<Stated> stated) {
        List<String> header = new ArrayList<>(List.of(text.get("comparison.column.view"), text.get("comparison.column.deals"),
                text.get("comparison.column.total"), text.get("comparison.column.window", WINDOW_END_YEAR),
                text.get("comparison.column.ceilings"), text.get("comparison.column.gw")));
        stated.forEach(s -> header.add(text.get("comparison.column.versus", money(s.minor()), s.period())));
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.view(), String.valueOf(row.deals()), money(row.totalMinor()),
                    money(row.throughWindowMinor()), money(row.ceilingsMinor()), format.capacity(row.kilowatts())));
            stated.forEach(s -> line.add(versus(row.totalMinor(), s.minor())));
            cells.add(line);
        }
        return new Page(text.get("comparison.title"), header, cells, paragraphs(rows.get(0), stated), rows, stated);
    }

    /** "−$170B (88%)": the view's total less the published one, and the view's total as a share of it. */
    private String versus(long total, long published) {
        long difference = ExactSums.money(total, -published);
        String share = published == 0 ? "" : BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(published), 0, RoundingMode.HALF_EVEN).toPlainString();
        String signed = difference > 0 ? "+" + money(difference) : money(difference);
        return share.isEmpty() ? signed : text.get("comparison.versus", signed, share);
    }

    private List<String> paragraphs(Row row, List<Stated> stated) {
        List<String> lines = new ArrayList<>();
        for (Stated s : stated) {
            String numbers = s.sources().stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(", ", "[", "]"));
            lines.add(text.get("comparison.stated", money(s.minor()), s.period(), s.note() == null ? "" : s.note().strip(),
                    s.sources().isEmpty() ? "" : numbers));
        }
        lines.add(text.get("comparison.register", row.view(), row.deals(), money(row.totalMinor()), format.capacity(row.kilowatts())));
        lines.add(text.get("comparison.window", WINDOW_END_YEAR, money(row.throughWindowMinor()),
                money(ExactSums.money(row.totalMinor(), -row.throughWindowMinor()))));
        lines.add(text.get("comparison.ceilings", money(row.ceilingsMinor()), money(ExactSums.money(row.totalMinor(), -row.ceilingsMinor()))));
        if (row.undisclosed() > 0) {
            lines.add(text.get("comparison.undisclosed", row.undisclosed()));
        }
        lines.add(text.get("comparison.scope"));
        return lines;
    }

    /** Every point of the register's published-total series, in register order. */
    private static List<Stated> stated(Portfolio portfolio, SourceIndex sources) {
        List<Stated> stated = new ArrayList<>();
        for (ContextSeries series : portfolio.contextSeries()) {
            if (ContextKind.of(series).orElse(null) != ContextKind.COMMITMENTS || !"USD_BILLIONS".equals(series.unit())) {
                continue;
            }
            for (ContextPoint point : series.points()) {
                try {
                    long minor = point.value().movePointRight(11).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                    stated.add(new Stated(series.name(), point.period(), minor, point.note(), sources.refsFor(point.sources())));
                } catch (ArithmeticException tooLarge) {
                    // A stated total beyond a long of cents cannot be compared exactly; it stays in the chart's footnote.
                }
            }
        }
        return stated;
    }

    private String money(long minor) {
        return format.money(minor, "USD");
    }
}
