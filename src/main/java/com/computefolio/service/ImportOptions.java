package com.computefolio.service;

/**
 * How an import treats what the register already has.
 *
 * @param takeBack  replace deals even where the register has revisions the files lack
 * @param onlyNew   every deal must be new: a deal id the register already has refuses the whole
 *                  import with a {@link DealExistsException} (the {@code add} command)
 */
public record ImportOptions(boolean takeBack, boolean onlyNew) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false);

    public static ImportOptions takingBack(boolean takeBack) {
        return new ImportOptions(takeBack, false);
    }
}
