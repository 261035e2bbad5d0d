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
 *   <li>overlaps counted once ({@link OverlapNetting}, through {@link RegisterPipeline}) on the
 *       scenario's output, unless the filter asks for the gross sum.</li>
 * </ol>
 */
final class RegisterViews {

    private final ScenarioViews scenarios = new ScenarioViews();
    private final RegisterPipeline netting = new RegisterPipeline();

    /** The register the filter's scenario makes, netted unless the filter asks for the gross sum. */
    NettedRegister netted(Portfolio register, DealFilter filter) {
        Portfolio view = scenarios.view(register, filter.scenario(), filter.asOf());
        return filter.gross() ? NettedRegister.unchanged(view) : netting.netted(view);
    }

    /** As {@link #netted}, as a plain register. */
    Portfolio of(Portfolio register, DealFilter filter) {
        return netted(register, filter).portfolio();
    }
}
