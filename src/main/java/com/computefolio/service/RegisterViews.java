package com.computefolio.service;

import com.computefolio.domain.Portfolio;
import com.computefolio.service.scenario.ScenarioViews;

/**
 * The register as a filter asks to see it, before any deal is matched or scheduled: the one place
 * where the register is transformed, so that every road (selection, timeline, chart, summary,
 * export) sees the same figures. Steps run in a fixed order, each memoised by the identity of its
 * input so the schedule cache keeps hitting:
 * <ol>
 *   <li>the filter's scenario (docs/scenarios.md): which figures count and how;</li>
 *   <li>(overlaps counted once goes here, on the scenario's output).</li>
 * </ol>
 */
final class RegisterViews {

    private final ScenarioViews scenarios = new ScenarioViews();

    /** The register the filter's scenario makes; the register itself for the default scenario. */
    Portfolio of(Portfolio register, DealFilter filter) {
        Portfolio view = scenarios.view(register, filter.scenario(), filter.asOf());
        // Next step (netting of overlaps) takes `view` here.
        return view;
    }
}
