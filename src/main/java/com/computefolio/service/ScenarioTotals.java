package com.computefolio.service;

import com.computefolio.service.scenario.Scenario;

/**
 * One column of a scenario comparison: the totals of the same filtered deals under one scenario.
 *
 * @param currency the currency the totals are in (the selection's main currency)
 */
public record ScenarioTotals(Scenario scenario, SummaryRow totals, String currency) {
}
