package com.computefolio.io.json;

import com.computefolio.domain.Capacity;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maps one deal DTO (already checked for shape) to a domain {@link Deal}, reporting what the domain
 * types cannot hold: unreal dates, amounts with fractions of a cent, a term that ends before it
 * starts, unknown source ids. Everything else (ranges, references, sources present) is left to the
 * domain validator, which runs on the mapped deal.
 */
final class DealDtoMapper {

    private final SourceCatalog sources;

    DealDtoMapper(SourceCatalog sources) {
        this.sources = sources;
    }

    /** The deal, or null when any part of it could not be mapped (the problems say why). */
    MappedDeal map(DealDto dto, int position, List<Problem> problems) {
        String path = JsonPath.index("$.deals", position);
        int before = problems.size();
        LocalDate announced = DateFields.date(dto.announced(), path + ".announced", problems);
        List<DealLink> links = new ArrayList<>();
        for (LinkDto link : orEmpty(dto.links())) {
            links.add(new DealLink(link.type(), link.deal()));
        }
        List<RevisionDto> revisionDtos = orEmpty(dto.revisions());
        if (revisionDtos.isEmpty()) {
            problems.add(Problem.at(path + ".revisions", "The deal has no revision.", "an array of at least one revision"));
        }
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < revisionDtos.size(); i++) {
            revisions.add(revision(revisionDtos.get(i), JsonPath.index(path + ".revisions", i), problems));
        }
        if (problems.size() > before || revisions.contains(null)) {
            return null;
        }
        Deal deal = new Deal(dto.id(), dto.title(), dto.buyer(), dto.counterparty(), dto.kind(), dto.direction(),
                announced, links, orEmpty(dto.tags()), dto.notes(), 0, revisions);
        return new MappedDeal(deal, position, filePositionsInKnownFromOrder(revisions));
    }

    /** The deal sorts its revisions by knownFrom (stably); this is where each one stood in the file. */
    private static int[] filePositionsInKnownFromOrder(List<Revision> inFileOrder) {
        return IntStream.range(0, inFileOrder.size()).boxed()
                .sorted(Comparator.comparing(i -> inFileOrder.get(i).knownFrom()))
                .mapToInt(Integer::intValue).toArray();
    }

    private Revision revision(RevisionDto dto, String path, List<Problem> problems) {
        int before = problems.size();
        LocalDate knownFrom = DateFields.date(dto.knownFrom(), path + ".knownFrom", problems);
        Figure value = figure(dto.value(), path + ".value", problems);
        List<Figure> others = new ArrayList<>();
        List<FigureDto> otherDtos = orEmpty(dto.otherFigures());
        for (int i = 0; i < otherDtos.size(); i++) {
            others.add(figure(otherDtos.get(i), JsonPath.index(path + ".otherFigures", i), problems));
        }
        Term term = term(dto.term(), path + ".term", problems);
        Capacity capacity = dto.capacityGw() == null ? null
                : DecimalFields.capacity(dto.capacityGw(), path + ".capacityGw", problems);
        String legCurrency = value != null && value.amount() != null ? value.amount().currency() : DecimalFields.DEFAULT_CURRENCY;
        List<ScheduleLeg> legs = new ArrayList<>();
        List<LegDto> legDtos = orEmpty(dto.schedule());
        for (int i = 0; i < legDtos.size(); i++) {
            legs.add(leg(legDtos.get(i), legCurrency, JsonPath.index(path + ".schedule", i), problems));
        }
        List<Source> revisionSources = sources.resolve(dto.sources(), path + ".sources", problems);
        if (problems.size() > before || revisionSources == null || value == null || others.contains(null)
                || legs.contains(null)) {
            return null;
        }
        return new Revision(knownFrom, dto.change(), dto.status(), value, others, term, capacity, dto.hardware(), legs,
                revisionSources, dto.notes());
    }

    private Figure figure(FigureDto dto, String path, List<Problem> problems) {
        int before = problems.size();
        boolean undisclosed = dto.basis() == ValueBasis.UNDISCLOSED;
        if (undisclosed && dto.amount() != null) {
            problems.add(Problem.at(path + ".amount", "An UNDISCLOSED figure has an amount.",
                    "no amount, or a basis other than UNDISCLOSED"));
        } else if (!undisclosed && dto.amount() == null) {
            problems.add(Problem.at(path + ".amount", "A " + dto.basis() + " figure has no amount.",
                    DecimalFields.AMOUNT_EXPECTED + ", or the basis UNDISCLOSED"));
        }
        String currency = DecimalFields.currency(dto.currency(), path + ".currency", problems);
        Money amount = undisclosed ? null : DecimalFields.money(dto.amount(), currency, path + ".amount", problems);
        Money low = DecimalFields.money(dto.low(), currency, path + ".low", problems);
        Money high = DecimalFields.money(dto.high(), currency, path + ".high", problems);
        List<Source> cited = sources.resolve(dto.sources(), path + ".sources", problems);
        if (problems.size() > before || cited == null) {
            return null;
        }
        return new Figure(dto.basis(), amount, low, high, dto.confidence(), cited, dto.label());
    }

    private static Term term(TermDto dto, String path, List<Problem> problems) {
        if (dto == null) {
            return null;
        }
        YearMonth start = DateFields.month(dto.start(), path + ".start", problems);
        boolean assumed = Boolean.TRUE.equals(dto.assumed());
        if (dto.months() != null && dto.end() != null) {
            problems.add(Problem.at(path + ".end", "The term gives both months and end.", "either months or end, not both"));
            return null;
        }
        if (dto.months() == null && dto.end() == null) {
            problems.add(Problem.at(path, "The term gives neither months nor end.", "months (at least 1) or end (YYYY-MM)"));
            return null;
        }
        if (dto.months() != null) {
            if (dto.months() < 1) {
                problems.add(Problem.at(path + ".months", "The term lasts " + dto.months() + " months.", "at least 1 month"));
                return null;
            }
            return start == null ? null : new Term(start, dto.months(), assumed);
        }
        YearMonth end = DateFields.month(dto.end(), path + ".end", problems);
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            problems.add(Problem.at(path + ".end", "The term ends (" + end + ") before it starts (" + start + ").",
                    "an end month on or after " + start));
            return null;
        }
        return new Term(start, Term.monthsBetweenInclusive(start, end), assumed);
    }

    private static ScheduleLeg leg(LegDto dto, String currency, String path, List<Problem> problems) {
        int before = problems.size();
        YearMonth start = DateFields.month(dto.start(), path + ".start", problems);
        if (dto.months() < 1) {
            problems.add(Problem.at(path + ".months", "The schedule leg lasts " + dto.months() + " months.", "at least 1 month"));
        }
        Money amount = DecimalFields.money(dto.amount(), currency, path + ".amount", problems);
        Capacity capacity = dto.capacityGw() == null ? null
                : DecimalFields.capacity(dto.capacityGw(), path + ".capacityGw", problems);
        if (problems.size() > before) {
            return null;
        }
        return new ScheduleLeg(dto.label(), start, dto.months(), dto.shape(), amount, capacity);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
