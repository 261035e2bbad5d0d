package com.computefolio.io;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.CitedSources;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLimits;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import com.computefolio.domain.Portfolio;

import com.computefolio.domain.Problem;
import com.computefolio.domain.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks files read for one import against each other and against the register, with the domain's
 * {@link DealValidator}: ids unique across files, every party and linked deal resolvable in the
 * files or the register, one meaning per source id. Problems on the register's own deals are not
 * the import's business and are left out; problems on the files' deals are located in their file.
 */
public final class ImportChecker {

    private static final Pattern ELEMENT = Pattern.compile("^(deals|parties)\\[(\\d+)\\](?:\\.(.*))?$");

    private final DealValidator validator;

    public ImportChecker(DealValidator validator) {
        this.validator = validator;
    }

    public ImportPlan check(List<ParsedFile> files, Portfolio register) {
        List<Problem> problems = new ArrayList<>();
        files.forEach(f -> problems.addAll(f.problems()));
        Combined combined = combine(files, register);
        Map<ParsedFile, List<Problem>> byFile = new LinkedHashMap<>();
        for (Problem p : validator.validatePortfolio(combined.portfolio())) {
            if (!combined.place(p, byFile)) {
                problems.add(p); // not about a deal or party: nothing in a file to point at
            }
        }
        duplicateContextSeries(files, byFile);
        unknownSeriesParties(files, combined, byFile);
        byFile.forEach((file, found) -> problems.addAll(file.locate(found)));
        return plan(files, register, combined, problems);
    }

    /**
     * What {@link #check} plans to write when it finds no problem, without looking for problems or
     * counting: the import writes this on one thread while the checks run on another, and keeps it
     * only when the checks then find nothing and plan exactly the same values. The new parties are
     * chosen as {@link #combine} chooses them; were the two ever to differ, the import would only
     * lose the overlap, never a row (see {@code store.GuessedWrites}).
     */
    public ImportPlan.Writes planWithoutChecks(List<ParsedFile> files, Portfolio register) {
        Set<String> partyIds = new HashSet<>();
        register.parties().forEach(p -> partyIds.add(p.id()));
        List<Party> newParties = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        List<ContextSeries> series = new ArrayList<>();
        for (ParsedFile file : files) {
            Set<String> thisFile = new HashSet<>();
            for (Positioned<Party> party : file.parties()) {
                if (!partyIds.contains(party.value().id()) || thisFile.contains(party.value().id())) {
                    newParties.add(party.value());
                    thisFile.add(party.value().id());
                }
            }
            partyIds.addAll(thisFile);
            deals.addAll(file.dealValues());
            series.addAll(file.contextSeriesValues());
        }
        return new ImportPlan.Writes(newParties, deals, series);
    }

    private static ImportPlan plan(List<ParsedFile> files, Portfolio register, Combined combined, List<Problem> problems) {
        Set<String> registerDealIds = new HashSet<>();
        register.deals().forEach(d -> registerDealIds.add(d.id()));
        Set<String> registerSourceIds = sourceIds(register.deals());
        List<Deal> deals = new ArrayList<>();
        List<ContextSeries> series = new ArrayList<>();
        String name = null;
        for (ParsedFile file : files) {
            deals.addAll(file.dealValues());
            series.addAll(file.contextSeriesValues());
            name = name != null ? name : file.portfolioName();
        }
        int replaced = (int) deals.stream().filter(d -> registerDealIds.contains(d.id())).count();
        Set<String> newSources = sourceIds(deals);
        newSources.removeAll(registerSourceIds);
        return new ImportPlan(problems, name, combined.newParties(), deals, series, deals.size() - replaced, replaced,
                newSources.size());
    }

    /**
     * One portfolio holding the register and the files, for the validator: the register's deals
     * (those the files do not replace), then each file's deals, then a stand-in for every deal or
     * party a file declares but that could not be read, so that what refers to it is not reported
     * as dangling on top of its own problems. Each deal and party remembers where it came from.
     */
    private Combined combine(List<ParsedFile> files, Portfolio register) {
        Set<String> fileDealIds = new HashSet<>();
        for (ParsedFile file : files) {
            file.deals().forEach(d -> fileDealIds.add(d.deal().id()));
            fileDealIds.addAll(file.unmappedDealIds());
        }
        Combined c = new Combined();
        register.deals().stream().filter(d -> !fileDealIds.contains(d.id())).forEach(d -> c.addDeal(d, null, null));
        Set<String> partyIds = new HashSet<>();
        register.parties().forEach(p -> {
            partyIds.add(p.id());
            c.addParty(p, null, null);
        });
        Set<String> standInDeals = new LinkedHashSet<>();
        Set<String> standInParties = new LinkedHashSet<>();
        for (ParsedFile file : files) {
            Set<String> thisFile = new HashSet<>();
            for (Positioned<Party> party : file.parties()) {
                if (!partyIds.contains(party.value().id()) || thisFile.contains(party.value().id())) {
                    c.addParty(party.value(), file, party);
                    c.newParties.add(party.value());
                    thisFile.add(party.value().id());
                }
            }
            partyIds.addAll(thisFile);
            file.deals().forEach(d -> c.addDeal(d.deal(), file, d));
            standInDeals.addAll(file.unmappedDealIds());
            standInParties.addAll(file.unmappedPartyIds());
        }
        standInParties.removeAll(partyIds);
        standInParties.forEach(id -> c.addParty(new Party(id, id, PartyKind.OTHER), null, null));
        standInDeals.forEach(id -> c.addDeal(standIn(id), null, null));
        return c;
    }

