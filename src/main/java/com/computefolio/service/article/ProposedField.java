package com.computefolio.service.article;

/**
 * The fields of a deal that a proposal may fill from an article, each accepted or rejected on its own in the
 * review. A field the article does not state is left empty and listed as missing, never guessed.
 */
public enum ProposedField {
    BUYER, COUNTERPARTY, KIND, ANNOUNCED, STATUS, VALUE, TERM, CAPACITY, HARDWARE
}
