package com.computefolio.service;

/**
 * One party in one role, over the deals where it plays it: how many, and the money involved.
 *
 * @param role        {@code BUYER}, {@code COUNTERPARTY} or a {@link com.computefolio.domain.PartyRole} name
 * @param amountMinor commitments (buyer, counterparty, end user), the amount guaranteed (guarantor: contingent,
 *                    never added to commitments) or the party's share of the deals' value (co-investor, JV owner)
 * @param contingent  true for a guarantor: the money is owed only if the party it backs does not pay
 */
public record ExposureRow(String partyId, String partyName, String role, int deals, long amountMinor, String currency,
                          boolean contingent) {
}
