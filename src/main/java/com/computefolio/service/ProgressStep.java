package com.computefolio.service;

/** The steps of long work a {@link ProgressListener} is told about, each with the unit it counts. */
public enum ProgressStep {
    /** Reading and parsing import files; counts bytes of the files. */
    READ_FILES,
    /** Checking the files' deals against the register and writing them in one transaction; counts deals. */
    WRITE_DEALS,
    /** Making a synthetic portfolio; counts deals. */
    GENERATE_DEALS,
    /** Writing a portfolio file; counts deals. */
    WRITE_FILE
}
