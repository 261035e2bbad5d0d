package com.computefolio.service.article;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.Money;
import com.computefolio.domain.Portfolio;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an article and proposes changes to the register (issue 19, docs/article-proposer.md). Writes nothing:
 * the window reviews a proposal and saves it through the usual edit; the command line prints it as portfolio JSON.
 *
 * <p>Two passes over the sentences: the first finds the figures (an amount that is a deal's value, else a
 * capacity) and the pair of parties each belongs to; the second gives each other sentence naming a pair to that
 * pair's draft, or lists it as a mention of the register's deal. What no rule took is listed as not used.
 */
public final class ArticleProposer {
    private final Clock clock;

    public ArticleProposer() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the day a proposal is known from when the article has no date and states no day */
    public ArticleProposer(Clock clock) {
        this.clock = clock;
    }

    /** What the article suggests for this register: new deals, new revisions, mentions and sentences not used. */
    public ProposalSet propose(Article article, Portfolio register) {
        PartyFinder finder = new PartyFinder(register);
        List<SentenceFacts> sentences = new ArrayList<>();
        for (int[] span : Sentences.split(article.text())) {
            sentences.add(SentenceFacts.read(article.text(), sentences.size(), span[0], span[1], article.published(), finder));
        }
        PartyRoles roles = new PartyRoles(finder, sentences);
        DealMatcher matcher = new DealMatcher(register, article.published());
        Used used = new Used();
        Map<String, DealDraft> drafts = new LinkedHashMap<>();
        Map<String, Mention> mentions = new LinkedHashMap<>();
        List<PartyRoles.Roles> rolesOf = rolesInContext(sentences, roles);

        for (SentenceFacts s : sentences) {
            PartyRoles.Roles r = rolesOf.get(s.index());
            if (r != null && !Cues.commentary(s.text())) {
                findFigure(s, r, drafts, mentions, matcher, used);
            }
        }
        for (SentenceFacts s : sentences) {
            PartyRoles.Roles r = rolesOf.get(s.index());
            if (r == null || aboutOtherMoney(s, used)) {
                continue;
            }
            for (String cp : r.counterparties()) {
                List<DealDraft> ofPair = drafts.values().stream().filter(d -> d.buyer.equals(r.buyer()) && d.counterparty.equals(cp))
                        .toList();
                if (ofPair.isEmpty() || Cues.commentary(s.text())) {
                    mention(s, r.buyer(), cp, null, matcher, mentions);
                    continue;
                }
                // A sentence about one of the pair's deals goes to the draft of its kind, else to each of them.
                var cue = Cues.first(Cues.KINDS, s.text());
                List<DealDraft> ofKind = ofPair.stream().filter(d -> cue != null && d.kind == cue.getKey()).toList();
                (ofKind.isEmpty() ? ofPair : ofKind).forEach(d -> d.add(s));
            }
        }

        LocalDate knownFrom = article.published();
        FieldReader reader = new FieldReader(article.text(), sentences, used, matcher);
        List<Proposal> proposals = new ArrayList<>();
        Set<String> newIds = new HashSet<>();
        for (DealDraft draft : drafts.values()) {
            ReadFields fields = reader.read(draft);
            // Known from the announcement day the article gives (not after the article), else from the article's date.
            boolean dayRead = fields.announced != null && (knownFrom == null || !fields.announced.isAfter(knownFrom));
            LocalDate from = dayRead ? fields.announced : knownFrom != null ? knownFrom : LocalDate.now(clock);
            proposals.add(new ProposalBuilder(article, finder, matcher, from).build(draft, fields, newIds));
        }
        Set<String> proposed = new HashSet<>();
        proposals.forEach(p -> proposed.add(p.proposed().id()));
        List<Mention> mentioned = mentions.values().stream()
                .filter(m -> m.dealId().map(id -> !proposed.contains(id)).orElse(true)).toList();
        return new ProposalSet(article, proposals, mentioned, NotUsed.list(article.text(), sentences, used));
    }

    /** Each sentence's buyer and counterparties; a sentence naming no pair takes the previous sentence's pair. */
    private static List<PartyRoles.Roles> rolesInContext(List<SentenceFacts> sentences, PartyRoles roles) {
        List<PartyRoles.Roles> out = new ArrayList<>();
        PartyRoles.Roles previous = null;
        for (SentenceFacts s : sentences) {
            PartyRoles.Roles r = roles.of(s.partyIds());
            if (r == null && previous != null && hasFigure(s)) {
                r = previous;
            } else if (r != null && previous != null && !s.partyIds().contains(previous.buyer())
                    && previous.counterparties().containsAll(s.partyIds())) {
                // Only the previous sentence's sellers, named again ("under the deal, Nvidia invests up to $10B and
                // Microsoft up to $5B"): they still sell to its buyer, not to one another.
                r = new PartyRoles.Roles(previous.buyer(), List.copyOf(new java.util.LinkedHashSet<>(s.partyIds())));
            }
            out.add(r);
            previous = roles.of(s.partyIds());
        }
        return out;
    }

