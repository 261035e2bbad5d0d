package com.computefolio.io.json;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.DealLimits;
import com.computefolio.domain.MainBuyer;
import com.computefolio.domain.Party;

import com.computefolio.domain.Problem;
import com.computefolio.domain.Source;
import com.computefolio.domain.TextChecks;
import com.computefolio.io.DecimalFields;
import com.computefolio.io.MappedDeal;
import com.computefolio.io.Positioned;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the bound DTOs of a portfolio file to domain values, one deal at a time, collecting every
 * problem (paths from {@code $}, not yet located). A deal with any problem is left out.
 */
final class PortfolioDtoMapper {

    static final Set<String> CONTEXT_UNITS = Set.of("USD_BILLIONS", "GW");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

    /**
     * @param unmappedDealIds ids of deals that were bound but could not be mapped
     */
    record Mapped(List<Positioned<Party>> parties, Set<String> unmappedPartyIds, List<MappedDeal> deals,
                  Set<String> unmappedDealIds, List<Positioned<ContextSeries>> contextSeries, List<Problem> problems) {
    }

    /** @param formatVersion the file's version (1 or 2; a file without one is read as the current version) */
    Mapped map(BoundDtos file, int formatVersion) {
        return map(file, formatVersion, null);
    }

    /**
     * @param early the file's deals, mapped while it was read (see {@link #dealsAsBound}), or null when
     *              they are among the bound DTOs of {@code file}
     */
    Mapped map(BoundDtos file, int formatVersion, DealsAsBound early) {
        DealsAsBound deals = early;
        if (deals == null) {
            deals = dealsAsBound(file.sources(), file.unboundSourceIds(), formatVersion);
            file.deals().forEach(deals::add);
        }
        VersionFields version = deals.version;
        SourceCatalog sources = deals.sources;
        // The order of the problems is the one of a whole-file mapping: sources, parties, deals, series.
        List<Problem> problems = new ArrayList<>(deals.catalogProblems);
        List<Positioned<Party>> parties = new ArrayList<>();
        Set<String> unmappedParties = new HashSet<>();
        for (Positioned<PartyDto> positioned : file.parties()) {
            PartyDto dto = positioned.value();
            version.v2Only(dto.translations(), JsonPath.index("$.parties", positioned.position()) + ".translations", problems);
            if (dto.id() != null && dto.name() != null && dto.kind() != null) {
                parties.add(new Positioned<>(new Party(dto.id(), dto.name(), dto.kind(), TranslationDtos.ofParty(dto.translations())),
                        positioned.position()));
            } else if (dto.id() != null) {
                unmappedParties.add(dto.id());
            }
        }
        problems.addAll(deals.problems);
        Set<String> unmapped = deals.unmapped;
        String mainBuyer = MainBuyer.of(deals.deals.stream().map(MappedDeal::deal).toList(),
                parties.stream().map(p -> p.value().id()).toList());
        return new Mapped(parties, unmappedParties, deals.deals, unmapped,
                contextSeries(file.contextSeries(), sources, version, mainBuyer, problems), problems);
    }

    /**
     * Maps deals one at a time as they are bound, once the file's sources (every one of them) and
     * version are known: the deals' DTOs are then dropped as soon as they are mapped instead of
     * staying alive, all of them, until the whole file is read (ADR 57).
     */
    DealsAsBound dealsAsBound(List<Positioned<SourceDto>> sources, Set<String> unboundSourceIds, int formatVersion) {
        return new DealsAsBound(sources, unboundSourceIds, new VersionFields(formatVersion));
    }

    /** The deals of one file mapped so far, with their problems (paths from {@code $}, not yet located). */
    static final class DealsAsBound {
        private final List<Problem> catalogProblems = new ArrayList<>();
        private final SourceCatalog sources;
        private final VersionFields version;
        private final DealDtoMapper mapper;
        private final List<Problem> problems = new ArrayList<>();
        private final List<MappedDeal> deals = new ArrayList<>();
        private final Set<String> unmapped = new HashSet<>();

