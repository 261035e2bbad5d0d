package com.computefolio.service;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.service.scenario.Scenario;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which deals a view or command looks at. Empty sets and null values mean "no restriction".
 *
 * @param text        case-insensitive search over id, title, party names, tags and notes
 * @param parties     party ids; a deal matches if its buyer or counterparty is one of them
 * @param from        keep deals whose term overlaps [from, to]
 * @param asOf        "as known on": each deal is seen through its latest revision known on this date;
 *                    deals not yet known are left out
 * @param directions  COMMITMENT, INFLOW or both
 * @param scenario    which figures count and how (docs/scenarios.md); {@link Scenario#AS_REGISTERED} by default
 * @param gross       true: the plain sum of every deal's own figures; false (the default): umbrella deals
 *                    count only what their PART_OF parts do not already cover (see OverlapNetting)
 * @param roles       buyer-only, counterparty-only and excluded parties (issue 14), beside {@code parties}
 */
public record DealFilter(String text, Set<String> parties, Set<DealKind> kinds, Set<DealStatus> statuses,
                         Set<Confidence> confidences, LocalDate from, LocalDate to, LocalDate asOf,
                         Set<MoneyDirection> directions, Scenario scenario, boolean gross, PartyRoles roles) {

    public static final DealFilter ALL = new DealFilter(null, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, Set.of());

    /** Any party in any role: what every filter was before role filters. */
    public DealFilter(String text, Set<String> parties, Set<DealKind> kinds, Set<DealStatus> statuses,
                      Set<Confidence> confidences, LocalDate from, LocalDate to, LocalDate asOf,
                      Set<MoneyDirection> directions, Scenario scenario, boolean gross) {
        this(text, parties, kinds, statuses, confidences, from, to, asOf, directions, scenario, gross, PartyRoles.NONE);
    }

    /** The registered figures, netted: what every filter was before scenarios and netting. */
    public DealFilter(String text, Set<String> parties, Set<DealKind> kinds, Set<DealStatus> statuses,
                      Set<Confidence> confidences, LocalDate from, LocalDate to, LocalDate asOf,
                      Set<MoneyDirection> directions) {
        this(text, parties, kinds, statuses, confidences, from, to, asOf, directions, Scenario.AS_REGISTERED, false);
    }

    /** A scenario's figures, netted. */
    public DealFilter(String text, Set<String> parties, Set<DealKind> kinds, Set<DealStatus> statuses,
                      Set<Confidence> confidences, LocalDate from, LocalDate to, LocalDate asOf,
                      Set<MoneyDirection> directions, Scenario scenario) {
        this(text, parties, kinds, statuses, confidences, from, to, asOf, directions, scenario, false);
    }

    /** The registered figures, netted or gross. */
    public DealFilter(String text, Set<String> parties, Set<DealKind> kinds, Set<DealStatus> statuses,
                      Set<Confidence> confidences, LocalDate from, LocalDate to, LocalDate asOf,
                      Set<MoneyDirection> directions, boolean gross) {
        this(text, parties, kinds, statuses, confidences, from, to, asOf, directions, Scenario.AS_REGISTERED, gross);
    }

    public DealFilter {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        confidences = confidences == null ? Set.of() : Set.copyOf(confidences);
        directions = directions == null ? Set.of() : Set.copyOf(directions);
        scenario = scenario == null ? Scenario.AS_REGISTERED : scenario;
        roles = roles == null ? PartyRoles.NONE : roles;
    }

    /**
     * Whether context about this company (its revenue, losses, capex, compute online) belongs beside the deals the
     * filter keeps: never when the company is excluded; when the filter names parties in any role, only for a
     * company that is buyer or counterparty of a kept deal ({@code keptParties}: OpenAI's revenue beside its deals
     * with Microsoft, Anthropic's beside Anthropic's); otherwise always. A series without a company is always shown.
     */
    public boolean admitsCompany(String partyId, java.util.Set<String> keptParties) {
        if (partyId == null) {
            return true;
        }
        if (roles.excluded().contains(partyId)) {
            return false;
        }
        return !namesCompanies() || keptParties.contains(partyId);
    }

    /** Whether the filter names parties in any role, so that context is shown only for the kept deals' companies. */
    public boolean namesCompanies() {
        return !parties.isEmpty() || !roles.buyers().isEmpty() || !roles.counterparties().isEmpty();
    }

    public DealFilter withText(String newText) {
        return new DealFilter(newText, parties, kinds, statuses, confidences, from, to, asOf, directions, scenario, gross, roles);
    }

    public DealFilter withAsOf(LocalDate newAsOf) {
        return new DealFilter(text, parties, kinds, statuses, confidences, from, to, newAsOf, directions, scenario, gross, roles);
    }

    public DealFilter withDirections(Set<MoneyDirection> newDirections) {
        return new DealFilter(text, parties, kinds, statuses, confidences, from, to, asOf, newDirections, scenario, gross, roles);
    }

    public DealFilter withScenario(Scenario newScenario) {
        return new DealFilter(text, parties, kinds, statuses, confidences, from, to, asOf, directions, newScenario, gross, roles);
    }

    public DealFilter withGross(boolean newGross) {
        return new DealFilter(text, parties, kinds, statuses, confidences, from, to, asOf, directions, scenario, newGross, roles);
    }

    public DealFilter withRoles(PartyRoles newRoles) {
        return new DealFilter(text, parties, kinds, statuses, confidences, from, to, asOf, directions, scenario, gross, newRoles);
    }
}
