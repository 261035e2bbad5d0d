package com.computefolio.store;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.OptionKind;
import com.computefolio.domain.PartyRole;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of schema 2's deal shapes (roles, options, exit rights, capacity sources) for
 * {@link DealRowsReader}: one query per table, over every deal or over one.
 */
final class DealShapeRowsReader {

    private static final String REVISIONS_OF_DEAL = "SELECT id FROM revision WHERE deal_id = ?";

    /** The sources only these tables cite, for reading one deal (every ? is the deal's id). */
    static final String SOURCES_OF_DEAL = "SELECT source_id FROM capacity_source WHERE revision_id IN (" + REVISIONS_OF_DEAL
            + ") UNION SELECT source_id FROM option_source WHERE revision_id IN (" + REVISIONS_OF_DEAL
            + ") UNION SELECT source_id FROM deal_role_source WHERE deal_id = ?";

    private static final String ROLES = "SELECT deal_id, seq, role, party_id, currency, amount_minor, share, label FROM deal_role";
    private static final String ROLE_SOURCES = "SELECT deal_id, role_seq, source_id FROM deal_role_source";
    private static final String CAPACITY_SOURCES = "SELECT revision_id, source_id FROM capacity_source";
    private static final String OPTIONS = "SELECT revision_id, seq, kind, label, months, exercise_from, exercise_until, basis,"
            + " currency, amount_minor, low_minor, high_minor, confidence, value_label, unsourced FROM revision_option";
    private static final String OPTION_SOURCES = "SELECT revision_id, option_seq, source_id FROM option_source";
    private static final String EXITS = "SELECT revision_id, party_id, notice_days, from_month, label FROM exit_right";

    private static final String OF_DEAL = " WHERE deal_id = ?";
    private static final String OF_DEALS_REVISIONS = " WHERE revision_id IN (" + REVISIONS_OF_DEAL + ")";

    /** The queries of one table each; over every deal, or over one deal (every ? is its id). */
    private record Queries(String roleSources, String roles, String capacitySources, String optionSources, String options,
                           String exits) {
    }

    private static final Queries ALL = new Queries(
            ROLE_SOURCES + " ORDER BY deal_id, role_seq, seq",
            ROLES + " ORDER BY deal_id, seq",
            CAPACITY_SOURCES + " ORDER BY revision_id, seq",
            OPTION_SOURCES + " ORDER BY revision_id, option_seq, seq",
            OPTIONS + " ORDER BY revision_id, seq",
            EXITS + " ORDER BY revision_id, seq");

    private static final Queries ONE = new Queries(
            ROLE_SOURCES + OF_DEAL + " ORDER BY deal_id, role_seq, seq",
            ROLES + OF_DEAL + " ORDER BY deal_id, seq",
            CAPACITY_SOURCES + OF_DEALS_REVISIONS + " ORDER BY revision_id, seq",
            OPTION_SOURCES + OF_DEALS_REVISIONS + " ORDER BY revision_id, option_seq, seq",
            OPTIONS + OF_DEALS_REVISIONS + " ORDER BY revision_id, seq",
            EXITS + OF_DEALS_REVISIONS + " ORDER BY revision_id, seq");

    /** What these tables hold for the deals read. */
    record Shapes(Map<String, List<DealRole>> roles, Map<Long, List<Source>> capacitySources,
                  Map<Long, List<DealOption>> options, Map<Long, List<ExitRight>> exitRights) {
    }

    private final Connection connection;

    DealShapeRowsReader(Connection connection) {
        this.connection = connection;
    }

    /** @param dealId one deal's id, or null for every deal */
    Shapes read(String dealId, Map<String, Source> sources) throws SQLException {
        Queries q = dealId != null ? ONE : ALL;
        Map<String, List<Source>> roleSources = new HashMap<>();
        Rows.query(connection, q.roleSources(), dealId,
                row -> roleSources.computeIfAbsent(row.getString(1) + " " + row.getInt(2), k -> new ArrayList<>(1))
                        .add(source(sources, row.getString(3))));
        Map<String, List<DealRole>> roles = new HashMap<>();
        Rows.query(connection, q.roles(), dealId, row -> {
            String share = row.getString(7);
            roles.computeIfAbsent(row.getString(1), k -> new ArrayList<>(2)).add(new DealRole(
                    PartyRole.valueOf(row.getString(3)), row.getString(4),
                    Rows.money(row.getString(5), Rows.nullableLong(row, 6)), share == null ? null : new BigDecimal(share),
                    roleSources.get(row.getString(1) + " " + row.getInt(2)), row.getString(8)));
        });
        Map<Long, List<Source>> capacitySources = new HashMap<>();
        Rows.query(connection, q.capacitySources(), dealId,
                row -> capacitySources.computeIfAbsent(row.getLong(1), k -> new ArrayList<>(1))
                        .add(source(sources, row.getString(2))));
        Map<String, List<Source>> optionSources = new HashMap<>();
        Rows.query(connection, q.optionSources(), dealId,
                row -> optionSources.computeIfAbsent(row.getLong(1) + " " + row.getInt(2), k -> new ArrayList<>(1))
                        .add(source(sources, row.getString(3))));
        Map<Long, List<DealOption>> options = new HashMap<>();
        Rows.query(connection, q.options(), dealId, row -> {
            String currency = row.getString(9);
            Figure value = new Figure(ValueBasis.valueOf(row.getString(8)), Rows.money(currency, Rows.nullableLong(row, 10)),
                    Rows.money(currency, Rows.nullableLong(row, 11)), Rows.money(currency, Rows.nullableLong(row, 12)),
                    Confidence.valueOf(row.getString(13)), optionSources.get(row.getLong(1) + " " + row.getInt(2)),
                    row.getString(14), row.getInt(15) == 1);
            String from = row.getString(6);
            String until = row.getString(7);
            Long months = Rows.nullableLong(row, 5);
            options.computeIfAbsent(row.getLong(1), k -> new ArrayList<>(1)).add(new DealOption(
                    OptionKind.valueOf(row.getString(3)), row.getString(4), value, months == null ? null : months.intValue(),
                    from == null ? null : Rows.month(from), until == null ? null : Rows.month(until)));
        });
        Map<Long, List<ExitRight>> exits = new HashMap<>();
        Rows.query(connection, q.exits(), dealId, row -> {
            String from = row.getString(4);
            exits.computeIfAbsent(row.getLong(1), k -> new ArrayList<>(1)).add(new ExitRight(row.getString(2), row.getInt(3),
                    from == null ? null : Rows.month(from), row.getString(5)));
        });
        return new Shapes(roles, capacitySources, options, exits);
    }

    private static Source source(Map<String, Source> sources, String id) throws SQLException {
        Source source = sources.get(id);
        if (source == null) {
            throw new SQLException("source " + id + " is cited but not stored");
        }
        return source;
    }
}
