package com.computefolio.cli;

import com.computefolio.domain.Revision;
import com.computefolio.service.article.Evidence;
import com.computefolio.service.article.Mention;
import com.computefolio.service.article.Proposal;
import com.computefolio.service.article.ProposalSet;
import com.computefolio.service.article.ProposedField;
import com.computefolio.service.article.UnusedSentence;
import java.io.PrintWriter;

/**
 * The review of an article's proposals for a person: each proposal's fields with the words they were read from and
 * the sentence quoted, the fields the article does not state, the confidence and why, the deals only mentioned and
 * what was not used. Values are shown as the file will hold them (ids, codes, exact amounts).
 */
final class ProposalPrinter {
    private final CliMessages messages;
    private final String text;

    ProposalPrinter(CliMessages messages, String text) {
        this.messages = messages;
        this.text = text;
    }

    void print(ProposalSet set, PrintWriter out) {
        if (set.proposals().isEmpty()) {
            out.println(messages.get("propose.none"));
        }
        for (Proposal p : set.proposals()) {
            out.println(p.kind() == Proposal.Kind.NEW_DEAL ? messages.get("propose.newDeal", p.proposed().id())
                    : messages.get("propose.newRevision", p.proposed().id(), p.revision().knownFrom()));
            for (ProposedField f : ProposedField.values()) {
                Evidence e = p.found().get(f);
                if (e != null) {
                    out.println(messages.get("propose.field", label(f), value(p, f), words(e), e.quote()));
                }
            }
            if (!p.missing().isEmpty()) {
                out.println(messages.get("propose.missing", String.join(", ",
                        p.missing().stream().sorted().map(this::label).toList())));
            }
            if (p.confidence().evidence() == null) {
                out.println(messages.get("propose.confidenceDefault", p.confidence().confidence()));
            } else {
                out.println(messages.get("propose.confidence", p.confidence().confidence(), p.confidence().words()));
            }
        }
        for (Mention m : set.mentions()) {
            out.println(m.dealId().map(id -> messages.get("propose.mention", id, m.evidence().quote()))
                    .orElseGet(() -> messages.get("propose.mentionUnknown", String.join(", ", m.partyIds()), m.evidence().quote())));
        }
        for (UnusedSentence u : set.notUsed()) {
            out.println(messages.get("propose.notUsed", u.what(), u.evidence().quote()));
        }
    }

    private String label(ProposedField f) {
        return messages.get("propose.field." + f.name());
    }

    private String words(Evidence e) {
        return text.substring(e.matchStart(), e.matchEnd()).replaceAll("\\s+", " ").strip();
    }

    private String value(Proposal p, ProposedField f) {
        Revision r = p.revision();
        return switch (f) {
            case BUYER -> p.proposed().buyerId();
            case COUNTERPARTY -> p.proposed().counterpartyId();
            case KIND -> p.proposed().kind().name();
            case ANNOUNCED -> (p.kind() == Proposal.Kind.NEW_DEAL ? p.proposed().announced() : r.knownFrom()).toString();
            case STATUS -> r.status().name();
            case VALUE -> r.value().amount().currency() + " " + Amounts.exact(r.value().amount().minorUnits()) + " " + r.value().basis();
            case TERM -> messages.get("propose.months", r.term().months());
            case CAPACITY -> r.capacity().gigawatts().toPlainString() + " GW";
            case HARDWARE -> r.hardware();
        };
    }
}
