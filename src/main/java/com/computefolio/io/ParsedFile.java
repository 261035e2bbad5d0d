package com.computefolio.io;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemText;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reading one file produced before cross-checking: the values that could be mapped, the
 * problems already found (located), and a way to locate problems found later on the mapped values.
 * Values that could not be mapped are left out; their problems are in {@link #problems()}.
 *
 * @param portfolioName    the file's portfolio name, or null
 * @param unmappedPartyIds ids of parties the file declares but that could not be mapped; deals citing
 *                         them are not reported again for an unknown party
 * @param unmappedDealIds  the same for deals, for links and duplicate ids
 */
public record ParsedFile(String fileName, String portfolioName, List<Positioned<Party>> parties, List<MappedDeal> deals,
                         List<Positioned<ContextSeries>> contextSeries, Set<String> unmappedPartyIds,
                         Set<String> unmappedDealIds, List<Problem> problems, ProblemLocator locator, int auditEntriesIgnored) {

    private static final Pattern REVISION_INDEX = Pattern.compile("^revisions\\[(\\d+)\\]");

    public ParsedFile {
        parties = List.copyOf(parties);
        deals = List.copyOf(deals);
        contextSeries = List.copyOf(contextSeries);
        unmappedPartyIds = Set.copyOf(unmappedPartyIds);
        unmappedDealIds = Set.copyOf(unmappedDealIds);
        problems = List.copyOf(problems);
    }

    /** A file without an audit trail (every CSV file, most JSON files). */
    public ParsedFile(String fileName, String portfolioName, List<Positioned<Party>> parties, List<MappedDeal> deals,
                      List<Positioned<ContextSeries>> contextSeries, Set<String> unmappedPartyIds,
                      Set<String> unmappedDealIds, List<Problem> problems, ProblemLocator locator) {
        this(fileName, portfolioName, parties, deals, contextSeries, unmappedPartyIds, unmappedDealIds, problems, locator, 0);
    }

    /** A file that could not be read at all; problems that name no file are given this one. */
    public static ParsedFile unreadable(String fileName, List<Problem> problems) {
        List<Problem> named = problems.stream().map(p -> p.file() == null ? p.inFile(fileName) : p).toList();
        return new ParsedFile(fileName, null, List.of(), List.of(), List.of(), Set.of(), Set.of(), named,
                p -> p.inFile(fileName));
    }

    /**
     * A problem found on one of this file's deals, with its path made relative to the file (not yet
     * located: see {@link #locate}).
     *
     * @param deal    the deal as read from this file
     * @param problem path relative to the deal, revisions counted in knownFrom order ({@code revisions[1].value})
     */
    public Problem inDeal(MappedDeal deal, Problem problem) {
        String path = problem.path() == null ? "" : problem.path();
        Matcher m = REVISION_INDEX.matcher(path);
        if (m.find()) {
            path = "revisions[" + deal.revisionPosition(Integer.parseInt(m.group(1))) + "]" + path.substring(m.end());
        }
        return at("deals[" + deal.position() + "]" + (path.isEmpty() ? "" : "." + path), problem.text(), problem.expectation());
    }

    /** A problem found on one of this file's parties; the path is relative to the party ({@code id}). */
    public Problem inParty(Positioned<Party> party, Problem problem) {
        String path = problem.path() == null || problem.path().isEmpty() ? "" : "." + problem.path();
        return at("parties[" + party.position() + "]" + path, problem.text(), problem.expectation());
    }

    /** A problem at a path relative to the file's root ({@code contextSeries[2].id}), not yet located. */
    public Problem at(String path, ProblemText text, ProblemText expected) {
        return new Problem(fileName, 0, 0, path, text, expected);

    }

    /** The problems with line and column, in one pass over the file. */
    public List<Problem> locate(List<Problem> found) {
        return locator.locateAll(found);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Deal> dealValues() {
        return deals.stream().map(MappedDeal::deal).toList();
    }

    public List<Party> partyValues() {
        return parties.stream().map(Positioned::value).toList();
    }

    public List<ContextSeries> contextSeriesValues() {
        return contextSeries.stream().map(Positioned::value).toList();
    }
}