    private static Deal standIn(String id) {
        Revision revision = Revision.undisclosed(LocalDate.EPOCH);
        return new Deal(id, id, id, id, DealKind.CLOUD_SERVICES, MoneyDirection.COMMITMENT, LocalDate.EPOCH, List.of(),
                List.of(), null, 0, List.of(revision));
    }

    /** A context series names the company it describes: one in the register or in the files. */
    private static void unknownSeriesParties(List<ParsedFile> files, Combined combined, Map<ParsedFile, List<Problem>> byFile) {
        Set<String> known = new HashSet<>();
        combined.parties.forEach(p -> known.add(p.id()));
        for (ParsedFile file : files) {
            for (Positioned<ContextSeries> series : file.contextSeries()) {
                String party = series.value().partyId();
                if (party != null && !known.contains(party) && party.length() <= DealLimits.ID.maxChars()) {
                    byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(file.at(
                            "contextSeries[" + series.position() + "].party",
                            say(SERIES_PARTY_UNKNOWN, party), say(EXPECT_KNOWN_PARTY)));
                }
            }
        }
    }

    private static void duplicateContextSeries(List<ParsedFile> files, Map<ParsedFile, List<Problem>> byFile) {
        Map<String, String> firstFile = new HashMap<>();
        for (ParsedFile file : files) {
            Set<String> inThisFile = new HashSet<>();
            for (Positioned<ContextSeries> series : file.contextSeries()) {
                String id = series.value().id();
                String other = firstFile.get(id);
                if (other != null && inThisFile.add(id)) {
                    byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(file.at(
                            "contextSeries[" + series.position() + "].id",
                            say(SERIES_ID_IN_OTHER_FILE, id, other), say(EXPECT_DISTINCT_SERIES_ACROSS_FILES)));
                }
                firstFile.putIfAbsent(id, file.fileName());
                inThisFile.add(id);
            }
        }
    }

    private static Set<String> sourceIds(List<Deal> deals) {
        Set<String> ids = new HashSet<>();
        for (Deal deal : deals) {
            CitedSources.forEachList(deal, list -> list.forEach(s -> ids.add(s.id())));
        }
        return ids;
    }

    /** The portfolio given to the validator, and where each of its deals and parties came from. */
    private static final class Combined {
        final List<Deal> deals = new ArrayList<>();
        final List<Party> parties = new ArrayList<>();
        final List<Party> newParties = new ArrayList<>();
        final List<ParsedFile> dealFiles = new ArrayList<>();
        final List<MappedDeal> dealOrigins = new ArrayList<>();
        final List<ParsedFile> partyFiles = new ArrayList<>();
        final List<Positioned<Party>> partyOrigins = new ArrayList<>();

        void addDeal(Deal deal, ParsedFile file, MappedDeal origin) {
            deals.add(deal);
            dealFiles.add(file);
            dealOrigins.add(origin);
        }

        void addParty(Party party, ParsedFile file, Positioned<Party> origin) {
            parties.add(party);
            partyFiles.add(file);
            partyOrigins.add(origin);
        }

        List<Party> newParties() {
            return newParties;
        }

        Portfolio portfolio() {
            return new Portfolio(null, parties, deals, List.of());
        }

        /**
         * Files the problem under the file its deal or party came from; problems of the register
         * or of a stand-in are dropped. False when the problem is about neither a deal nor a party.
         */
        boolean place(Problem problem, Map<ParsedFile, List<Problem>> byFile) {
            Matcher m = ELEMENT.matcher(problem.path() == null ? "" : problem.path());
            if (!m.matches()) {
                return false;
            }
            int index = Integer.parseInt(m.group(2));
            Problem relative = Problem.at(m.group(3), problem.text(), problem.expectation());

            boolean isDeal = m.group(1).equals("deals");
            ParsedFile file = isDeal ? dealFiles.get(index) : partyFiles.get(index);
            if (file != null) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>())
                        .add(isDeal ? file.inDeal(dealOrigins.get(index), relative) : file.inParty(partyOrigins.get(index), relative));
            }
            return true;
        }
    }
}
