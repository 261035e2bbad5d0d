package com.computefolio.ui.prefs;

import java.nio.file.Path;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the new-deal buyer across sessions (issue 14): when a register is opened, the editor's
 * last buyer is set to the one remembered for that register (or cleared: another register's buyer
 * means nothing here); when the user saves a deal, its buyer is remembered for the register open.
 * Whether the remembered party still exists is checked where it is used (a deleted buyer is no default).
 */
public final class LastBuyerMemory {

    private final UserPreferences preferences;
    private final ObservableValue<Path> register;
    private final StringProperty lastBuyer;
    private boolean seeding;

    private LastBuyerMemory(UserPreferences preferences, ObservableValue<Path> register, StringProperty lastBuyer) {
        this.preferences = preferences;
        this.register = register;
        this.lastBuyer = lastBuyer;
    }

    /** Ties the editor's last buyer to the preferences for whichever register is open. */
    public static LastBuyerMemory bind(UserPreferences preferences, ObservableValue<Path> register, StringProperty lastBuyer) {
        LastBuyerMemory memory = new LastBuyerMemory(preferences, register, lastBuyer);
        memory.seed(register.getValue());
        register.addListener((obs, old, file) -> memory.seed(file));
        lastBuyer.addListener((obs, old, buyer) -> memory.remember(buyer));
        return memory;
    }

    private void seed(Path file) {
        seeding = true;
        try {
            lastBuyer.set(preferences.lastBuyer(file).orElse(null));
        } finally {
            seeding = false;
        }
    }

    private void remember(String buyer) {
        Path file = register.getValue();
        if (!seeding && buyer != null && !buyer.isBlank() && file != null) {
            preferences.setLastBuyer(file, buyer);
        }
    }
}
