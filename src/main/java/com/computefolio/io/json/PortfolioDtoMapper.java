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
        VersionFields version = new VersionFields(formatVersion);
        List<Problem> problems = new ArrayList<>();
        SourceCatalog sources = new SourceCatalog(file.sources(), file.unboundSourceIds(), problems);
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
        DealDtoMapper dealMapper = new DealDtoMapper(sources, version);
        List<MappedDeal> deals = new ArrayList<>();
        Set<String> unmapped = new HashSet<>();
        for (Positioned<DealDto> positioned : file.deals()) {
            MappedDeal deal = dealMapper.map(positioned.value(), positioned.position(), problems);
            if (deal != null) {
                deals.add(deal);
            } else if (positioned.value().id() != null) {
                unmapped.add(positioned.value().id());
            }
        }
        String mainBuyer = MainBuyer.of(deals.stream().map(MappedDeal::deal).toList(),
                parties.stream().map(p -> p.value().id()).toList());
        return new Mapped(parties, unmappedParties, deals, unmapped,
                contextSeries(file.contextSeries(), sources, version, mainBuyer, problems), problems);
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
