package com.computefolio.domain;

/** The part a party plays in a deal besides buyer and counterparty (ADR 19). */
public enum PartyRole {
    /** Backstops the buyer's obligations (Google behind Fluidstack's leases): contingent exposure, never a commitment. */
    GUARANTOR,
    /** Uses the capacity without signing for it. */
    END_USER,
    /** Invests beside others in the same round, with a share. */
    CO_INVESTOR,
    /** Owns a share of the joint venture that signs. */
    JV_OWNER;

    /** Roles that carry an ownership or investment share. */
    public boolean hasShare() {
        return this == CO_INVESTOR || this == JV_OWNER;
    }
}
