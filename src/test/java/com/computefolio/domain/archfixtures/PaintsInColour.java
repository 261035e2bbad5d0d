package com.computefolio.domain.archfixtures;

import java.awt.Color;

/** Breaks the domain's allow-list on purpose (ArchitectureRulesTest): a domain value that draws. */
public record PaintsInColour(Color colour) {
}
