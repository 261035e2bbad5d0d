package com.computefolio.cli;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.service.LocalNames;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints one deal in full for people: the fixed fields, then every revision with its figures and
 * the sources behind each figure, so a reader can check any number against where it came from.
 */
final class DealDetailPrinter {
    private static final String INDENT = "  ";
    private static final String SOURCE_INDENT = "      ";
    private static final int LABEL_WIDTH = 16;
    private static final int LINE_WIDTH = 110;

    private final CliMessages messages;

    DealDetailPrinter(CliMessages messages) {
        this.messages = messages;
    }

    /** @param names the parties' names and the deal's title and notes in the reader's language (ADR 34) */
    void print(Deal deal, LocalNames names, List<Revision> revisions, Revision inForce, PrintWriter out) {
        TerminalPrintWriter marks = TerminalPrintWriter.of(out);
        if (marks != null && marks.rightToLeft()) {
            // The line starts with the (Latin) id: without the mark a bidi terminal would lay it out left to right.
            marks.mark(TerminalPrintWriter.RLM);
        }
        String title = names.title(deal);
        out.println(deal.id() + "  " + title);
        if (!title.equals(deal.title())) {
            field(out, "show.originalTitle", deal.title());
        }
        field(out, "show.buyer", names.party(deal.buyerId()) + " (" + deal.buyerId() + ")");
        field(out, "show.counterparty", names.party(deal.counterpartyId()) + " (" + deal.counterpartyId() + ")");
        field(out, "show.kind", messages.term(deal.kind()));
        field(out, "show.direction", messages.term(deal.direction()));
        field(out, "show.announced", deal.announced().toString());
        field(out, "show.tags", messages.list(deal.tags()));
        field(out, "show.links", messages.list(deal.links().stream().map(this::link).toList()));
        for (DealRole role : deal.roles()) {
            field(out, "show.role", messages.get("show.roleText", messages.get("exposure.role." + role.role().name()),
                    role.partyId(), role.amount() == null ? "-" : Amounts.readable(messages, role.amount().minorUnits(), role.amount().currency()),
                    role.share() == null ? "-" : role.share().stripTrailingZeros().toPlainString() + "%",
                    role.label() == null ? "" : role.label()));
            sources(out, role.sources());
        }
        text(out, "show.notes", names.notes(deal));
        field(out, "show.version", Long.toString(deal.version()));
        for (int i = 0; i < revisions.size(); i++) {
            Revision r = revisions.get(i);
            out.println();
            String heading = messages.get("show.revision", i + 1, revisions.size(), r.knownFrom().toString());
            out.println(r == inForce ? heading + "  " + messages.get("show.inForce") : heading);
            revision(out, r);
        }
        out.flush();
    }

