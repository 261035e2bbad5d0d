package com.computefolio.domain.audit;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A deal as a flat, ordered map from field path to text, the form in which two versions of a deal
 * are compared. Paths use the portfolio file's names ({@code buyer}, {@code revisions[1].schedule[0].amount});
 * fields without a value are left out; the deal's version (bookkeeping, not content) is not a field.
 * Every field of {@link Deal} and what it holds is listed here: a field added to the domain must be
 * added here too, or its changes go unrecorded ({@code DealChangesTest} changes each one).
 */
public final class DealFields {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private DealFields() {
    }

    /** The deal's fields in file order; empty for null (no deal: before a creation, after a deletion). */
    public static Map<String, String> of(Deal deal) {
        DealFields out = new DealFields();
        if (deal != null) {
            out.deal(deal);
        }
        return out.fields;
    }

    private void deal(Deal d) {
        put("id", d.id());
        put("title", d.title());
        put("buyer", d.buyerId());
        put("counterparty", d.counterpartyId());
        put("kind", d.kind());
        put("direction", d.direction());
        put("announced", d.announced());
        put("tags", d.tags().isEmpty() ? null : String.join(", ", d.tags()));
        for (int i = 0; i < d.links().size(); i++) {
            DealLink link = d.links().get(i);
            put("links[" + i + "]", link.type() + " " + link.targetDealId());
        }
        for (int i = 0; i < d.roles().size(); i++) {
            role("roles[" + i + "].", d.roles().get(i));
        }
        put("notes", d.notes());
        for (int i = 0; i < d.revisions().size(); i++) {
            revision("revisions[" + i + "].", d.revisions().get(i));
        }
    }

    private void role(String at, DealRole role) {
        put(at + "role", role.role());
        put(at + "party", role.partyId());
        put(at + "amount", money(role.amount()));
        put(at + "share", role.share() == null ? null : role.share().toPlainString());
        put(at + "sources", sources(role.sources()));
        put(at + "label", role.label());
    }

    private void revision(String at, Revision r) {
        put(at + "knownFrom", r.knownFrom());
        put(at + "change", r.change());
        put(at + "status", r.status());
        figure(at + "value.", r.value());
        for (int i = 0; i < r.otherFigures().size(); i++) {
            figure(at + "otherFigures[" + i + "].", r.otherFigures().get(i));
        }
        term(at + "term.", r.term());
        put(at + "capacity", capacity(r.capacity()));
        claim(at + "capacity.", r.capacityClaim());
        put(at + "hardware", r.hardware());
        for (int i = 0; i < r.legs().size(); i++) {
            leg(at + "schedule[" + i + "].", r.legs().get(i));
        }
        for (int i = 0; i < r.options().size(); i++) {
            option(at + "options[" + i + "].", r.options().get(i));
        }
        for (int i = 0; i < r.exitRights().size(); i++) {
            exit(at + "exitRights[" + i + "].", r.exitRights().get(i));
        }
        put(at + "sources", sources(r.sources()));
        put(at + "notes", r.notes());
    }

    private void figure(String at, Figure f) {
        if (f == null) {
            return;
        }
        put(at + "basis", f.basis());
        put(at + "amount", money(f.amount()));
        put(at + "low", money(f.low()));
        put(at + "high", money(f.high()));
        put(at + "confidence", f.confidence());
        put(at + "sources", sources(f.sources()));
        put(at + "label", f.label());
        flag(at + "unsourced", f.unsourced());
    }

    private void term(String at, Term t) {
        if (t == null) {
            return;
        }
        put(at + "start", t.start());
        put(at + "months", t.months());
        flag(at + "assumed", t.assumed());
        flag(at + "open", t.openEnded());
        put(at + "noticeMonths", t.noticeMonths());
    }

    private void claim(String at, CapacityClaim c) {
        if (c == null) {
            return;
        }
        put(at + "basis", c.basis());
        put(at + "confidence", c.confidence());
        put(at + "sources", sources(c.sources()));
        put(at + "label", c.label());
        flag(at + "unsourced", c.unsourced());
    }

    private void leg(String at, ScheduleLeg leg) {
        put(at + "label", leg.label());
        put(at + "start", leg.start());
        put(at + "months", leg.months());
        put(at + "shape", leg.shape());
        put(at + "amount", money(leg.amount()));
        put(at + "capacity", capacity(leg.capacity()));
        flag(at + "prepayment", leg.prepayment());
    }

    private void option(String at, DealOption o) {
        put(at + "kind", o.kind());
        put(at + "label", o.label());
        figure(at + "value.", o.value());
        put(at + "months", o.months());
        put(at + "exerciseFrom", o.exerciseFrom());
        put(at + "exerciseUntil", o.exerciseUntil());
    }

    private void exit(String at, ExitRight e) {
        put(at + "party", e.partyId());
        put(at + "noticeDays", e.noticeDays());
        put(at + "from", e.from());
        put(at + "label", e.label());
    }

    /** A flag is written only when set, as the file does: absent means false. */
    private void flag(String path, boolean set) {
        put(path, set ? "true" : null);
    }

    private void put(String path, Object value) {
        if (value != null) {
            fields.put(path, value.toString());
        }
    }

    /** Amounts as the file writes them (plain major units) with their currency: "38000000000.00 USD". */
    private static String money(Money m) {
        return m == null ? null : m.toMajor().toPlainString() + " " + m.currency();
    }

    private static String capacity(Capacity c) {
        return c == null ? null : c.toString();
    }

    /** A source list by ids, in order: a source's own text belongs to the source, shared by every deal citing it. */
    private static String sources(List<Source> sources) {
        return sources.isEmpty() ? null : sources.stream().map(Source::id).collect(Collectors.joining(", "));
    }
}
