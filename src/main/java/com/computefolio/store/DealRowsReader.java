package com.computefolio.store;

import com.computefolio.domain.CapacityBasis;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.Figure;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads deals with one query per table and assembles them in memory, so loading the whole register
 * costs fifteen queries whatever its size (no query per deal).
 */
final class DealRowsReader {

    /** The queries for one table each; either over every deal or over one deal (every ? is its id). */
    record Queries(String sources, String deals, String tags, String links, String revisions, String revisionSources,
                   String figures, String figureSources, String legs) {
    }

    private static final String SOURCE_COLUMNS = "SELECT id, publisher, title, url, published, quote FROM source";
    private static final String DEAL_COLUMNS = "SELECT id, title, buyer_id, counterparty_id, kind, direction, announced,"
            + " notes, version FROM deal";
    private static final String REVISION_COLUMNS = "SELECT id, deal_id, known_from, change_note, status, term_start,"
            + " term_months, term_assumed, capacity_kw, hardware, notes, term_open, term_notice_months, capacity_basis,"
            + " capacity_confidence, capacity_label, capacity_unsourced FROM revision";
    private static final String FIGURE_COLUMNS = "SELECT id, revision_id, role, basis, currency, amount_minor, low_minor,"
            + " high_minor, confidence, label, unsourced FROM figure";
    private static final String LEG_COLUMNS = "SELECT revision_id, label, start_month, months, shape, currency,"
            + " amount_minor, capacity_kw, prepayment FROM schedule_leg";

    static final Queries ALL_DEALS = new Queries(
            SOURCE_COLUMNS,
            DEAL_COLUMNS + " ORDER BY id",
            "SELECT deal_id, tag FROM deal_tag ORDER BY deal_id, seq",
            "SELECT deal_id, link_type, target_deal_id FROM deal_link ORDER BY deal_id, seq",
            // By id, a plain scan: the writer assigns ids in seq order within each deal and revision,
            // so id order is seq order wherever order matters (and revisions are sorted by date anyway).
            REVISION_COLUMNS + " ORDER BY id",
            "SELECT revision_id, source_id FROM revision_source ORDER BY revision_id, seq",
            FIGURE_COLUMNS + " ORDER BY id",
            "SELECT figure_id, source_id FROM figure_source ORDER BY figure_id, seq",
            LEG_COLUMNS + " ORDER BY revision_id, seq");

    private static final String REVISIONS_OF_DEAL = "SELECT id FROM revision WHERE deal_id = ?";
    private static final String FIGURES_OF_DEAL = "SELECT f.id FROM figure f JOIN revision r ON r.id = f.revision_id"
            + " WHERE r.deal_id = ?";

    static final Queries ONE_DEAL = new Queries(
            SOURCE_COLUMNS + " WHERE id IN (SELECT source_id FROM revision_source WHERE revision_id IN ("
                    + REVISIONS_OF_DEAL + ") UNION SELECT source_id FROM figure_source WHERE figure_id IN ("
                    + FIGURES_OF_DEAL + ") UNION " + DealShapeRowsReader.SOURCES_OF_DEAL + ")",
            DEAL_COLUMNS + " WHERE id = ?",
            "SELECT deal_id, tag FROM deal_tag WHERE deal_id = ? ORDER BY seq",
            "SELECT deal_id, link_type, target_deal_id FROM deal_link WHERE deal_id = ? ORDER BY seq",
            REVISION_COLUMNS + " WHERE deal_id = ? ORDER BY seq",
            "SELECT revision_id, source_id FROM revision_source WHERE revision_id IN (" + REVISIONS_OF_DEAL
                    + ") ORDER BY revision_id, seq",
            FIGURE_COLUMNS + " WHERE revision_id IN (" + REVISIONS_OF_DEAL + ") ORDER BY revision_id, seq",
            "SELECT figure_id, source_id FROM figure_source WHERE figure_id IN (" + FIGURES_OF_DEAL
                    + ") ORDER BY figure_id, seq",
            LEG_COLUMNS + " WHERE revision_id IN (" + REVISIONS_OF_DEAL + ") ORDER BY revision_id, seq");

    private final Connection connection;

    DealRowsReader(Connection connection) {
        this.connection = connection;
    }

    /** The value figure and the other figures of one revision, as read. */
    private static final class FigureSet {
        Figure value;
        final List<Figure> others = new ArrayList<>(1);
    }

