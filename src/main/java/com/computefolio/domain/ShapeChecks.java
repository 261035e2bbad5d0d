package com.computefolio.domain;

import static com.computefolio.domain.ProblemKey.*;
import static com.computefolio.domain.ProblemText.say;

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
        ListChecks.checkCount(deal.roles().size(), DealLimits.MAX_LINKS_PER_DEAL, ProblemKey.COUNT_ROLES, "roles", problems);
        for (int i = 0; i < deal.roles().size(); i++) {
            DealRole role = deal.roles().get(i);
            String path = "roles[" + i + "]";
            TextChecks.check(role.label(), DealLimits.LABEL, path + ".label", problems);
            if (TextChecks.check(role.partyId(), DealLimits.ID, path + ".party", problems)
                    && !knownPartyIds.contains(role.partyId())) {
                problems.add(Problem.at(path + ".party", say(ROLE_PARTY_UNKNOWN, role.role(), role.partyId()), say(EXPECT_KNOWN_PARTY)));
            }
            if (!seen.add(role.role() + " " + role.partyId())) {
                problems.add(Problem.at(path + ".party", say(ROLE_TWICE, role.partyId(), role.role()), say(EXPECT_ONCE_PER_ROLE)));
            }
            checkAmountOfRole(role, path, problems);
            checkShareOfRole(role, path, shareSums, problems);
        }
        shareSums.forEach((role, sum) -> {
            if (sum.compareTo(HUNDRED) > 0) {
                problems.add(Problem.at("roles", say(SHARES_OVER_100, role, sum.stripTrailingZeros()), say(EXPECT_SHARES_AT_MOST_100)));
            }
        });
    }

    private static void checkAmountOfRole(DealRole role, String path, List<Problem> problems) {
        if (role.amount() == null) {
            return;
        }
        if (role.role() != PartyRole.GUARANTOR) {
            problems.add(Problem.at(path + ".amount", say(ROLE_HAS_AMOUNT, role.role()), say(EXPECT_AMOUNT_ONLY_GUARANTOR)));
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
            problems.add(Problem.at(path + ".share", say(ROLE_HAS_SHARE, role.role()), say(EXPECT_SHARE_ONLY_OWNERS)));
            return;
        }
        BigDecimal share = role.share();
        if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
            problems.add(Problem.at(path + ".share", say(SHARE_OUT_OF_RANGE, share), say(EXPECT_PERCENTAGE)));
        } else if (share.stripTrailingZeros().scale() > SHARE_SCALE) {
            problems.add(Problem.at(path + ".share", say(SHARE_TOO_PRECISE, share, SHARE_SCALE), say(EXPECT_AT_MOST_DECIMALS, SHARE_SCALE)));
        } else {
            sums.merge(role.role(), share, BigDecimal::add);
        }
    }

    static void checkRevision(Revision revision, String path, Set<String> knownPartyIds, List<Problem> problems) {
        Term term = revision.term();
        if (term != null && term.noticeMonths() != null) {
            if (!term.openEnded()) {
                problems.add(Problem.at(path + ".term.noticeMonths", say(NOTICE_ON_FIXED_TERM), say(EXPECT_NOTICE_ONLY_OPEN_ENDED)));
            } else if (term.noticeMonths() < 1 || term.noticeMonths() > RevisionChecks.LONGEST_TERM_MONTHS) {
                problems.add(Problem.at(path + ".term.noticeMonths", say(NOTICE_MONTHS_IMPOSSIBLE, term.noticeMonths()),
                        say(EXPECT_MONTHS_BETWEEN, 1, RevisionChecks.LONGEST_TERM_MONTHS)));
            }
        }
        checkCapacityClaim(revision, path, problems);
        ListChecks.checkCount(revision.options().size(), DealLimits.MAX_FIGURES_PER_REVISION, ProblemKey.COUNT_OPTIONS,
                path + ".options", problems);
        for (int k = 0; k < revision.options().size(); k++) {
            checkOption(revision.options().get(k), path + ".options[" + k + "]", problems);
        }
        ListChecks.checkCount(revision.exitRights().size(), DealLimits.MAX_FIGURES_PER_REVISION, ProblemKey.COUNT_EXIT_RIGHTS,
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
        ListChecks.checkCount(claim.sources().size(), DealLimits.MAX_SOURCES_PER_LIST, ProblemKey.COUNT_SOURCES, path + ".capacity.sources",
                problems);
        if (revision.capacity() == null) {
            problems.add(Problem.at(path + ".capacity.gw", say(CAPACITY_NO_AMOUNT), say(EXPECT_CAPACITY_GW)));
        }
        if (claim.unsourced() && !claim.sources().isEmpty()) {
            problems.add(Problem.at(path + ".capacity.unsourced", say(CAPACITY_UNSOURCED_WITH_SOURCE), say(EXPECT_SOURCES_OR_UNSOURCED)));
        }
    }

    private static void checkOption(DealOption option, String path, List<Problem> problems) {
        TextChecks.check(option.label(), DealLimits.LABEL, path + ".label", problems);
        FigureChecks.check(option.value(), path + ".value", problems);
        if (option.months() != null && (option.months() < 1 || option.months() > RevisionChecks.LONGEST_TERM_MONTHS)) {
            problems.add(Problem.at(path + ".months", say(OPTION_MONTHS, option.months()),
                    say(EXPECT_MONTHS_BETWEEN, 1, RevisionChecks.LONGEST_TERM_MONTHS)));
        }
        if (option.exerciseFrom() != null && option.exerciseUntil() != null
                && option.exerciseUntil().isBefore(option.exerciseFrom())) {
            problems.add(Problem.at(path + ".exerciseUntil", say(EXERCISE_ENDS_BEFORE_OPENS, option.exerciseUntil(), option.exerciseFrom()),
                    say(EXPECT_MONTH_ON_OR_AFTER, option.exerciseFrom())));
        }
    }

    private static void checkExitRight(ExitRight exit, String path, Set<String> knownPartyIds, List<Problem> problems) {
        TextChecks.check(exit.label(), DealLimits.LABEL, path + ".label", problems);
        if (TextChecks.check(exit.partyId(), DealLimits.ID, path + ".party", problems) && !knownPartyIds.contains(exit.partyId())) {
            problems.add(Problem.at(path + ".party", say(EXIT_PARTY_UNKNOWN, exit.partyId()), say(EXPECT_KNOWN_PARTY)));
        }
        if (exit.noticeDays() < 1 || exit.noticeDays() > RevisionChecks.LONGEST_TERM_MONTHS * 31) {
            problems.add(Problem.at(path + ".noticeDays", say(NOTICE_DAYS_IMPOSSIBLE, exit.noticeDays()),
                    say(EXPECT_DAYS_BETWEEN, 1, RevisionChecks.LONGEST_TERM_MONTHS * 31)));

        }
    }
}
