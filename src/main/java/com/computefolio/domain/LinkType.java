package com.computefolio.domain;

public enum LinkType {
    AMENDS, EXPANDS, SUPERSEDES, RELATED
}