    private void revision(PrintWriter out, Revision r) {
        text(out, "show.change", r.change());
        field(out, "show.status", messages.term(r.status()));
        figure(out, "show.value", r.value());
        field(out, "show.totalValue", DealText.totalValue(r, messages));
        for (Figure other : r.otherFigures()) {
            figure(out, "show.otherFigure", other);
        }
        field(out, "show.term", r.term() == null ? messages.get("show.termUnknown")
                : r.term().openEnded() ? messages.get("show.termOpen", r.term().start().toString(), r.term().months(),
                        r.term().end().toString(), r.term().noticeMonths() == null ? 0 : r.term().noticeMonths())
                : messages.get(r.term().assumed() ? "show.termAssumed" : "show.termStated",
                        r.term().start().toString(), r.term().months(), r.term().end().toString()));
        field(out, "show.capacity", r.capacity() == null ? "-" : DealText.capacity(r.capacity(), messages)
                + (r.capacityClaim() == null ? "" : "  " + messages.term(r.capacityBasis())
                + (r.capacityClaim().confidence() == null ? "" : messages.get("list.separator") + messages.term(r.capacityClaim().confidence()))
                + (r.capacityClaim().unsourced() ? "  " + messages.get("show.unsourced") : "")
                + (r.capacityClaim().label() == null ? "" : "  " + r.capacityClaim().label())));
        if (r.capacityClaim() != null) {
            sources(out, r.capacityClaim().sources());
        }
        for (DealOption option : r.options()) {
            field(out, "show.option", messages.get("show.optionText", messages.term(option.kind()),
                    option.label() == null ? "" : option.label(), DealText.figureAmount(option.value(), messages),
                    option.months() == null ? 0 : option.months(),
                    option.exerciseFrom() == null ? "-" : option.exerciseFrom().toString(),
                    option.exerciseUntil() == null ? "-" : option.exerciseUntil().toString()));
            sources(out, option.value().sources());
        }
        for (ExitRight exit : r.exitRights()) {
            field(out, "show.exitRight", messages.get("show.exitRightText", exit.partyId(), exit.noticeDays(),
                    exit.from() == null ? "-" : exit.from().toString(), exit.label() == null ? "" : exit.label()));
        }
        text(out, "show.hardware", r.hardware());
        for (ScheduleLeg leg : r.legs()) {
            field(out, "show.leg", messages.get("show.legText", leg.label() == null ? "" : leg.label(), leg.start().toString(),
                    leg.months(), messages.term(leg.shape()),
                    leg.amount() == null ? "-" : Amounts.readable(messages, leg.amount().minorUnits(), leg.amount().currency()),
                    leg.capacity() == null ? "-" : Amounts.readableGigawatts(messages, leg.capacity().kilowatts()))
                    + (leg.prepayment() ? "  " + messages.get("show.prepayment") : ""));
        }
        if (!r.sources().isEmpty()) {
            field(out, "show.revisionSources", "");
            sources(out, r.sources());
        }
        text(out, "show.notes", r.notes());
    }

    private void figure(PrintWriter out, String labelKey, Figure f) {
        String amount = DealText.figureAmount(f, messages);
        String exact = f.amount() == null ? "" : "  [" + Amounts.exact(f.amount().minorUnits()) + " " + f.amount().currency() + "]";
        String label = f.label() == null ? "" : "  " + f.label();
        String unsourced = f.unsourced() ? "  " + messages.get("show.unsourced") : "";
        field(out, labelKey, amount + exact + "  " + messages.list(java.util.List.of(messages.term(f.basis()), messages.term(f.confidence()))) + unsourced + label);
        sources(out, f.sources());
    }

    private void sources(PrintWriter out, List<Source> sources) {
        for (Source s : sources) {
            StringBuilder sb = new StringBuilder(SOURCE_INDENT).append('[').append(s.id()).append("] ").append(s.publisher());
            if (s.title() != null) {
                sb.append(", \"").append(s.title()).append('"');
            }
            if (s.published() != null) {
                sb.append(", ").append(s.published());
            }
            sb.append(", ").append(s.url());
            out.println(sb);
            if (s.quote() != null && !s.quote().isBlank()) {
                out.println(SOURCE_INDENT + "  \"" + s.quote() + "\"");
            }
        }
    }

    private void field(PrintWriter out, String labelKey, String value) {
        if (value != null) {
            out.println((labelled(labelKey) + value).stripTrailing());
        }
    }

    /** Free text (notes, changes) wrapped under its label. */
    private void text(PrintWriter out, String labelKey, String value) {
        if (value == null) {
            return;
        }
        String first = labelled(labelKey);
        List<String> lines = wrap(value, LINE_WIDTH - first.length());
        out.println((first + lines.get(0)).stripTrailing());
        for (String line : lines.subList(1, lines.size())) {
            out.println(" ".repeat(first.length()) + line);
        }
    }

    private String labelled(String labelKey) {
        String label = messages.get(labelKey) + ":";
        return INDENT + label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length()));
    }

    /** Breaks long notes at spaces so that they stay readable in an 80-120 column terminal. */
    static List<String> wrap(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private String link(DealLink link) {
        return messages.term(link.type()) + " " + link.targetDealId();
    }
}
