package com.computefolio.service.scenario;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;

import com.computefolio.domain.ProblemKey;
import com.computefolio.domain.ProblemText;
import com.computefolio.domain.ValueRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which figures count and how: a transform of the register before anything is scheduled
 * (docs/scenarios.md, ADR 17). The tier picks each deal's counted figure or leaves the deal out,
 * the weights (weighted scenario only) and the stress's haircut scale its amount, and the stress's
 * delay moves its starts. Everything downstream reads the transformed register unchanged.
 *
 * @param name    how users call it ({@code firm}, {@code my-stress}); lower case, no commas
 * @param weights probabilities per status and confidence, or null for none
 */
public record Scenario(String name, FigureTier tier, Weights weights, Stress stress) {

    /** Each revision's registered value, as every total was before scenarios: the default. */
    public static final Scenario AS_REGISTERED = new Scenario("as-registered", FigureTier.AS_REGISTERED, null, Stress.NONE);

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        stress = stress == null ? Stress.NONE : stress;
        if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new ValueRefusedException(ProblemText.say(ProblemKey.SCENARIO_NAME_FORM, name));
        }
    }

    /** Whether this scenario leaves the register exactly as it is. */
    public boolean isIdentity() {
        return tier == FigureTier.AS_REGISTERED && weights == null && stress.isNone();
    }

    public Scenario withStress(Stress newStress) {
        return new Scenario(name, tier, weights, newStress);
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, tier, weights, stress);
    }

    /** The register as this scenario sees it now ({@link #apply(Portfolio, LocalDate)} without an as-of date). */
    public Portfolio apply(Portfolio register) {
        return apply(register, null);
    }

    /**
     * The register as this scenario sees it as known on {@code asOf} (null: now). Each deal keeps
     * only its effective revision, made from the revision in force; a deal not yet known, or whose
     * status the tier does not admit, or that is an option below the options tier, is left out.
     */
    public Portfolio apply(Portfolio register, LocalDate asOf) {
        if (isIdentity()) {
            return register;
        }
        List<Deal> deals = new ArrayList<>(register.deals().size());
        for (Deal deal : register.deals()) {
            Optional<Revision> inForce = deal.asOf(asOf);
            if (inForce.isEmpty()) {
                continue;
            }
            effective(deal, inForce.get()).ifPresent(r -> deals.add(r == deal.current() && deal.revisions().size() == 1
                    ? deal : deal.withRevisions(List.of(r))));
        }
        return new Portfolio(register.name(), register.parties(), deals, register.contextSeries());
    }

    /** The revision that stands for {@code revision} of {@code deal} in this scenario, or empty if the deal is left out. */
    public Optional<Revision> effective(Deal deal, Revision revision) {
        boolean optionsCount = tier.admitsOptions();
        if (!tier.admitsStatus(revision.status()) || (!optionsCount && OptionMarks.isOption(deal))) {
            return Optional.empty();
        }
        Figure counted = FigureChoice.choose(tier, revision, optionsCount)
                .orElseGet(() -> Figure.undisclosed(revision.value().confidence(), revision.value().sources()));
        BigDecimal factor = stress.keptShare();
        if (weights != null) {
            factor = factor.multiply(weights.probability(revision.status(), counted.confidence()));
        }
        Revision chosen = RevisionScaling.counting(revision, RevisionScaling.scaled(counted, factor));
        if (optionsCount && tier != FigureTier.AS_REGISTERED) {
            chosen = OptionsAdded.to(chosen, factor);
        }
        return Optional.of(RevisionScaling.delayed(chosen, stress.delayMonths()));
    }
}
