package com.computefolio.store;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every deal as it stands now and only what totals and timelines of it need: the deal's
 * fields without notes, tags and links other than PART_OF (which overlap netting needs), and its latest revision with the value figure (basis,
 * amount, confidence; no estimate range or label) and schedule legs (without labels), but no
 * sources, other figures, notes or hardware. Two queries (about a tenth of the rows
 * {@link DealRowsReader} reads), which is what lets a command total 100,000 deals in about a
 * second. The deals are for reading only (their version reads 0): saving one back would drop what
 * was left out.
 */
final class CurrentDealRowsReader {

    /** The latest revision of a deal is the one with the highest seq (revisions are stored in date order). */
    private static final String LATEST = "r.seq = (SELECT MAX(seq) FROM revision WHERE deal_id = r.deal_id)";
    /**
     * The short fields travel joined by spaces in one text column (see {@link Fields}): every
     * column read through JDBC is a call into native code and a string made, and nine of them
     * fewer per row take a third off loading 100,000 deals. None of these values holds a space.
     */
    private static final String DEALS = "SELECT d.id, d.title, d.buyer_id, d.counterparty_id,"
            + " d.kind || ' ' || d.direction || ' ' || d.announced || ' ' || r.known_from || ' ' || r.status"
            + " || ' ' || f.basis || ' ' || f.confidence || ' ' || COALESCE(f.currency, '-') || ' ' || COALESCE(r.term_start, '-'),"
            + " r.id, r.term_months, r.term_assumed, r.capacity_kw, f.amount_minor, r.term_open, f.unsourced"
            // Deals in id order through their primary key, each latest revision found by its (deal_id, seq)
            // index: SQLite then needs no sort of the whole result (a temporary B-tree) for ORDER BY.
            + " FROM deal d JOIN revision r ON r.id = (SELECT id FROM revision WHERE deal_id = d.id ORDER BY seq DESC LIMIT 1)"
            + " JOIN figure f ON f.revision_id = r.id AND f.role = 'VALUE'"
            + " ORDER BY d.id";
    /** Legs without their labels, which no total reads; short fields packed as above. */
    private static final String LEGS = "SELECT l.revision_id, l.shape || ' ' || l.start_month || ' ' || COALESCE(l.currency, '-'),"
            + " l.months, l.amount_minor, l.capacity_kw FROM schedule_leg l JOIN revision r ON r.id = l.revision_id AND " + LATEST
            + " ORDER BY l.revision_id, l.seq";

    /** Only the links totals read: PART_OF, which nets an umbrella against its parts. */
    private static final String PART_OF_LINKS = "SELECT deal_id, target_deal_id FROM deal_link WHERE link_type = 'PART_OF'"
            + " ORDER BY deal_id, seq";

    private final Connection connection;

    CurrentDealRowsReader(Connection connection) {
        this.connection = connection;
    }

    List<Deal> read() throws SQLException {
        IdIndex<List<ScheduleLeg>> legs = legs();
        Map<String, List<DealLink>> partOf = new HashMap<>();
        Rows.query(connection, PART_OF_LINKS, null, row -> partOf.computeIfAbsent(row.getString(1), k -> new ArrayList<>(1))
                .add(new DealLink(LinkType.PART_OF, row.getString(2))));
        List<Deal> deals = new ArrayList<>();
        Rows.query(connection, DEALS, null, row -> {
            Fields fields = new Fields(row.getString(5));
            DealKind kind = DealKind.valueOf(fields.next());
            MoneyDirection direction = MoneyDirection.valueOf(fields.next());
            LocalDate announced = Rows.date(fields.next());
            LocalDate knownFrom = Rows.date(fields.next());
            DealStatus status = DealStatus.valueOf(fields.next());
            ValueBasis basis = ValueBasis.valueOf(fields.next());
            Confidence confidence = Confidence.valueOf(fields.next());
            String currency = fields.nextOrNull();
            String termStart = fields.nextOrNull();
            // The notice period and the capacity's basis change no total; open-endedness and unsourced flag the schedule.
            Term term = termStart == null ? null : new Term(Rows.month(termStart), row.getInt(7), row.getInt(8) == 1,
                    row.getInt(11) == 1, null);
            Capacity capacity = Rows.capacity(Rows.nullableLong(row, 9));
            Figure value = new Figure(basis, Rows.money(currency, Rows.nullableLong(row, 10)), null, null, confidence, List.of(), null,
                    row.getInt(12) == 1);
            Revision current = new Revision(knownFrom, null, status, value, List.of(), term, capacity, null,
                    Rows.orEmpty(legs.get(row.getLong(6))), List.of(), null);
            deals.add(new Deal(row.getString(1), row.getString(2), row.getString(3), row.getString(4), kind, direction, announced,
                    partOf.get(row.getString(1)), List.of(), null, 0, List.of(current)));
        });
        return deals;
    }

    private IdIndex<List<ScheduleLeg>> legs() throws SQLException {
        IdIndex<List<ScheduleLeg>> legs = new IdIndex<>(NextIds.read(connection).revision());
        Rows.query(connection, LEGS, null, row -> {
            Fields fields = new Fields(row.getString(2));
            ScheduleShape shape = ScheduleShape.valueOf(fields.next());
            YearMonth start = Rows.month(fields.next());
            String currency = fields.nextOrNull();
            legs.computeIfAbsent(row.getLong(1), () -> new ArrayList<>(2)).add(new ScheduleLeg(null, start, row.getInt(3), shape,
                    Rows.money(currency, Rows.nullableLong(row, 4)), Rows.capacity(Rows.nullableLong(row, 5))));
        });
        return legs;
    }

    /** The space-separated fields of the packed column, in order; "-" stands for NULL. */
    private static final class Fields {
        private final String text;
        private int position;

        Fields(String text) {
            this.text = text;
        }

        String next() {
            int end = text.indexOf(' ', position);
            String field = text.substring(position, end < 0 ? text.length() : end);
            position = end < 0 ? text.length() : end + 1;
            return field;
        }

        String nextOrNull() {
            String field = next();
            return field.equals("-") ? null : field;
        }
    }
}