    private static boolean hasFigure(SentenceFacts s) {
        return !s.money().isEmpty() || !s.capacities().isEmpty() || s.durations().stream().anyMatch(d -> d.value().isTerm());
    }

    /**
     * The first pass: a deal's value (else its capacity) in this sentence starts a draft, or names a deal already
     * known. A pair may have two drafts when the article gives it two deals of different kinds (an investment and a
     * cloud purchase); the kind nearest the amount tells them apart.
     */
    private static void findFigure(SentenceFacts s, PartyRoles.Roles r, Map<String, DealDraft> drafts,
                                   Map<String, Mention> mentions, DealMatcher matcher, Used used) {
        for (Hit<StatedMoney> m : s.money()) {
            if (nextToNotADeal(s, m)) {
                continue;
            }
            DealKind kind = kindNear(s, m);
            Money money;
            try {
                money = Money.of(m.value().currency(), m.value().amount());
            } catch (ArithmeticException | IllegalArgumentException e) {
                continue; // fractions of a cent: not a deal's value
            }
            String cp = counterpartyOf(s, r, m, money, kind, matcher);
            List<DealDraft> ofPair = drafts.values().stream().filter(d -> d.buyer.equals(r.buyer()) && d.counterparty.equals(cp)).toList();
            // The same amount again, with any of the sentence's counterparties: the article repeating itself.
            Optional<DealDraft> same = drafts.values().stream()
                    .filter(d -> d.buyer.equals(r.buyer()) && r.counterparties().contains(d.counterparty))
                    .filter(d -> d.value != null && d.value.value().amount().compareTo(m.value().amount()) == 0).findFirst();
            // An amount the register held long before is background, unless the sentence's news is a change of status.
            var status = Cues.status(s.text());
            boolean event = status != null && Cues.STOPS.contains(status.getKey());
            Optional<Deal> known = event ? Optional.empty() : matcher.heldBefore(r.buyer(), cp, money);
            if (same.isPresent()) {
                same.get().add(s);
                used.add(s, m);
            } else if (known.isPresent()) {
                used.add(s, m);
                mention(s, r.buyer(), cp, known.get(), matcher, mentions);
            } else if (ofPair.stream().noneMatch(d -> d.kind == kind || d.kind == null || kind == null)) {
                drafts.put(DealDraft.key(r.buyer(), cp) + drafts.size(), new DealDraft(r.buyer(), cp, kind, s, m, null));
                used.add(s, m);
            }
        }
        if (s.money().stream().noneMatch(m -> used.contains(s, m))) {
            for (Hit<BigDecimal> c : s.capacities()) {
                if (runningTotal(s, c) || Cues.notNewCapacity(s.text(), c)) {
                    continue;
                }
                String cp = nearest(s, r, c);
                // An investment holds no capacity: beside one, gigawatts start the pair's deal for the hardware.
                if (drafts.values().stream().noneMatch(d -> d.buyer.equals(r.buyer()) && d.counterparty.equals(cp)
                        && d.kind != DealKind.EQUITY_INVESTMENT)) {
                    drafts.put(DealDraft.key(r.buyer(), cp) + drafts.size(), new DealDraft(r.buyer(), cp, kindNear(s, c), s, null, c));
                }
                break;
            }
        }
        var status = Cues.status(s.text());
        if (s.money().isEmpty() && s.capacities().isEmpty() && status != null && Cues.EVENTS.contains(status.getKey())
                && s.partyIds().size() >= 2) {
            // A letter of intent signed, a deal paused or ended: news without a figure, one draft per counterparty named.
            for (String cp : withoutProjects(s, r).counterparties()) {
                if (s.partyIds().contains(cp)
                        && drafts.values().stream().noneMatch(d -> d.buyer.equals(r.buyer()) && d.counterparty.equals(cp))) {
                    Hit<String> named = s.parties().stream().filter(h -> h.value().equals(cp)).findFirst().orElseThrow();
                    drafts.put(DealDraft.key(r.buyer(), cp) + drafts.size(),
                            new DealDraft(r.buyer(), cp, kindNear(s, named), s, null, null));
                }
            }
        }
    }

    /**
     * The counterparties less those named only as the project the news serves ("letters of intent to supply the
     * Stargate project with memory chips") while the sentence names another: the project is where the goods go. Only
     * for news without a figure: an amount the project holds (its own value) still names it.
     */
    private static PartyRoles.Roles withoutProjects(SentenceFacts s, PartyRoles.Roles r) {
        List<String> sellers = r.counterparties().stream().filter(cp -> s.parties().stream()
                .noneMatch(h -> h.value().equals(cp) && namedAsProject(s.text(), h))).toList();
        return sellers.isEmpty() || sellers.size() == r.counterparties().size() ? r : new PartyRoles.Roles(r.buyer(), sellers);
    }

    private static boolean namedAsProject(String text, Hit<String> party) {
        String before = text.substring(Math.max(0, party.start() - 12), party.start());
        String after = text.substring(party.end(), Math.min(text.length(), party.end() + 10));
        return PROJECT_BEFORE.matcher(before).find() || PROJECT_AFTER.matcher(after).lookingAt();
    }

