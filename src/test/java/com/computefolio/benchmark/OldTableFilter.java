package com.computefolio.benchmark;

import com.computefolio.domain.Deal;
import com.computefolio.domain.HeadlineTotal;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Months;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.service.DealFilter;
import com.computefolio.ui.deals.DealRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The deals table's own filter before the service made its selection (issue 12; DealIndex,
 * DealRowFilter and DealTotals in ui/deals at commit 006165d), kept here only as the yardstick a
 * keystroke through {@code AnalysisService.select} is measured against. Its totals were headline
 * totals per currency, not the summary's: it is not a second road for the product, which never calls it.
 */
final class OldTableFilter {

    private record Entry(Deal deal, String buyerName, String counterpartyName, String searchText, String[] revisionText) {
        boolean matches(String needle, int revisionIndex) {
            return searchText.contains(needle) || revisionText[revisionIndex].contains(needle);
        }
    }

    /** The rows that passed, in index order, and what the old status bar summed. */
    record Result(List<DealRow> rows, int deals, Map<String, Long> commitments, Map<String, Long> inflows, long kilowatts) {
    }

    private final List<Entry> entries;

    private OldTableFilter(List<Entry> entries) {
        this.entries = entries;
    }

    /** The old {@code DealIndex.of}: names resolved, text lowercased and the table order sorted once per register. */
    static OldTableFilter index(Portfolio portfolio) {
        Map<String, Party> parties = portfolio.partiesById();
        List<Entry> entries = new ArrayList<>(portfolio.deals().size());
        for (Deal deal : portfolio.deals()) {
            String buyer = nameOf(parties, deal.buyerId());
            String counterparty = nameOf(parties, deal.counterpartyId());
            String[] revisionText = new String[deal.revisions().size()];
            for (int i = 0; i < revisionText.length; i++) {
                Revision revision = deal.revisions().get(i);
                revisionText[i] = (nullToEmpty(revision.notes()) + '\n' + nullToEmpty(revision.hardware())).toLowerCase(Locale.ROOT);
            }
            entries.add(new Entry(deal, buyer, counterparty, searchText(deal, buyer, counterparty), revisionText));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.deal().announced()).thenComparing(e -> e.deal().id()));
        return new OldTableFilter(List.copyOf(entries));
    }

    /** The old {@code DealRowFilter.apply}: one pass making the rows and their totals. */
    Result apply(DealFilter filter) {
        String text = filter.text() == null ? "" : filter.text().trim().toLowerCase(Locale.ROOT);
        int from = filter.from() == null ? Integer.MIN_VALUE : Months.index(YearMonth.from(filter.from()));
        int to = filter.to() == null ? Integer.MAX_VALUE : Months.index(YearMonth.from(filter.to()));
        List<DealRow> rows = new ArrayList<>();
        Map<String, Long> commitments = new TreeMap<>();
        Map<String, Long> inflows = new TreeMap<>();
        long kilowatts = 0;
        for (Entry entry : entries) {
            Deal deal = entry.deal();
            if (!filter.parties().isEmpty()
                    && !filter.parties().contains(deal.buyerId()) && !filter.parties().contains(deal.counterpartyId())) {
                continue;
            }
            if (!filter.kinds().isEmpty() && !filter.kinds().contains(deal.kind())) {
                continue;
            }
            if (!filter.directions().isEmpty() && !filter.directions().contains(deal.direction())) {
                continue;
            }
            int known = revisionIndexAsOf(deal, filter.asOf());
            if (known < 0) {
                continue;
            }
            Revision revision = deal.revisions().get(known);
            if (!text.isEmpty() && !entry.matches(text, known)) {
                continue;
            }
            if (!filter.statuses().isEmpty() && !filter.statuses().contains(revision.status())) {
                continue;
            }
            if (!filter.confidences().isEmpty() && !filter.confidences().contains(revision.value().confidence())) {
                continue;
            }
            if ((filter.from() != null || filter.to() != null) && !overlaps(revision, from, to)) {
                continue;
            }
            OptionalLong headline = HeadlineTotal.minorUnits(revision);
            DealRow row = new DealRow(deal, revision, entry.buyerName(), entry.counterpartyName(),
                    headline.isPresent() ? headline.getAsLong() : -1);
            rows.add(row);
            if (!row.status().isLive()) {
                continue;
            }
            if (row.headlineMinor() >= 0) {
                Map<String, Long> target = deal.direction() == MoneyDirection.INFLOW ? inflows : commitments;
                target.merge(HeadlineTotal.currency(revision), row.headlineMinor(), Math::addExact);
            }
            if (row.kilowatts() > 0) {
                kilowatts = Math.addExact(kilowatts, row.kilowatts());
            }
        }
        return new Result(rows, rows.size(), commitments, inflows, kilowatts);
    }

    private static int revisionIndexAsOf(Deal deal, LocalDate date) {
        List<Revision> revisions = deal.revisions();
        if (date == null) {
            return revisions.size() - 1;
        }
        int found = -1;
        for (int i = 0; i < revisions.size() && !revisions.get(i).knownFrom().isAfter(date); i++) {
            found = i;
        }
        return found;
    }

    private static boolean overlaps(Revision revision, int from, int to) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        if (revision.term() != null) {
            first = Months.index(revision.term().start());
            last = Months.index(revision.term().end());
        }
        for (ScheduleLeg leg : revision.legs()) {
            first = Math.min(first, Months.index(leg.start()));
            last = Math.max(last, Months.index(leg.end()));
        }
        if (first == Integer.MAX_VALUE) {
            first = Months.index(YearMonth.from(revision.knownFrom()));
            last = first;
        }
        return first <= to && last >= from;
    }

    private static String nameOf(Map<String, Party> parties, String id) {
        Party party = parties.get(id);
        return party == null ? id : party.name();
    }

    private static String searchText(Deal deal, String buyer, String counterparty) {
        StringBuilder sb = new StringBuilder(128)
                .append(deal.id()).append('\n').append(deal.title()).append('\n')
                .append(buyer).append('\n').append(counterparty);
        for (String tag : deal.tags()) {
            sb.append('\n').append(tag);
        }
        if (deal.notes() != null) {
            sb.append('\n').append(deal.notes());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
