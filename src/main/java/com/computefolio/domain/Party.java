package com.computefolio.domain;

import java.util.Objects;

public record Party(String id, String name, PartyKind kind) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