    private static final Pattern PROJECT_BEFORE = Pattern.compile("(?:project|" + FoldedText.fold("مشروع") + ")\\s$");
    private static final Pattern PROJECT_AFTER = Pattern.compile("\\s(?:project|venture)\\b");

    private static DealKind kindNear(SentenceFacts s, Hit<?> figure) {
        var cue = Cues.nearest(Cues.KINDS, s.text(), figure);
        return cue == null ? null : cue.getKey();
    }

    private static void mention(SentenceFacts s, String buyer, String cp, Deal known, DealMatcher matcher,
                                Map<String, Mention> mentions) {
        Hit<String> named = s.parties().stream().filter(h -> h.value().equals(cp)).findFirst().orElse(null);
        var kind = Cues.nearest(Cues.KINDS, s.text(), named);
        DealKind k = kind == null ? null : kind.getKey();
        Optional<Deal> deal = known != null ? Optional.of(known) : matcher.mentioned(buyer, cp, k);
        String key = deal.map(Deal::id).orElse(buyer + "\u0000" + cp);
        mentions.putIfAbsent(key, new Mention(deal.map(Deal::id), List.of(buyer, cp), s.evidence(named)));
    }

    /**
     * The counterparty of a figure: the only one named whose deal with the buyer in the register holds this very
     * amount (the amount names the deal better than any word near it); else, of those named, the ones with a deal of
     * the kind read near it ("a joint venture named Stargate, in which OpenAI, SoftBank and Oracle invest $500
     * billion"), the nearest.
     */
    private static String counterpartyOf(SentenceFacts s, PartyRoles.Roles r, Hit<?> figure, Money money, DealKind kind,
                                         DealMatcher matcher) {
        List<String> holding = r.counterparties().stream().filter(cp -> matcher.holds(r.buyer(), cp, money)).toList();
        if (holding.size() == 1) {
            return holding.get(0);
        }
        List<String> ofKind = kind == null ? List.of()
                : r.counterparties().stream().filter(cp -> matcher.hasKind(r.buyer(), cp, kind)).toList();
        if (ofKind.isEmpty() || ofKind.size() == r.counterparties().size()) {
            return nearest(s, r, figure);
        }
        return nearest(s, new PartyRoles.Roles(r.buyer(), ofKind), figure);
    }

    /** The counterparty named nearest the figure; a sentence that names none takes the first of its pair. */
    private static String nearest(SentenceFacts s, PartyRoles.Roles r, Hit<?> figure) {
        String best = r.counterparties().get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Hit<String> h : s.parties()) {
            if (r.counterparties().contains(h.value()) && h.distanceTo(figure) < bestDistance) {
                bestDistance = h.distanceTo(figure);
                best = h.value();
            }
        }
        return best;
    }

    /**
     * Whether a figure is a running total over several deals ("brings the capacity lined up with chipmakers to 26
     * gigawatts", "ليصل إجمالي"): the sum is no one deal's figure.
     */
    private static boolean runningTotal(SentenceFacts s, Hit<?> figure) {
        String before = s.text().substring(Math.max(0, figure.start() - 80), figure.start());
        return TOTAL_TO.matcher(before).find() || Cues.TOTAL.matcher(before.substring(Math.max(0, before.length() - 40))).find();
    }

    private static final Pattern TOTAL_TO = Pattern.compile("(?<![\\p{L}])(?:brings?|bringing|takes?|taking|lifts?|lifting|raises?|"
            + "raising)\\s[^.;]*\\sto\\s(?:about\\s|roughly\\s|some\\s|more than\\s|over\\s)?$");

    private static final Pattern RANGE = Pattern.compile("\\s*(?:to|and|-|–|الى|و)\\s*");

    /** A sentence whose only amounts are revenue, losses or spending speaks of the companies, not of a deal. */
    private static boolean aboutOtherMoney(SentenceFacts s, Used used) {
        return !s.money().isEmpty() && s.money().stream().allMatch(m -> nextToNotADeal(s, m) && !used.contains(s, m));
    }

    /** Whether the amount is revenue, a loss, a valuation or spending: the words within a few of it say so. */
    private static boolean nextToNotADeal(SentenceFacts s, Hit<StatedMoney> m) {
        String text = s.text();
        String around = text.substring(Math.max(0, m.start() - 35), Math.min(text.length(), m.end() + 30));
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        // A price of one unit ("$0.01 each", "per share") is not what a deal is worth; an amount several parties
        // give together ("together expected to spend", "ستستثمران معًا") is no single pair's value.
        if (Cues.NOT_A_DEAL.matcher(around).find() || Cues.PER_UNIT.matcher(after).find() || Cues.TOGETHER.matcher(before).find()
                || runningTotal(s, m)) {
            return true;
        }
        // The upper end of a range ("$370 billion to $400 billion") is what its lower end is.
        for (Hit<StatedMoney> lower : s.money()) {
            if (lower.end() <= m.start() && RANGE.matcher(text.substring(lower.end(), m.start())).matches()) {
                return nextToNotADeal(s, lower);
            }
        }
        return false;
    }
}
