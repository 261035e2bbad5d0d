package com.computefolio.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the parts of a deal that format version 2 added: parties in roles (ADR 19), open-ended
 * terms, options, exit rights and capacity figures (ADR 20). Paths use the JSON format's names.
 */
final class ShapeChecks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Shares are percentages with at most 4 decimals (0.0001 % is far below any real stake). */
    static final int SHARE_SCALE = 4;

    private ShapeChecks() {
    }

    static void checkRoles(Deal deal, Set<String> knownPartyIds, List<Problem> problems) {
        Map<PartyRole, BigDecimal> shareSums = new EnumMap<>(PartyRole.class);
        Set<String> seen = new HashSet<>();
        ListChecks.checkCount(deal.roles().size(), DealLimits.MAX_LINKS_PER_DEAL, "roles", "roles", problems);
        for (int i = 0; i < deal.roles().size(); i++) {
            DealRole role = deal.roles().get(i);
            String path = "roles[" + i + "]";
            TextChecks.check(role.label(), DealLimits.LABEL, path + ".label", problems);
            if (TextChecks.check(role.partyId(), DealLimits.ID, path + ".party", problems)
                    && !knownPartyIds.contains(role.partyId())) {
                problems.add(Problem.at(path + ".party", "The " + role.role() + " \"" + role.partyId()
                        + "\" is not a known party.", "the id of a party in the register or in the same import"));
            }
            if (!seen.add(role.role() + " " + role.partyId())) {
                problems.add(Problem.at(path + ".party", "\"" + role.partyId() + "\" is named as " + role.role()
                        + " twice.", "each party once in each role"));
            }
            checkAmountOfRole(role, path, problems);
            checkShareOfRole(role, path, shareSums, problems);
        }
        shareSums.forEach((role, sum) -> {
            if (sum.compareTo(HUNDRED) > 0) {
                problems.add(Problem.at("roles", "The shares of the " + role + " parties add up to "
                        + sum.stripTrailingZeros().toPlainString() + "%.", "shares adding up to at most 100%"));
            }
        });
    }

    private static void checkAmountOfRole(DealRole role, String path, List<Problem> problems) {
        if (role.amount() == null) {
            return;
        }
        if (role.role() != PartyRole.GUARANTOR) {
            problems.add(Problem.at(path + ".amount", "A " + role.role() + " has an amount.",
                    "an amount only for a GUARANTOR (the amount guaranteed)"));
            return;
        }
        FigureChecks.checkAmount(role.amount(), path + ".amount", problems);
    }

    private static void checkShareOfRole(DealRole role, String path, Map<PartyRole, BigDecimal> sums,
                                         List<Problem> problems) {
        if (role.share() == null) {
            return;
        }
        if (!role.role().hasShare()) {
            problems.add(Problem.at(path + ".share", "A " + role.role() + " has a share.",
                    "a share only for a CO_INVESTOR or a JV_OWNER"));
            return;
        }
        BigDecimal share = role.share();
        if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
            problems.add(Problem.at(path + ".share", "The share " + share.toPlainString() + "% is not between 0 and 100.",
                    "a percentage more than 0 and at most 100"));
        } else if (share.stripTrailingZeros().scale() > SHARE_SCALE) {
            problems.add(Problem.at(path + ".share", "The share " + share.toPlainString() + " has more than "
                    + SHARE_SCALE + " decimal places.", "at most " + SHARE_SCALE + " decimals"));
        } else {
            sums.merge(role.role(), share, BigDecimal::add);
        }
    }

    static void checkRevision(Revision revision, String path, Set<String> knownPartyIds, List<Problem> problems) {
        Term term = revision.term();
        if (term != null && term.noticeMonths() != null) {
            if (!term.openEnded()) {
                problems.add(Problem.at(path + ".term.noticeMonths", "A term with a stated end has a notice period.",
                        "noticeMonths only with openEnded: true (an exit right says how a fixed term can be left)"));
            } else if (term.noticeMonths() < 1 || term.noticeMonths() > RevisionChecks.LONGEST_TERM_MONTHS) {
                problems.add(Problem.at(path + ".term.noticeMonths", "The notice period of " + term.noticeMonths()
                        + " months is not possible.", "1 to " + RevisionChecks.LONGEST_TERM_MONTHS + " months"));
            }
        }
        checkCapacityClaim(revision, path, problems);
        ListChecks.checkCount(revision.options().size(), DealLimits.MAX_FIGURES_PER_REVISION, "options",
                path + ".options", problems);
        for (int k = 0; k < revision.options().size(); k++) {
            checkOption(revision.options().get(k), path + ".options[" + k + "]", problems);
        }
        ListChecks.checkCount(revision.exitRights().size(), DealLimits.MAX_FIGURES_PER_REVISION, "exit rights",
                path + ".exitRights", problems);
        for (int k = 0; k < revision.exitRights().size(); k++) {
            checkExitRight(revision.exitRights().get(k), path + ".exitRights[" + k + "]", knownPartyIds, problems);
        }
    }

    private static void checkCapacityClaim(Revision revision, String path, List<Problem> problems) {
        CapacityClaim claim = revision.capacityClaim();
        if (claim == null) {
            return;
        }
        TextChecks.check(claim.label(), DealLimits.LABEL, path + ".capacity.label", problems);
        ListChecks.checkCount(claim.sources().size(), DealLimits.MAX_SOURCES_PER_LIST, "sources", path + ".capacity.sources",
                problems);
        if (revision.capacity() == null) {
            problems.add(Problem.at(path + ".capacity.gw", "The capacity figure has no amount.", "a capacity in GW"));
        }
        if (claim.unsourced() && !claim.sources().isEmpty()) {
            problems.add(Problem.at(path + ".capacity.unsourced", "The capacity is marked unsourced but cites a source.",
                    "either sources or unsourced: true, not both"));
        }
    }

    private static void checkOption(DealOption option, String path, List<Problem> problems) {
        TextChecks.check(option.label(), DealLimits.LABEL, path + ".label", problems);
        FigureChecks.check(option.value(), path + ".value", problems);
        if (option.months() != null && (option.months() < 1 || option.months() > RevisionChecks.LONGEST_TERM_MONTHS)) {
            problems.add(Problem.at(path + ".months", "The option adds " + option.months() + " months.",
                    "1 to " + RevisionChecks.LONGEST_TERM_MONTHS + " months"));
        }
        if (option.exerciseFrom() != null && option.exerciseUntil() != null
                && option.exerciseUntil().isBefore(option.exerciseFrom())) {
            problems.add(Problem.at(path + ".exerciseUntil", "The exercise window ends (" + option.exerciseUntil()
                    + ") before it opens (" + option.exerciseFrom() + ").", "a month on or after " + option.exerciseFrom()));
        }
    }

    private static void checkExitRight(ExitRight exit, String path, Set<String> knownPartyIds, List<Problem> problems) {
        TextChecks.check(exit.label(), DealLimits.LABEL, path + ".label", problems);
        if (TextChecks.check(exit.partyId(), DealLimits.ID, path + ".party", problems) && !knownPartyIds.contains(exit.partyId())) {
            problems.add(Problem.at(path + ".party", "The party \"" + exit.partyId() + "\" with the exit right is not a known party.",
                    "the id of a party in the register or in the same import"));
        }
        if (exit.noticeDays() < 1 || exit.noticeDays() > RevisionChecks.LONGEST_TERM_MONTHS * 31) {
            problems.add(Problem.at(path + ".noticeDays", "A notice of " + exit.noticeDays() + " days is not possible.",
                    "1 to " + RevisionChecks.LONGEST_TERM_MONTHS * 31 + " days"));
        }
    }
}
