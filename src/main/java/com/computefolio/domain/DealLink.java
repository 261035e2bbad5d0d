package com.computefolio.domain;

import java.util.Objects;

/** A relation from one deal to another, e.g. this deal EXPANDS that one. */
public record DealLink(LinkType type, String targetDealId) {
    public DealLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(targetDealId, "targetDealId");
    }
}
