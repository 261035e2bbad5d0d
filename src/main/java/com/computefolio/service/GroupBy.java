package com.computefolio.service;

/** How deals are grouped into series for totals and charts. */
public enum GroupBy {
    COUNTERPARTY, KIND, STATUS, CONFIDENCE, BUYER, YEAR, NONE
}
