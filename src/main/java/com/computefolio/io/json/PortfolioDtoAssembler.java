package com.computefolio.io.json;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.io.DecimalFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds the DTOs of a portfolio file from domain values, for writing. Deals and parties keep their
 * order; sources are the cited ones, sorted by id.
 */
final class PortfolioDtoAssembler {

    PortfolioFileDto assemble(Portfolio portfolio) {
        SourceIds ids = new SourceIds(portfolio);
        List<SourceDto> sources = ids.sortedById().stream().map(PortfolioDtoAssembler::source).toList();
        List<PartyDto> parties = portfolio.parties().stream().map(p -> new PartyDto(p.id(), p.name(), p.kind())).toList();
        List<DealDto> deals = portfolio.deals().stream().map(d -> deal(d, ids)).toList();
        List<ContextSeriesDto> series = portfolio.contextSeries().stream().map(s -> series(s, ids)).toList();
        return new PortfolioFileDto(PortfolioFileDto.FORMAT, PortfolioFileDto.CURRENT_VERSION, portfolio.name(),
                sources, parties, deals, series);
    }

    private static SourceDto source(Map.Entry<String, Source> entry) {
        Source s = entry.getValue();
        return new SourceDto(entry.getKey(), s.publisher(), s.title(), s.url(),
                s.published() == null ? null : s.published().toString(), s.quote());
    }

    private static DealDto deal(Deal d, SourceIds ids) {
        List<LinkDto> links = d.links().stream().map(PortfolioDtoAssembler::link).toList();
        List<RevisionDto> revisions = d.revisions().stream().map(r -> revision(r, ids)).toList();
        return new DealDto(d.id(), d.title(), d.buyerId(), d.counterpartyId(), d.kind(), d.direction(),
                d.announced().toString(), d.tags(), links, d.notes(), revisions);
    }

    private static LinkDto link(DealLink link) {
        return new LinkDto(link.type(), link.targetDealId());
    }

    private static RevisionDto revision(Revision r, SourceIds ids) {
        List<FigureDto> others = r.otherFigures().stream().map(f -> figure(f, ids)).toList();
        List<LegDto> legs = r.legs().stream().map(PortfolioDtoAssembler::leg).toList();
        return new RevisionDto(r.knownFrom().toString(), r.change(), r.status(), figure(r.value(), ids), others,
                term(r.term()), r.capacity() == null ? null : DecimalFields.format(r.capacity()), r.hardware(), legs,
                ids.idsOf(r.sources()), r.notes());
    }

    private static FigureDto figure(Figure f, SourceIds ids) {
        String currency = Stream.of(f.amount(), f.low(), f.high()).filter(Objects::nonNull)
                .map(Money::currency).findFirst().orElse(DecimalFields.DEFAULT_CURRENCY);
        return new FigureDto(f.basis(), amount(f.amount()), currency, amount(f.low()), amount(f.high()), f.confidence(),
                ids.idsOf(f.sources()), f.label());
    }

    private static TermDto term(Term term) {
        if (term == null) {
            return null;
        }
        return new TermDto(term.start().toString(), term.months(), null, term.assumed() ? Boolean.TRUE : null);
    }

    private static LegDto leg(ScheduleLeg leg) {
        return new LegDto(leg.label(), leg.start().toString(), leg.months(), leg.shape(), amount(leg.amount()),
                leg.capacity() == null ? null : DecimalFields.format(leg.capacity()));
    }

    private static ContextSeriesDto series(ContextSeries s, SourceIds ids) {
        List<ContextPointDto> points = s.points().stream()
                .map(p -> point(p, ids))
                .toList();
        return new ContextSeriesDto(s.id(), s.name(), s.unit(), points);
    }

    private static ContextPointDto point(ContextPoint p, SourceIds ids) {
        return new ContextPointDto(p.period(), p.value().toPlainString(), p.confidence(), ids.idsOf(p.sources()), p.note());
    }

    private static String amount(Money money) {
        return money == null ? null : DecimalFields.format(money);
    }
}
