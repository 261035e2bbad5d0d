package com.computefolio.service;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exposure by party and role (ADR 19): for each party, what it is in for as buyer, as counterparty,
 * as end user, as guarantor and as co-investor or joint-venture owner, each deal as known on the
 * as-of date (cancelled and superseded deals left out). A guarantee is contingent: it is its own
 * row, marked so, and never added to the party's commitments. Amounts are the deals' headline
 * totals (a share of it for co-investors and owners, rounded half-even to the cent), per currency.
 */
public final class Exposures {

    public static final String BUYER = "BUYER";
    public static final String COUNTERPARTY = "COUNTERPARTY";

    private Exposures() {
    }

    public static List<ExposureRow> of(Portfolio portfolio, LocalDate asOf) {
        Map<String, String> names = new LinkedHashMap<>();
        portfolio.parties().forEach(p -> names.put(p.id(), p.name()));
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        for (Deal deal : portfolio.deals()) {
            Optional<Revision> known = deal.asOf(asOf);
            if (known.isEmpty() || !live(known.get().status())) {
                continue;
            }
            Revision revision = known.get();
            long total = HeadlineTotal.minorUnits(revision).orElse(0);
            String currency = HeadlineTotal.currency(revision);
            add(sums, deal.buyerId(), BUYER, currency, total);
            add(sums, deal.counterpartyId(), COUNTERPARTY, currency, total);
            for (DealRole role : deal.roles()) {
                if (role.role() == PartyRole.GUARANTOR) {
                    boolean stated = role.amount() != null;
                    add(sums, role.partyId(), role.role().name(), stated ? role.amount().currency() : currency,
                            stated ? role.amount().minorUnits() : 0);
                } else if (role.share() != null) {
                    long share = BigDecimal.valueOf(total).multiply(role.share()).movePointLeft(2)
                            .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                    add(sums, role.partyId(), role.role().name(), currency, share);
                } else {
                    add(sums, role.partyId(), role.role().name(), currency, role.role() == PartyRole.END_USER ? total : 0);
                }
            }
        }
        List<ExposureRow> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(new ExposureRow(key.get(0), names.getOrDefault(key.get(0), key.get(0)), key.get(1),
                (int) sum[0], sum[1], key.get(2), PartyRole.GUARANTOR.name().equals(key.get(1)))));
        rows.sort(Comparator.comparing(ExposureRow::partyName).thenComparing(r -> roleOrder(r.role()))
                .thenComparing(ExposureRow::currency));
        return List.copyOf(rows);
    }

    private static boolean live(DealStatus status) {
        return status != DealStatus.CANCELLED && status != DealStatus.SUPERSEDED;
    }

    private static void add(Map<List<String>, long[]> sums, String party, String role, String currency, long amount) {
        long[] sum = sums.computeIfAbsent(List.of(party, role, currency), k -> new long[2]);
        sum[0]++;
        sum[1] = Math.addExact(sum[1], amount);
    }

    private static int roleOrder(String role) {
        return switch (role) {
            case BUYER -> 0;
            case COUNTERPARTY -> 1;
            default -> 2 + PartyRole.valueOf(role).ordinal();
        };
    }
}