        private DealsAsBound(List<Positioned<SourceDto>> sourceDtos, Set<String> unboundSourceIds, VersionFields version) {
            this.sources = new SourceCatalog(sourceDtos, unboundSourceIds, catalogProblems);
            this.version = version;
            this.mapper = new DealDtoMapper(sources, version);
        }

        void add(Positioned<DealDto> positioned) {
            MappedDeal deal = mapper.map(positioned.value(), positioned.position(), problems);
            if (deal != null) {
                deals.add(deal);
            } else if (positioned.value().id() != null) {
                unmapped.add(positioned.value().id());
            }
        }
    }

    private static List<Positioned<ContextSeries>> contextSeries(List<Positioned<ContextSeriesDto>> dtos,
                                                                 SourceCatalog sources, VersionFields version,
                                                                 String mainBuyer, List<Problem> problems) {
        List<Positioned<ContextSeries>> mapped = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (Positioned<ContextSeriesDto> positioned : dtos) {
            ContextSeriesDto dto = positioned.value();
            int i = positioned.position();
            String path = JsonPath.index("$.contextSeries", i);
            MappingAttempt attempt = new MappingAttempt(problems);
            attempt.requireAll(dto.id(), dto.name(), dto.unit());
            attempt.require(TextChecks.check(dto.id(), DealLimits.ID, path + ".id", problems)
                    & TextChecks.check(dto.name(), DealLimits.NAME, path + ".name", problems) ? Boolean.TRUE : null);
            Integer first = dto.id() == null ? null : firstIndex.putIfAbsent(dto.id(), i);
            if (first != null) {
                problems.add(Problem.at(path + ".id", say(SERIES_ID_TWICE, dto.id(), "$.contextSeries[" + first + "]"),
                        say(EXPECT_DISTINCT_SERIES_ID)));
            }
            version.v2Only(dto.party(), path + ".party", problems);
            String party = dto.party();
            if (party == null && version.version() < 2) {
                party = mainBuyer; // docs/format.md, "Reading version 1 files"
            }
            if (party == null) {
                problems.add(Problem.at(path + ".party", say(SERIES_NO_PARTY), say(EXPECT_SERIES_PARTY)));
                attempt.require(null);
            } else {
                TextChecks.check(party, DealLimits.ID, path + ".party", problems);
            }
            if (dto.unit() != null && !CONTEXT_UNITS.contains(dto.unit())) {
                problems.add(Problem.at(path + ".unit", say(UNKNOWN_UNIT, dto.unit()), say(EXPECT_ONE_OF, "GW, USD_BILLIONS")));
            }
            List<ContextPoint> points = new ArrayList<>();
            List<ContextPointDto> pointDtos = DealDtoMapper.orEmpty(dto.points());
            for (int k = 0; k < pointDtos.size(); k++) {
                points.add(attempt.require(point(pointDtos.get(k), JsonPath.index(path + ".points", k), sources, problems)));
            }
            if (!attempt.failed()) {
                mapped.add(new Positioned<>(new ContextSeries(dto.id(), dto.name(), dto.unit(), points, party), i));
            }
        }
        return mapped;
    }

    private static ContextPoint point(ContextPointDto dto, String path, SourceCatalog sources, List<Problem> problems) {
        if (dto == null) {
            return null;
        }
        MappingAttempt attempt = new MappingAttempt(problems);
        attempt.requireAll(dto.period(), dto.value(), dto.confidence());
        attempt.require(TextChecks.check(dto.note(), DealLimits.NOTES, path + ".note", problems)
                & TextChecks.check(dto.period(), DealLimits.LABEL, path + ".period", problems) ? Boolean.TRUE : null);
        if (dto.period() != null && dto.period().length() <= DealLimits.LABEL.maxChars() && !PERIOD.matcher(dto.period()).matches()) {
            problems.add(Problem.at(path + ".period", say(NOT_A_PERIOD, dto.period()), say(EXPECT_PERIOD)));

        }
        BigDecimal value = DecimalFields.decimal(dto.value(), path + ".value", say(EXPECT_DECIMAL_EXAMPLE), problems);
        List<Source> cited = attempt.require(sources.resolve(dto.sources(), path + ".sources", problems));
        return attempt.failed() ? null : new ContextPoint(dto.period(), value, dto.confidence(), cited, dto.note());
    }
}
