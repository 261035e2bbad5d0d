package com.computefolio.domain;

/**
 * How one deal relates to another. {@code PART_OF} points from a named deal to the umbrella or
 * envelope whose money and capacity it already covers (Oracle's cloud deal is part of Stargate), so
 * that totals count the umbrella only for what its parts leave over.
 */
public enum LinkType {
    AMENDS, EXPANDS, SUPERSEDES, RELATED, PART_OF
}
