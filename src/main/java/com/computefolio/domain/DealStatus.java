package com.computefolio.domain;

public enum DealStatus {
    RUMOURED, REPORTED, LETTER_OF_INTENT, DEFINITIVE, ACTIVE, AMENDED, PAUSED, CANCELLED, COMPLETED, SUPERSEDED;

    /** Whether money of a deal in this status still belongs on the commitment timeline. */
    public boolean isLive() {
        return this != CANCELLED && this != SUPERSEDED;
    }
}
