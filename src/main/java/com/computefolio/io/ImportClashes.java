package com.computefolio.io;

import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.CitedSources;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Party;
import com.computefolio.domain.Translations;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Parties and sources that the files declare under an id the register already uses for something
 * else (another name, kind, address, title...). Issue 14: such a party used to keep its old name
 * in silence. Each clash holds both versions, located in the file, so the user can choose between
 * keeping the register's and replacing it with the file's; nothing is guessed.
 */
public final class ImportClashes {

    /** One id, as the register has it and as a file has it. */
    public record Clash(Kind kind, String id, String existing, String incoming, Problem where) {
    }

    public enum Kind { PARTY, SOURCE }

    private final List<Clash> clashes;
    private final Map<String, Party> incomingParties;
    private final Map<String, Source> incomingSources;
    private final Map<String, Source> existingSources;

    private final int sameParties;
    private final int sameSources;

    private ImportClashes(List<Clash> clashes, Map<String, Party> incomingParties, Map<String, Source> incomingSources,
                          Map<String, Source> existingSources, int sameParties, int sameSources) {
        this.clashes = List.copyOf(clashes);
        this.sameParties = sameParties;
        this.sameSources = sameSources;
        this.incomingParties = incomingParties;
        this.incomingSources = incomingSources;
        this.existingSources = existingSources;
    }

    /** The clashes between the files and the register, in file order (parties first in each file). */
    public static ImportClashes find(List<ParsedFile> files, Portfolio register) {
        Map<String, Party> registerParties = register.partiesById();
        Map<String, Source> registerSources = sourcesOf(register.deals(), register.contextSeries());
        List<Clash> clashes = new ArrayList<>();
        Map<String, Party> parties = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        Set<String> sameParties = new HashSet<>();
        Set<String> sameSources = new HashSet<>();
        for (ParsedFile file : files) {
            for (Positioned<Party> p : file.parties()) {
                Party old = registerParties.get(p.value().id());
                Party incoming = old == null ? p.value() : withUnstatedTranslations(p.value(), old);
                if (old != null && old.equals(incoming)) {
                    sameParties.add(old.id());
                }
                if (old != null && !old.equals(incoming) && parties.putIfAbsent(old.id(), incoming) == null) {
                    clashes.add(new Clash(Kind.PARTY, old.id(), describe(old), describe(incoming),
                            locate(file, file.inParty(p, Problem.at("id",
                                    ProblemText.say(ProblemKey.PARTY_CLASH, old.id(), describe(old), describe(incoming)),
                                    ProblemText.say(ProblemKey.EXPECT_KEEP_OR_REPLACE))))));
                }
            }
            for (MappedDeal d : file.deals()) {
                List<Revision> revisions = d.deal().revisions();
                for (int i = 0; i < revisions.size(); i++) {
                    for (Source s : sourcesOf(revisions.get(i), d.deal().roles()).values()) {
                        Source old = registerSources.get(s.id());
                        if (old != null && old.equals(s)) {
                            sameSources.add(s.id());
                        }
                        if (old != null && !old.equals(s) && sources.putIfAbsent(s.id(), s) == null) {
                            clashes.add(new Clash(Kind.SOURCE, s.id(), describe(old), describe(s),
                                    locate(file, file.inDeal(d, Problem.at("revisions[" + i + "]",
                                            ProblemText.say(ProblemKey.SOURCE_CLASH, s.id(), describe(old), describe(s)),
                                            ProblemText.say(ProblemKey.EXPECT_KEEP_OR_REPLACE))))));

                        }
                    }
                }
            }
        }
        sameParties.removeAll(parties.keySet());
        sameSources.removeAll(sources.keySet());
        return new ImportClashes(clashes, parties, sources, registerSources, sameParties.size(), sameSources.size());
    }

    public List<Clash> all() {
        return clashes;
    }

    public boolean none() {
        return clashes.isEmpty();
    }

    /** The files' versions of the clashing parties: what a replace writes over the register's. */
    public List<Party> incomingParties() {
        return List.copyOf(incomingParties.values());
    }

    /** How many parties clash (replaced or kept, as the user chose). */
    public int parties() {
        return incomingParties.size();
    }

    /** How many of the files' parties the register already has exactly so. */
    public int unchangedParties() {
        return sameParties;
    }