    /**
     * @param dealId the deal's id for {@link #ONE_DEAL}, null for {@link #ALL_DEALS}
     */
    List<Deal> read(Queries queries, String dealId) throws SQLException {
        NextIds idLimits = dealId == null ? NextIds.read(connection) : NextIds.UNBOUNDED;
        RepeatedValues texts = new RepeatedValues();
        Map<String, Source> sources = Rows.sources(connection, queries.sources(), dealId, texts);
        IdIndex<FigureSet> figures = figures(queries, dealId, sources, idLimits, texts);
        IdIndex<List<Source>> revisionSources = Rows.sourcesByOwner(connection, queries.revisionSources(), dealId, sources,
                idLimits.revision());
        IdIndex<List<ScheduleLeg>> legs = legs(queries, dealId, idLimits.revision(), texts);
        DealShapeRowsReader.Shapes shapes = new DealShapeRowsReader(connection).read(dealId, sources);
        Map<String, List<Revision>> revisions = new HashMap<>();
        Rows.query(connection, queries.revisions(), dealId, row -> {
            long id = row.getLong(1);
            FigureSet figureSet = figures.get(id);
            if (figureSet == null || figureSet.value == null) {
                throw new SQLException("revision " + id + " has no value figure");
            }
            String termStart = row.getString(6);
            Long notice = Rows.nullableLong(row, 13);
            Term term = termStart == null ? null : new Term(Rows.month(termStart), row.getInt(7), row.getInt(8) == 1,
                    row.getInt(12) == 1, notice == null ? null : notice.intValue());
            String capacityBasis = row.getString(14);
            String capacityConfidence = row.getString(15);
            CapacityClaim claim = capacityBasis == null ? null : new CapacityClaim(CapacityBasis.valueOf(capacityBasis),
                    capacityConfidence == null ? null : Confidence.valueOf(capacityConfidence),
                    shapes.capacitySources().get(id), texts.of(row.getString(16)), row.getInt(17) == 1);
            Revision revision = new Revision(Rows.date(row.getString(3)), texts.of(row.getString(4)),
                    DealStatus.valueOf(row.getString(5)), figureSet.value, figureSet.others, term,
                    Rows.capacity(Rows.nullableLong(row, 9)), texts.of(row.getString(10)),
                    Rows.orEmpty(legs.get(id)), texts.list(Rows.orEmpty(revisionSources.get(id))), texts.of(row.getString(11)), claim,
                    shapes.options().get(id), shapes.exitRights().get(id));
            revisions.computeIfAbsent(row.getString(2), k -> new ArrayList<>(2)).add(revision);
        });
        Map<String, List<String>> tags = new HashMap<>();
        Rows.query(connection, queries.tags(), dealId,
                row -> tags.computeIfAbsent(row.getString(1), k -> new ArrayList<>(2)).add(texts.of(row.getString(2))));
        Map<String, List<DealLink>> links = new HashMap<>();
        Rows.query(connection, queries.links(), dealId, row -> links.computeIfAbsent(row.getString(1), k -> new ArrayList<>(1))
                .add(new DealLink(LinkType.valueOf(row.getString(2)), row.getString(3))));
        List<Deal> deals = new ArrayList<>();
        Rows.query(connection, queries.deals(), dealId, row -> {
            String id = row.getString(1);
            deals.add(new Deal(id, row.getString(2), SharedValues.text(row.getString(3)), SharedValues.text(row.getString(4)),
                    DealKind.valueOf(row.getString(5)),
                    MoneyDirection.valueOf(row.getString(6)), Rows.date(row.getString(7)), links.get(id), texts.list(Rows.orEmpty(tags.get(id))),
                    texts.of(row.getString(8)), row.getLong(9), revisions.get(id), shapes.roles().get(id)));
        });
        return deals;
    }

    private IdIndex<FigureSet> figures(Queries queries, String dealId, Map<String, Source> sources, NextIds idLimits,
                                       RepeatedValues texts) throws SQLException {
        IdIndex<List<Source>> figureSources = Rows.sourcesByOwner(connection, queries.figureSources(), dealId, sources,
                idLimits.figure());
        IdIndex<FigureSet> figures = new IdIndex<>(idLimits.revision());
        Rows.query(connection, queries.figures(), dealId, row -> {
            String currency = row.getString(5);
            Figure figure = new Figure(ValueBasis.valueOf(row.getString(4)),
                    Rows.money(currency, Rows.nullableLong(row, 6)), Rows.money(currency, Rows.nullableLong(row, 7)),
                    Rows.money(currency, Rows.nullableLong(row, 8)), Confidence.valueOf(row.getString(9)),
                    texts.list(Rows.orEmpty(figureSources.get(row.getLong(1)))), texts.of(row.getString(10)), row.getInt(11) == 1);
            FigureSet set = figures.computeIfAbsent(row.getLong(2), FigureSet::new);
            if (DealRowsWriter.ROLE_VALUE.equals(row.getString(3))) {
                set.value = figure;
            } else {
                set.others.add(figure);
            }
        });
        return figures;
    }

    private IdIndex<List<ScheduleLeg>> legs(Queries queries, String dealId, long revisionIdLimit, RepeatedValues texts)
            throws SQLException {
        IdIndex<List<ScheduleLeg>> legs = new IdIndex<>(revisionIdLimit);
        Rows.query(connection, queries.legs(), dealId, row -> legs.computeIfAbsent(row.getLong(1), () -> new ArrayList<>(2))
                .add(new ScheduleLeg(texts.of(row.getString(2)), Rows.month(row.getString(3)), row.getInt(4),
                        ScheduleShape.valueOf(row.getString(5)), Rows.money(row.getString(6), Rows.nullableLong(row, 7)),
                        Rows.capacity(Rows.nullableLong(row, 8)), row.getInt(9) == 1)));
        return legs;
    }
}
