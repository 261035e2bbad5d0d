package com.computefolio.service;

/**
 * How an import treats what the register already has.
 *
 * @param takeBack  replace deals even where the register has revisions the files lack
 * @param onlyNew   every deal must be new: a deal id the register already has refuses the whole
 *                  import with a {@link DealExistsException} (the {@code add} command)
 * @param clashes   what to do with a party or source id the register has with other content
 */
public record ImportOptions(boolean takeBack, boolean onlyNew, Clashes clashes) {

    /** A party or source id the files use for something other than the register's. */
    public enum Clashes {
        /** Refuse with an {@link ImportClashException} listing both versions; nothing is written. */
        ASK,
        /** Keep the register's version; the files' deals cite it. */
        KEEP_EXISTING,
        /** Write the files' version over the register's; every deal citing it sees the new one. */
        REPLACE
    }

    public static final ImportOptions DEFAULT = new ImportOptions(false, false, Clashes.ASK);

    public ImportOptions {
        clashes = clashes == null ? Clashes.ASK : clashes;
    }

    public static ImportOptions takingBack(boolean takeBack) {
        return new ImportOptions(takeBack, false, Clashes.ASK);
    }

    public ImportOptions withClashes(Clashes choice) {
        return new ImportOptions(takeBack, onlyNew, choice);
    }
}