    /** How many of the sources the files cite the register already has exactly so. */
    public int unchangedSources() {
        return sameSources;
    }

    /** How many sources clash. */
    public int sources() {
        return incomingSources.size();
    }

    /** The register as it would read with the files' versions of the clashing parties and sources. */
    public Portfolio withIncoming(Portfolio register) {
        List<Party> parties = register.parties().stream().map(p -> incomingParties.getOrDefault(p.id(), p)).toList();
        UnaryOperator<Source> swap = s -> incomingSources.getOrDefault(s.id(), s);
        return new Portfolio(register.name(), parties, register.deals().stream().map(d -> swapSources(d, swap)).toList(),
                register.contextSeries().stream().map(c -> swapSources(c, swap)).toList());
    }

    /** The deal citing the register's version of every clashing source: what "keep existing" writes. */
    public Deal withExisting(Deal deal) {
        return swapSources(deal, s -> incomingSources.containsKey(s.id()) ? existingSources.get(s.id()) : s);
    }

    /** The series citing the register's version of every clashing source. */
    public ContextSeries withExisting(ContextSeries series) {
        return swapSources(series, s -> incomingSources.containsKey(s.id()) ? existingSources.get(s.id()) : s);
    }

    private static Problem locate(ParsedFile file, Problem problem) {
        return file.locate(List.of(problem)).get(0);
    }

    /**
     * A party of a file that gives no translations (every version 1 file, and many others) says nothing about
     * them: it keeps the register's (ADR 34), rather than clashing with them or taking them away.
     */
    private static Party withUnstatedTranslations(Party incoming, Party stored) {
        return incoming.translations().isEmpty() ? incoming.withTranslations(stored.translations()) : incoming;
    }

    private static String describe(Party p) {
        StringBuilder text = new StringBuilder("\u201c").append(p.name()).append("\u201d (").append(p.kind()).append(')');
        p.translations().byLanguage().forEach((language, fields) -> {
            String name = fields.get(Translations.NAME);
            if (name != null) {
                text.append(' ').append(language).append(" \u201c").append(name).append('\u201d');
            }
        });
        return text.toString();
    }

    private static String describe(Source s) {
        return "\u201c" + s.publisher() + (s.title() == null ? "" : ", " + s.title()) + "\u201d " + s.url()
                + (s.published() == null ? "" : " " + s.published()) + (s.quote() == null ? "" : " quote \u201c" + s.quote() + "\u201d");
    }

    /**
     * The sources of the deals and series by id, the first of each id kept, met in the order
     * {@link CitedSources#mapEach} meets them (each revision, then the roles): read, not rewritten,
     * as rebuilding every deal of the register only to walk its sources cost a new deal per deal.
     */
    private static Map<String, Source> sourcesOf(List<Deal> deals, List<ContextSeries> series) {
        Map<String, Source> byId = new LinkedHashMap<>();
        Consumer<List<Source>> collect = list -> list.forEach(s -> byId.putIfAbsent(s.id(), s));
        for (Deal deal : deals) {
            deal.revisions().forEach(r -> CitedSources.forEachListAsMapped(r, collect));
            deal.roles().forEach(role -> collect.accept(role.sources()));
        }
        series.forEach(c -> c.points().forEach(p -> collect.accept(p.sources())));
        return byId;
    }

    /**
     * The sources one revision of a deal cites, with the deal's roles' (a clash in a role is located at
     * each revision, as when the sources were collected from the deal cut to that one revision).
     */
    private static Map<String, Source> sourcesOf(Revision revision, List<DealRole> roles) {
        Map<String, Source> byId = new LinkedHashMap<>();
        Consumer<List<Source>> collect = list -> list.forEach(s -> byId.putIfAbsent(s.id(), s));
        CitedSources.forEachListAsMapped(revision, collect);
        roles.forEach(role -> collect.accept(role.sources()));
        return byId;
    }

    private static Deal swapSources(Deal deal, UnaryOperator<Source> swap) {
        return CitedSources.mapEach(deal, swap);
    }

    private static ContextSeries swapSources(ContextSeries series, UnaryOperator<Source> swap) {
        return new ContextSeries(series.id(), series.name(), series.unit(), series.points().stream()
                .map(p -> new ContextPoint(p.period(), p.value(), p.confidence(), p.sources().stream().map(swap).toList(), p.note()))
                .toList(), series.partyId());
    }
}
