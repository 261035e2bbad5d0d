package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;

import com.computefolio.domain.Problem;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.io.DateFields;
import com.computefolio.io.DecimalFields;
import com.computefolio.io.MappedDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maps one deal DTO (after the shape check) to a domain {@link Deal}, reporting what the domain
 * types cannot hold: unreal dates, amounts with fractions of a cent, a term that ends before it
 * starts, unknown source ids. Everything else (ranges, references, sources present) is left to the
 * domain validator, which runs on the mapped deal. Every part is checked even when an earlier part
 * failed, so that all problems are found; the deal is built only when nothing failed.
 */
final class DealDtoMapper {

    private final SourceCatalog sources;
    private final VersionFields version;

    DealDtoMapper(SourceCatalog sources, VersionFields version) {
        this.sources = sources;
        this.version = version;
    }

    /** The deal, or null when any part of it could not be mapped (the problems say why). */
    MappedDeal map(DealDto dto, int position, List<Problem> problems) {
        String path = JsonPath.index("$.deals", position);
        MappingAttempt attempt = new MappingAttempt(problems);
        LocalDate announced = attempt.require(DateFields.date(dto.announced(), path + ".announced", problems));
        attempt.requireAll(dto.id(), dto.title(), dto.buyer(), dto.counterparty(), dto.kind(), dto.direction());
        List<DealLink> links = new ArrayList<>();
        for (LinkDto link : orEmpty(dto.links())) {
            if (attempt.require(link) != null && attempt.require(link.type()) != null && attempt.require(link.deal()) != null) {
                links.add(new DealLink(link.type(), link.deal()));
            }
        }
        orEmpty(dto.tags()).forEach(attempt::require);
        version.v2Only(dto.roles(), path + ".roles", problems);
        version.v2Only(dto.translations(), path + ".translations", problems);
        List<DealRole> roles = new ArrayList<>();
        List<RoleDto> roleDtos = orEmpty(dto.roles());
        for (int i = 0; i < roleDtos.size(); i++) {
            roles.add(attempt.require(role(roleDtos.get(i), JsonPath.index(path + ".roles", i), problems)));
        }
        List<RevisionDto> revisionDtos = orEmpty(dto.revisions());
        if (dto.revisions() != null && revisionDtos.isEmpty()) {
            problems.add(Problem.at(path + ".revisions", say(DEAL_NO_REVISION), say(EXPECT_REVISIONS)));
        }
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < revisionDtos.size(); i++) {
            revisions.add(revision(revisionDtos.get(i), JsonPath.index(path + ".revisions", i), attempt));
        }
        if (attempt.failed() || revisions.isEmpty()) {
            return null;
        }
        Deal deal = new Deal(dto.id(), dto.title(), dto.buyer(), dto.counterparty(), dto.kind(), dto.direction(),
                announced, links, orEmpty(dto.tags()), dto.notes(), 0, revisions, roles, TranslationDtos.ofDeal(dto.translations()));
        return new MappedDeal(deal, position, filePositionsInKnownFromOrder(revisions));
    }

    /** The deal sorts its revisions by knownFrom (stably); this is where each one stood in the file. */
    private static int[] filePositionsInKnownFromOrder(List<Revision> inFileOrder) {
        return IntStream.range(0, inFileOrder.size()).boxed()
                .sorted(Comparator.comparing(i -> inFileOrder.get(i).knownFrom()))
                .mapToInt(Integer::intValue).toArray();
    }

    private Revision revision(RevisionDto dto, String path, MappingAttempt attempt) {
        if (attempt.require(dto) == null) {
            return null;
        }
        List<Problem> problems = attempt.problems();
        LocalDate knownFrom = attempt.require(DateFields.date(dto.knownFrom(), path + ".knownFrom", problems));
        Figure value = attempt.require(figure(dto.value(), path + ".value", attempt));
        List<Figure> others = new ArrayList<>();
        List<FigureDto> otherDtos = orEmpty(dto.otherFigures());
        for (int i = 0; i < otherDtos.size(); i++) {
            others.add(attempt.require(figure(otherDtos.get(i), JsonPath.index(path + ".otherFigures", i), attempt)));
        }
        Term term = term(dto.term(), path + ".term", attempt);
        Capacity capacity = DecimalFields.capacity(dto.capacityGw(), path + ".capacityGw", problems);
        version.v1Only(dto.capacityGw(), path + ".capacityGw", "capacity", problems);
        version.v2Only(dto.capacity(), path + ".capacity", problems);
        CapacityClaim claim = null;
        if (dto.capacity() != null) {
            Capacity stated = DecimalFields.capacity(dto.capacity().gw(), path + ".capacity.gw", problems);
            claim = attempt.require(capacityClaim(dto.capacity(), path + ".capacity", problems));
            capacity = attempt.require(stated);
            // A plain stated total is what a bare capacity always meant: held the same way, so it round-trips.
            claim = claim != null && claim.isPlain() ? null : claim;
        }
        version.v2Only(dto.options(), path + ".options", problems);
        List<DealOption> options = new ArrayList<>();
        List<OptionDto> optionDtos = orEmpty(dto.options());
        for (int i = 0; i < optionDtos.size(); i++) {
            options.add(attempt.require(option(optionDtos.get(i), JsonPath.index(path + ".options", i), attempt)));
        }
        version.v2Only(dto.exitRights(), path + ".exitRights", problems);
        List<ExitRight> exitRights = new ArrayList<>();
        List<ExitRightDto> exitDtos = orEmpty(dto.exitRights());
        for (int i = 0; i < exitDtos.size(); i++) {
            exitRights.add(attempt.require(exitRight(exitDtos.get(i), JsonPath.index(path + ".exitRights", i), problems)));
        }
        String legCurrency = value != null && value.amount() != null ? value.amount().currency() : DecimalFields.DEFAULT_CURRENCY;
        List<ScheduleLeg> legs = new ArrayList<>();
        List<LegDto> legDtos = orEmpty(dto.schedule());
        for (int i = 0; i < legDtos.size(); i++) {
            legs.add(attempt.require(leg(legDtos.get(i), legCurrency, JsonPath.index(path + ".schedule", i), attempt)));
        }
        List<Source> revisionSources = attempt.require(sources.resolve(dto.sources(), path + ".sources", problems));
        attempt.require(dto.status());
        if (attempt.failed()) {
            return null;
        }
        return new Revision(knownFrom, dto.change(), dto.status(), value, others, term, capacity, dto.hardware(), legs,
                revisionSources, dto.notes(), claim, options, exitRights);
    }

    private Figure figure(FigureDto dto, String path, MappingAttempt attempt) {
        if (dto == null) {
            return null;
        }
        List<Problem> problems = attempt.problems();
        version.v2Basis(dto.basis(), path + ".basis", problems);
        version.v2Only(dto.unsourced(), path + ".unsourced", problems);
        boolean undisclosed = dto.basis() == ValueBasis.UNDISCLOSED;
        if (undisclosed && dto.amount() != null) {
            problems.add(Problem.at(path + ".amount", say(UNDISCLOSED_FIGURE_AMOUNT), say(EXPECT_NO_AMOUNT_OR_BASIS)));
        } else if (dto.basis() != null && !undisclosed && dto.amount() == null) {
            problems.add(Problem.at(path + ".amount", say(FIGURE_NO_AMOUNT, dto.basis()),
                    say(EXPECT_OR_UNDISCLOSED, DecimalFields.AMOUNT_EXPECTATION)));
        }
        String currency = DecimalFields.currency(dto.currency(), path + ".currency", problems);
        Money amount = undisclosed ? null : DecimalFields.money(dto.amount(), currency, path + ".amount", problems);
        Money low = DecimalFields.money(dto.low(), currency, path + ".low", problems);
        Money high = DecimalFields.money(dto.high(), currency, path + ".high", problems);
        List<Source> cited = sources.resolve(dto.sources(), path + ".sources", problems);
        boolean amountFits = undisclosed == (amount == null);
        if (dto.basis() == null || dto.confidence() == null || cited == null || !amountFits) {
            return null;
        }
        return new Figure(dto.basis(), amount, low, high, dto.confidence(), cited, dto.label(),
                Boolean.TRUE.equals(dto.unsourced()));
    }

    /** The term; null when there is none, or (marking the attempt) when it is wrong. */
    private Term term(TermDto dto, String path, MappingAttempt attempt) {
        if (dto == null) {
            return null;
        }
        List<Problem> problems = attempt.problems();
        YearMonth start = attempt.require(DateFields.month(dto.start(), path + ".start", problems));
        boolean assumed = Boolean.TRUE.equals(dto.assumed());
        boolean open = Boolean.TRUE.equals(dto.openEnded());
        version.v2Only(dto.openEnded(), path + ".openEnded", problems);
        version.v2Only(dto.noticeMonths(), path + ".noticeMonths", problems);
        if (dto.months() != null && dto.end() != null) {
            problems.add(Problem.at(path + ".end", say(TERM_MONTHS_AND_END), say(EXPECT_MONTHS_OR_END)));
            return null;
        }
        if (open && dto.months() == null && dto.end() == null) {
            // "From 2027" and nothing more: scheduled over the default horizon, flagged assumed (ADR 20).
            return start == null ? null : new Term(start, Term.DEFAULT_OPEN_HORIZON_MONTHS, assumed, true, dto.noticeMonths());
        }
        if (dto.months() == null && dto.end() == null) {
            problems.add(Problem.at(path, say(TERM_NEITHER_MONTHS_NOR_END), say(EXPECT_MONTHS_OR_END_FORM)));
            return null;
        }
        if (dto.months() != null) {
            if (dto.months() < 1) {
                problems.add(Problem.at(path + ".months", say(TERM_LASTS, dto.months()), say(EXPECT_AT_LEAST_A_MONTH)));
                return null;
            }
            return start == null ? null : new Term(start, dto.months(), assumed, open, dto.noticeMonths());
        }
        YearMonth end = attempt.require(DateFields.month(dto.end(), path + ".end", problems));
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            problems.add(Problem.at(path + ".end", say(TERM_ENDS_BEFORE_START, end, start), say(EXPECT_END_ON_OR_AFTER, start)));
            return null;
        }
        return new Term(start, Term.monthsBetweenInclusive(start, end), assumed, open, dto.noticeMonths());
    }

    private ScheduleLeg leg(LegDto dto, String currency, String path, MappingAttempt attempt) {
        if (dto == null) {
            return null;
        }
        List<Problem> problems = attempt.problems();
        version.v2Only(dto.prepayment(), path + ".prepayment", problems);
        YearMonth start = DateFields.month(dto.start(), path + ".start", problems);
        if (dto.months() != null && dto.months() < 1) {
            problems.add(Problem.at(path + ".months", say(LEG_LASTS, dto.months()), say(EXPECT_AT_LEAST_A_MONTH)));
            return null;
        }
        Money amount = DecimalFields.money(dto.amount(), currency, path + ".amount", problems);
        Capacity capacity = DecimalFields.capacity(dto.capacityGw(), path + ".capacityGw", problems);
        if (start == null || dto.months() == null || dto.shape() == null || (dto.amount() != null && amount == null)
                || (dto.capacityGw() != null && capacity == null)) {
            return null;
        }
        return new ScheduleLeg(dto.label(), start, dto.months(), dto.shape(), amount, capacity,
                Boolean.TRUE.equals(dto.prepayment()));
    }

    private DealRole role(RoleDto dto, String path, List<Problem> problems) {
        if (dto == null) {
            return null;
        }
        String currency = DecimalFields.currency(dto.currency(), path + ".currency", problems);
        Money amount = DecimalFields.money(dto.amount(), currency, path + ".amount", problems);
        if (dto.currency() != null && dto.amount() == null) {
            problems.add(Problem.at(path + ".currency", say(ROLE_CURRENCY_NO_AMOUNT), say(EXPECT_CURRENCY_WITH_AMOUNT)));

        }
        BigDecimal share = DecimalFields.decimal(dto.share(), path + ".share", say(EXPECT_SHARE_PERCENTAGE),
                problems);
        List<Source> cited = sources.resolve(dto.sources(), path + ".sources", problems);
        if (dto.role() == null || dto.party() == null || cited == null || (dto.amount() != null && amount == null)
                || (dto.share() != null && share == null)) {
            return null;
        }
        return new DealRole(dto.role(), dto.party(), amount, share, cited, dto.label());
    }

    private CapacityClaim capacityClaim(CapacityDto dto, String path, List<Problem> problems) {
        List<Source> cited = sources.resolve(dto.sources(), path + ".sources", problems);
        if (dto.basis() == null || cited == null) {
            return null;
        }
        return new CapacityClaim(dto.basis(), dto.confidence(), cited, dto.label(), Boolean.TRUE.equals(dto.unsourced()));
    }

    private DealOption option(OptionDto dto, String path, MappingAttempt attempt) {
        if (dto == null) {
            return null;
        }
        List<Problem> problems = attempt.problems();
        Figure value = figure(dto.value(), path + ".value", attempt);
        YearMonth from = DateFields.month(dto.exerciseFrom(), path + ".exerciseFrom", problems);
        YearMonth until = DateFields.month(dto.exerciseUntil(), path + ".exerciseUntil", problems);
        if (dto.kind() == null || value == null || (dto.exerciseFrom() != null && from == null)
                || (dto.exerciseUntil() != null && until == null)) {
            return null;
        }
        return new DealOption(dto.kind(), dto.label(), value, dto.months(), from, until);
    }

    private static ExitRight exitRight(ExitRightDto dto, String path, List<Problem> problems) {
        if (dto == null) {
            return null;
        }
        YearMonth from = DateFields.month(dto.from(), path + ".from", problems);
        if (dto.party() == null || dto.noticeDays() == null || (dto.from() != null && from == null)) {
            return null;
        }
        return new ExitRight(dto.party(), dto.noticeDays(), from, dto.label());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
