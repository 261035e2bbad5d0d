package com.computefolio.domain;

/**
 * Which way the money moves. A COMMITMENT is money the buyer has promised to pay the counterparty;
 * an INFLOW is money the counterparty puts into the buyer (an equity investment). Kept apart so that
 * circular flows (Nvidia invests while OpenAI buys Nvidia systems) can be shown and netted.
 */
public enum MoneyDirection {
    COMMITMENT, INFLOW
}
