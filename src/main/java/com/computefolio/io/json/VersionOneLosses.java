package com.computefolio.io.json;

import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.Figure;
import com.computefolio.domain.MainBuyer;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What writing a portfolio as format version 1 would lose, one line per deal (or series) and field,
 * e.g. {@code openai-oracle: revision 2025-09-10: value.basis PER_MONTH}. Empty when version 1 holds
 * everything, which is the only case in which version 1 is written (docs/format.md).
 */
public final class VersionOneLosses {

    private VersionOneLosses() {
    }

    public static List<String> of(Portfolio portfolio) {
        List<String> lost = new ArrayList<>();
        for (Party party : portfolio.parties()) {
            if (!party.translations().isEmpty()) {
                lost.add("party " + party.id() + ": translations (" + String.join(", ", party.translations().byLanguage().keySet()) + ")");
            }
        }
        for (Deal deal : portfolio.deals()) {
            if (!deal.translations().isEmpty()) {
                lost.add(deal.id() + ": translations (" + String.join(", ", deal.translations().byLanguage().keySet()) + ")");
            }
            for (DealRole role : deal.roles()) {
                lost.add(deal.id() + ": roles (" + role.role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + role.partyId() + ")");
            }
            for (Revision revision : deal.revisions()) {
                revision(deal.id() + ": revision " + revision.knownFrom() + ": ", revision, lost);
            }
        }
        String mainBuyer = MainBuyer.of(portfolio.deals(), portfolio.parties().stream().map(Party::id).toList());
        for (ContextSeries series : portfolio.contextSeries()) {
            if (series.partyId() != null && !series.partyId().equals(mainBuyer)) {
                lost.add("context series " + series.id() + ": party " + series.partyId() + " (version 1 reads "
                        + (mainBuyer == null ? "no party" : mainBuyer) + ")");
            }
        }
        return List.copyOf(lost);
    }

    private static void revision(String at, Revision revision, List<String> lost) {
        figure(at + "value", revision.value(), lost);
        for (int j = 0; j < revision.otherFigures().size(); j++) {
            figure(at + "otherFigures[" + j + "]", revision.otherFigures().get(j), lost);
        }
        if (revision.term() != null && revision.term().openEnded()) {
            lost.add(at + "term.openEnded");
        }
        if (revision.term() != null && revision.term().noticeMonths() != null) {
            lost.add(at + "term.noticeMonths");
        }
        if (revision.capacityClaim() != null) {
            lost.add(at + "capacity (" + revision.capacityClaim().basis() + ", its confidence, sources or label)");
        }
        if (!revision.options().isEmpty()) {
            lost.add(at + "options (" + revision.options().size() + ")");
        }
        if (!revision.exitRights().isEmpty()) {
            lost.add(at + "exitRights (" + revision.exitRights().size() + ")");
        }
        for (int k = 0; k < revision.legs().size(); k++) {
            ScheduleLeg leg = revision.legs().get(k);
            if (leg.prepayment()) {
                lost.add(at + "schedule[" + k + "].prepayment");
            }
        }
    }

    private static void figure(String at, Figure figure, List<String> lost) {
        if (VersionFields.V2_BASES.contains(figure.basis())) {
            lost.add(at + ".basis " + figure.basis());
        }
        if (figure.unsourced()) {
            lost.add(at + ".unsourced");
        }
    }
}
