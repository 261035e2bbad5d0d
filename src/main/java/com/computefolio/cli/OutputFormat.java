package com.computefolio.cli;

/** How a command prints its result: an aligned table for people, JSON or CSV for programs. */
public enum OutputFormat {
    TABLE, JSON, CSV
}
