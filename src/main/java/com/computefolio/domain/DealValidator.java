package com.computefolio.domain;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds everything wrong with a deal (or a whole portfolio) before it is saved, and reports all of
 * it at once as {@link Problem}s whose paths are relative to the deal and use the JSON format's
 * names ({@code title}, {@code revisions[1].value.amount}, {@code revisions[0].schedule[2].capacityGw},
 * {@code links[0].deal}). Revision indexes count in {@code knownFrom} order, which is how a deal
 * holds them.
 *
 * <p>Deliberately free of clocks: a revision known before the deal's announced date (a rumour) or
 * in the future is not an error.
 */
public final class DealValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ProblemText SLUG_EXPECTED = say(EXPECT_SLUG);

    public List<Problem> validate(Deal deal, Set<String> knownPartyIds, Set<String> knownDealIds) {
        List<Problem> problems = new ArrayList<>();
        checkIdentity(deal, problems);
        checkTexts(deal, problems);
        checkParties(deal, knownPartyIds, problems);
        checkLinks(deal, knownDealIds, problems);
        ShapeChecks.checkRoles(deal, knownPartyIds, problems);
        Set<LocalDate> seenDates = new HashSet<>();
        Set<Source> checkedSources = new HashSet<>();
        for (int i = 0; i < deal.revisions().size(); i++) {
            Revision revision = deal.revisions().get(i);
            String path = "revisions[" + i + "]";
            if (!seenDates.add(revision.knownFrom())) {
                problems.add(Problem.at(path + ".knownFrom", say(REVISIONS_SAME_DATE, revision.knownFrom()),
                        say(EXPECT_DISTINCT_KNOWN_FROM)));
            }
            RevisionChecks.check(revision, path, checkedSources, problems);
            ShapeChecks.checkRevision(revision, path, knownPartyIds, problems);
        }
        return List.copyOf(problems);
    }

    /**
     * Checks a whole portfolio: unique deal, party and source ids, the parties themselves, every
     * deal against the parties and deals of this portfolio (deal paths prefixed {@code deals[i].}),
     * and SUPERSEDES links that go round in a circle across deals.
     */
    public List<Problem> validatePortfolio(Portfolio portfolio) {
        List<Problem> problems = new ArrayList<>();
        Set<String> partyIds = new HashSet<>();
        for (int i = 0; i < portfolio.parties().size(); i++) {
            checkParty(portfolio.parties().get(i), "parties[" + i + "]", partyIds, problems);
        }
        Set<String> dealIds = new HashSet<>();
        for (Deal deal : portfolio.deals()) {
            dealIds.add(deal.id());
        }
        Set<String> seenDealIds = new HashSet<>();
        Map<String, Source> sourcesById = new HashMap<>();
        for (int i = 0; i < portfolio.deals().size(); i++) {
            Deal deal = portfolio.deals().get(i);
            String prefix = "deals[" + i + "].";
            if (!seenDealIds.add(deal.id())) {
                problems.add(Problem.at(prefix + "id", say(DEAL_ID_TAKEN, deal.id()), say(EXPECT_DEAL_ID_ONCE)));
            }
            for (Problem p : validate(deal, partyIds, dealIds)) {
                problems.add(p.atPath(prefix + p.path()));
            }
            checkSourceIds(deal, prefix, sourcesById, problems);
        }
        problems.addAll(LinkCycles.find(portfolio));
        return List.copyOf(problems);
    }

    /** Within one deal, one source id must always mean the same source (paths relative to the deal). */
    public List<Problem> validateSourceIds(Deal deal) {
        List<Problem> problems = new ArrayList<>();
        checkSourceIds(deal, "", new HashMap<>(), problems);
        return List.copyOf(problems);
    }

    private static void checkIdentity(Deal deal, List<Problem> problems) {
        if (deal.id().isBlank()) {
            problems.add(Problem.at("id", say(DEAL_NO_ID), say(EXPECT_SLUG_EXAMPLE)));
        } else if (TextChecks.check(deal.id(), DealLimits.ID, "id", problems) && !SLUG.matcher(deal.id()).matches()) {
            problems.add(Problem.at("id", say(DEAL_ID_NOT_SLUG, deal.id()), SLUG_EXPECTED));
        }
        if (deal.title().isBlank()) {
            problems.add(Problem.at("title", say(DEAL_NO_TITLE), say(EXPECT_TITLE_EXAMPLE)));
        }
    }

    /** Lengths and characters of the deal's own texts, and the sizes of its lists. */
    private static void checkTexts(Deal deal, List<Problem> problems) {
        TextChecks.check(deal.title(), DealLimits.TITLE, "title", problems);
        TextChecks.check(deal.notes(), DealLimits.NOTES, "notes", problems);
        TranslationChecks.check(deal.translations(), TranslationChecks.DEAL_FIELDS, "translations", problems);
        TextChecks.check(deal.buyerId(), DealLimits.ID, "buyer", problems);
        TextChecks.check(deal.counterpartyId(), DealLimits.ID, "counterparty", problems);
        ListChecks.checkCount(deal.tags().size(), DealLimits.MAX_TAGS_PER_DEAL, ProblemKey.COUNT_TAGS, "tags", problems);
        for (int i = 0; i < deal.tags().size(); i++) {
            TextChecks.check(deal.tags().get(i), DealLimits.TAG, "tags[" + i + "]", problems);
        }
        ListChecks.checkCount(deal.links().size(), DealLimits.MAX_LINKS_PER_DEAL, ProblemKey.COUNT_LINKS, "links", problems);
        for (int i = 0; i < deal.links().size(); i++) {
            TextChecks.check(deal.links().get(i).targetDealId(), DealLimits.ID, "links[" + i + "].deal", problems);
        }
        ListChecks.checkCount(deal.revisions().size(), DealLimits.MAX_REVISIONS_PER_DEAL, ProblemKey.COUNT_REVISIONS, "revisions", problems);
    }

    /** A list longer than its limit, e.g. "The deal has 501 revisions." */
    private static void checkParties(Deal deal, Set<String> knownPartyIds, List<Problem> problems) {
        // An id over the length limit is reported by checkTexts; quoting it again as unknown would
        // repeat a text of any length in the message.
        if (!knownPartyIds.contains(deal.buyerId()) && fitsId(deal.buyerId())) {
            problems.add(Problem.at("buyer", say(BUYER_UNKNOWN, deal.buyerId()), say(EXPECT_KNOWN_PARTY)));
        }
        if (!knownPartyIds.contains(deal.counterpartyId()) && fitsId(deal.counterpartyId())) {
            problems.add(Problem.at("counterparty", say(COUNTERPARTY_UNKNOWN, deal.counterpartyId()), say(EXPECT_KNOWN_PARTY)));
        }
        if (deal.buyerId().equals(deal.counterpartyId())) {
            problems.add(Problem.at("counterparty", say(BUYER_IS_COUNTERPARTY, deal.buyerId()), say(EXPECT_TWO_PARTIES)));
        }
    }

    private static void checkLinks(Deal deal, Set<String> knownDealIds, List<Problem> problems) {
        for (int i = 0; i < deal.links().size(); i++) {
            String target = deal.links().get(i).targetDealId();
            String path = "links[" + i + "].deal";
            if (target.equals(deal.id())) {
                problems.add(Problem.at(path, say(LINK_TO_ITSELF), say(EXPECT_OTHER_DEAL)));
            } else if (!knownDealIds.contains(target) && fitsId(target)) {
                problems.add(Problem.at(path, say(LINK_TARGET_UNKNOWN, target), say(EXPECT_EXISTING_DEAL)));
            }
        }
    }

    private static boolean fitsId(String id) {
        return id.length() <= DealLimits.ID.maxChars();
    }

    private static void checkParty(Party party, String path, Set<String> seenIds, List<Problem> problems) {
        TextChecks.check(party.name(), DealLimits.NAME, path + ".name", problems);
        TranslationChecks.check(party.translations(), TranslationChecks.PARTY_FIELDS, path + ".translations", problems);
        if (TextChecks.check(party.id(), DealLimits.ID, path + ".id", problems) && !SLUG.matcher(party.id()).matches()) {
            problems.add(Problem.at(path + ".id", say(PARTY_ID_NOT_SLUG, party.id()), SLUG_EXPECTED));
        }
        if (!seenIds.add(party.id())) {
            problems.add(Problem.at(path + ".id", say(PARTY_ID_TAKEN, party.id()), say(EXPECT_PARTY_ID_ONCE)));
        }
        if (party.name().isBlank()) {
            problems.add(Problem.at(path + ".name", say(PARTY_NO_NAME, party.id()), say(EXPECT_DISPLAY_NAME)));
        }
    }

    /** One id must always mean the same source, or figures would cite the wrong article. */
    private static void checkSourceIds(Deal deal, String prefix, Map<String, Source> sourcesById, List<Problem> problems) {
        CitedSources.forEach(deal, (path, list) -> checkSourceIds(list, prefix + path, sourcesById, problems));
    }

    private static void checkSourceIds(List<Source> sources, String listPath, Map<String, Source> sourcesById,
                                       List<Problem> problems) {
        for (int k = 0; k < sources.size(); k++) {
            Source source = sources.get(k);
            Source first = sourcesById.putIfAbsent(source.id(), source);
            if (first != null && !first.equals(source)) {
                problems.add(Problem.at(listPath + "[" + k + "]", say(SOURCE_ID_TWO_SOURCES, source.id(), first.url(), source.url()),
                        say(EXPECT_DISTINCT_SOURCE_ID)));

                sourcesById.put(source.id(), source); // report each further conflicting version once
            }
        }
    }
}
