package com.computefolio.domain;

/** What exercising a deal option does. */
public enum OptionKind {
    /** Renews the deal for a further term. */
    RENEWAL,
    /** Extends the term by some months. */
    EXTENSION,
    /** Adds capacity or money within the term ("an option on a further 750 MW"). */
    EXPANSION
}
