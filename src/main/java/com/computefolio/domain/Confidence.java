package com.computefolio.domain;

/** How much a figure can be trusted: said by a party, reported by the press, or an analyst's estimate. */
public enum Confidence {
    OFFICIAL, REPORTED, ESTIMATE
}
