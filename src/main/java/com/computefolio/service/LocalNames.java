package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parties' names and deals' titles and notes in the reader's language: the register's translation for
 * that language where it has one (ADR 34), else the original, so a deal nobody translated still shows its
 * own words. The ids and data in files are never changed by this; it is what tables and details show.
 */
public final class LocalNames {
    private final String language;
    private final Map<String, Party> parties;

    private LocalNames(String language, Map<String, Party> parties) {
        this.language = language;
        this.parties = parties;
    }

    public static LocalNames of(Portfolio register, Locale locale) {
        return new LocalNames(locale.getLanguage(), register.partiesById());
    }

    public static LocalNames of(Collection<Party> parties, Locale locale) {
        Map<String, Party> byId = new HashMap<>();
        parties.forEach(party -> byId.putIfAbsent(party.id(), party));
        return new LocalNames(locale.getLanguage(), byId);
    }

    /** The party's name in the language; the id itself when the register does not know the party. */
    public String party(String partyId) {
        Party party = parties.get(partyId);
        return party == null ? partyId : party.name(language);
    }

    public String title(Deal deal) {
        return deal.title(language);
    }

    /** The deal's notes in the language, else its own; null when it has none. */
    public String notes(Deal deal) {
        return deal.notes(language);
    }
}
