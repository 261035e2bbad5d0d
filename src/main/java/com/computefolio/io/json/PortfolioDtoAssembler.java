package com.computefolio.io.json;

import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.MainBuyer;
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
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the DTOs of a portfolio file from domain values, for writing. Deals and parties keep their
 * order; sources are the cited ones, sorted by id. Version 2 is written by default; version 1 only
 * after {@link VersionOneLosses} found nothing it would lose, so here it only leaves out what
 * version 1 has no field for (which then holds nothing but defaults).
 */
final class PortfolioDtoAssembler {

    private final int version;

    PortfolioDtoAssembler() {
        this(PortfolioFileDto.CURRENT_VERSION);
    }

    PortfolioDtoAssembler(int version) {
        this.version = version;
    }

    PortfolioFileDto assemble(Portfolio portfolio) {
        SourceIds ids = new SourceIds(portfolio);
        List<SourceDto> sources = ids.sortedById().stream().map(PortfolioDtoAssembler::source).toList();
        List<PartyDto> parties = portfolio.parties().stream().map(p -> new PartyDto(p.id(), p.name(), p.kind(),
                v2() ? TranslationDtos.party(p.translations()) : null)).toList();
        List<DealDto> deals = portfolio.deals().stream().map(d -> deal(d, ids)).toList();
        // A series made before series named their company describes the main buyer (docs/format.md).
        String mainBuyer = MainBuyer.of(portfolio.deals(), portfolio.parties().stream().map(Party::id).toList());
        List<ContextSeriesDto> series = portfolio.contextSeries().stream().map(s -> series(s, ids, mainBuyer)).toList();
        return new PortfolioFileDto(PortfolioFileDto.FORMAT, version, portfolio.name(), sources, parties, deals, series, null);
    }

    private boolean v2() {
        return version >= 2;
    }

    private static SourceDto source(Map.Entry<String, Source> entry) {
        Source s = entry.getValue();
        return new SourceDto(entry.getKey(), s.publisher(), s.title(), s.url(),
                s.published() == null ? null : s.published().toString(), s.quote());
    }

    private DealDto deal(Deal d, SourceIds ids) {
        List<LinkDto> links = d.links().stream().map(PortfolioDtoAssembler::link).toList();
        List<RevisionDto> revisions = d.revisions().stream().map(r -> revision(r, ids)).toList();
        return new DealDto(d.id(), d.title(), d.buyerId(), d.counterpartyId(), d.kind(), d.direction(),
                d.announced().toString(), d.tags(), links, nonEmpty(d.roles(), r -> role(r, ids)), d.notes(),
                v2() ? TranslationDtos.deal(d.translations()) : null, revisions);
    }

    private static LinkDto link(DealLink link) {
        return new LinkDto(link.type(), link.targetDealId());
    }

    private static RoleDto role(DealRole role, SourceIds ids) {
        return new RoleDto(role.role(), role.partyId(), amount(role.amount()),
                role.amount() == null ? null : role.amount().currency(),
                role.share() == null ? null : role.share().stripTrailingZeros().toPlainString(),
                role.sources().isEmpty() ? null : ids.idsOf(role.sources()), role.label());
    }

    private RevisionDto revision(Revision r, SourceIds ids) {
        List<FigureDto> others = r.otherFigures().stream().map(f -> figure(f, ids)).toList();
        List<LegDto> legs = r.legs().stream().map(PortfolioDtoAssembler::leg).toList();
        String capacityGw = null;
        CapacityDto capacity = null;
        if (r.capacity() != null) {
            if (v2()) {
                capacity = capacity(r, ids);
            } else {
                capacityGw = DecimalFields.format(r.capacity());
            }
        }
        return new RevisionDto(r.knownFrom().toString(), r.change(), r.status(), figure(r.value(), ids), others,
                term(r.term()), capacityGw, capacity, r.hardware(), nonEmpty(r.options(), o -> option(o, ids)),
                nonEmpty(r.exitRights(), PortfolioDtoAssembler::exitRight), legs, ids.idsOf(r.sources()), r.notes());
    }

    private static CapacityDto capacity(Revision r, SourceIds ids) {
        CapacityClaim claim = r.capacityClaim();
        String gw = DecimalFields.format(r.capacity());
        if (claim == null) {
            return new CapacityDto(r.capacityBasis(), gw, null, null, null, null);
        }
        return new CapacityDto(claim.basis(), gw, claim.confidence(), claim.sources().isEmpty() ? null : ids.idsOf(claim.sources()),
                claim.unsourced() ? Boolean.TRUE : null, claim.label());
    }

    private static OptionDto option(DealOption option, SourceIds ids) {
        return new OptionDto(option.kind(), option.label(), option.months(), month(option.exerciseFrom()),
                month(option.exerciseUntil()), figure(option.value(), ids));
    }

    private static ExitRightDto exitRight(ExitRight exit) {
        return new ExitRightDto(exit.partyId(), exit.noticeDays(), month(exit.from()), exit.label());
    }

    private static FigureDto figure(Figure f, SourceIds ids) {
        String currency = Stream.of(f.amount(), f.low(), f.high()).filter(Objects::nonNull)
                .map(Money::currency).findFirst().orElse(DecimalFields.DEFAULT_CURRENCY);
        return new FigureDto(f.basis(), amount(f.amount()), currency, amount(f.low()), amount(f.high()), f.confidence(),
                ids.idsOf(f.sources()), f.unsourced() ? Boolean.TRUE : null, f.label());
    }

    private static TermDto term(Term term) {
        if (term == null) {
            return null;
        }
        return new TermDto(term.start().toString(), term.months(), null, term.assumed() ? Boolean.TRUE : null,
                term.openEnded() ? Boolean.TRUE : null, term.noticeMonths());
    }

    private static LegDto leg(ScheduleLeg leg) {
        return new LegDto(leg.label(), leg.start().toString(), leg.months(), leg.shape(), amount(leg.amount()),
                leg.capacity() == null ? null : DecimalFields.format(leg.capacity()), leg.prepayment() ? Boolean.TRUE : null);
    }

    private ContextSeriesDto series(ContextSeries s, SourceIds ids, String mainBuyer) {
        List<ContextPointDto> points = s.points().stream()
                .map(p -> point(p, ids))
                .toList();
        String party = s.partyId() != null ? s.partyId() : mainBuyer;
        return new ContextSeriesDto(s.id(), s.name(), v2() ? party : null, s.unit(), points);
    }

    private static ContextPointDto point(ContextPoint p, SourceIds ids) {
        return new ContextPointDto(p.period(), p.value().toPlainString(), p.confidence(), ids.idsOf(p.sources()), p.note());
    }

    /** The lists version 2 added are written only when they hold something, so version 1 data reads as before. */
    private static <T, D> List<D> nonEmpty(List<T> values, Function<T, D> toDto) {
        return values.isEmpty() ? null : values.stream().map(toDto).toList();
    }

    private static String month(java.time.YearMonth month) {
        return month == null ? null : month.toString();
    }

    private static String amount(Money money) {
        return money == null ? null : DecimalFields.format(money);
    }
}
