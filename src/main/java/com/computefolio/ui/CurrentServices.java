package com.computefolio.ui;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.domain.ScheduleEngine;
import com.computefolio.service.AnalysisService;
import com.computefolio.service.NettingLine;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.Contribution;
import com.computefolio.service.ChartAggregates;
import com.computefolio.service.DealCells;
import com.computefolio.service.DealFilter;
import com.computefolio.service.DealSelection;
import com.computefolio.service.DealSelectionQuery;
import com.computefolio.service.DealView;
import com.computefolio.service.DefaultAnalysisService;
import com.computefolio.service.GroupBy;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.LiveChanges;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.ProgressListener;
import com.computefolio.service.Summary;
import com.computefolio.service.Timeline;
import com.computefolio.service.TimelineQuery;
import com.computefolio.service.ValidationException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The services of whichever database is open now. Views and view models hold these two stable
 * objects, so File > Open only swaps the connection behind them instead of rebuilding the window.
 */
public final class CurrentServices {
    private volatile PortfolioConnection connection;
    private final PortfolioService portfolio = new PortfolioDelegate();
    private final AnalysisService analysis = new AnalysisDelegate();

    /** What the views ask before the first database is open: the same analysis, of the empty portfolio they show then. */
    private volatile AnalysisService beforeOpen;

    /** @param initial the open database, or null while the first one is still opening (the window shows at once) */
    public CurrentServices(PortfolioConnection initial) {
        this.connection = initial;
    }

    public PortfolioConnection connection() {
        return connection;
    }

    /** Makes another database the current one and returns the previous connection (for the caller to close). */
    public PortfolioConnection switchTo(PortfolioConnection next) {
        PortfolioConnection previous = connection;
        connection = next;
        return previous;
    }

    public PortfolioService portfolio() {
        return portfolio;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    private final class PortfolioDelegate implements PortfolioService {
        private PortfolioService target() {
            PortfolioConnection open = connection;
            if (open == null) {
                throw new IllegalStateException("No portfolio is open yet");
            }
            return open.portfolioService();
        }

        @Override
        public Portfolio portfolio() {
            return target().portfolio();
        }

        @Override
        public List<Party> parties() {
            return target().parties();
        }

        @Override
        public Optional<Deal> deal(String id) {
            return target().deal(id);
        }

        @Override
        public List<Problem> validate(Deal deal) {
            return target().validate(deal);
        }

        @Override
        public Deal save(Deal deal, AuditNote note) throws ValidationException, ConcurrentEditException {
            return target().save(deal, note);
        }

        @Override
        public Deal overwrite(Deal deal, AuditNote note) throws ValidationException {
            return target().overwrite(deal, note);
        }

        @Override
        public void delete(String id, long expectedVersion, AuditNote note) throws ConcurrentEditException {
            target().delete(id, expectedVersion, note);
        }

        @Override
        public List<AuditEntry> history(String dealId, int limit) {
            return target().history(dealId, limit);
        }

        @Override
        public List<AuditEntry> latestHistory(int limit) {
            return target().latestHistory(limit);
        }

        @Override
        public List<AuditEntry> auditTrail() {
            return target().auditTrail();
        }

        /** Watches the database open now; a window watches again when it opens another (see LiveUpdates). */
        @Override
        public LiveChanges watchChanges() {
            return target().watchChanges();
        }

        @Override
        public Party addParty(Party party) {
            return target().addParty(party);
        }

        @Override
        public ImportResult importFiles(List<Path> files, ImportOptions options, AuditNote note, ProgressListener progress)
                throws ValidationException {
            return target().importFiles(files, options, note, progress);
        }

        @Override
        public List<Problem> validateFiles(List<Path> files) {
            return target().validateFiles(files);
        }
    }

    private final class AnalysisDelegate implements AnalysisService {
        private AnalysisService target() {
            PortfolioConnection open = connection;
            if (open != null) {
                return open.analysisService();
            }
            if (beforeOpen == null) {
                beforeOpen = new DefaultAnalysisService(new ScheduleEngine());
            }
            return beforeOpen;
        }

        @Override
        public DealSelection select(Portfolio portfolio, DealSelectionQuery query, BooleanSupplier cancelled) {
            return target().select(portfolio, query, cancelled);
        }

        @Override
        public List<DealView> deals(Portfolio portfolio, DealFilter filter) {
            return target().deals(portfolio, filter);
        }

        @Override
        public Timeline timeline(Portfolio portfolio, TimelineQuery query) {
            return target().timeline(portfolio, query);
        }

        @Override
        public List<NettingLine> netting(Portfolio portfolio, DealFilter filter) {
            return target().netting(portfolio, filter);
        }

        @Override
        public Summary summary(Portfolio portfolio, DealFilter filter, GroupBy groupBy) {
            return target().summary(portfolio, filter, groupBy);
        }

        @Override
        public List<Contribution> contributions(Portfolio portfolio, TimelineQuery query, String seriesKey, int periodIndex) {
            return target().contributions(portfolio, query, seriesKey, periodIndex);
        }

        @Override
        public Map<String, DealCells> cells(Portfolio portfolio, TimelineQuery query, YearMonth firstPeriod, int periodCount) {
            return target().cells(portfolio, query, firstPeriod, periodCount);
        }

        @Override
        public ChartAggregates chartAggregates(Portfolio portfolio, TimelineQuery query, boolean splitByConfidence) {
            return target().chartAggregates(portfolio, query, splitByConfidence);
        }
    }
}
