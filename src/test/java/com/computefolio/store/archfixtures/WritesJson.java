package com.computefolio.store.archfixtures;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the store's allow-list on purpose (ArchitectureRulesTest): the store writing a file format. */
public final class WritesJson {
    private ObjectMapper mapper;

    public ObjectMapper mapper() {
        return mapper;
    }
}
