package com.computefolio.store;

import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the rows of schema 2's deal shapes (roles, options, exit rights, capacity sources) beside
 * {@link DealRowsWriter}'s, in batches flushed after their parents. Kept apart so that the rows of
 * schema 1 stay where they were.
 */
final class DealShapeRowsWriter implements AutoCloseable {

    static final String DELETE_ROLES = "DELETE FROM deal_role WHERE deal_id = ?";
    private static final String INSERT_ROLE = "INSERT INTO deal_role (deal_id, seq, role, party_id, currency, amount_minor,"
            + " share, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ROLE_SOURCE = "INSERT INTO deal_role_source (deal_id, role_seq, seq, source_id)"
            + " VALUES (?, ?, ?, ?)";
    private static final String INSERT_CAPACITY_SOURCE = "INSERT INTO capacity_source (revision_id, seq, source_id)"
            + " VALUES (?, ?, ?)";
    private static final String INSERT_OPTION = "INSERT INTO revision_option (revision_id, seq, kind, label, months,"
            + " exercise_from, exercise_until, basis, currency, amount_minor, low_minor, high_minor, confidence, value_label,"
            + " unsourced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OPTION_SOURCE = "INSERT INTO option_source (revision_id, option_seq, seq, source_id)"
            + " VALUES (?, ?, ?, ?)";
    private static final String INSERT_EXIT = "INSERT INTO exit_right (revision_id, seq, party_id, notice_days, from_month,"
            + " label) VALUES (?, ?, ?, ?, ?, ?)";

    private final Batch roles;
    private final Batch roleSources;
    private final Batch capacitySources;
    private final Batch options;
    private final Batch optionSources;
    private final Batch exits;

    DealShapeRowsWriter(Connection connection) throws SQLException {
        roles = new Batch(connection, INSERT_ROLE);
        roleSources = new Batch(connection, INSERT_ROLE_SOURCE);
        capacitySources = new Batch(connection, INSERT_CAPACITY_SOURCE);
        options = new Batch(connection, INSERT_OPTION);
        optionSources = new Batch(connection, INSERT_OPTION_SOURCE);
        exits = new Batch(connection, INSERT_EXIT);
    }

    void addDeal(Deal deal) throws SQLException {
        for (int i = 0; i < deal.roles().size(); i++) {
            DealRole role = deal.roles().get(i);
            roles.text(deal.id()).number(i).text(role.role().name()).text(role.partyId())
                    .text(role.amount() == null ? null : role.amount().currency())
                    .number(role.amount() == null ? null : role.amount().minorUnits())
                    .text(role.share() == null ? null : role.share().toPlainString()).text(role.label()).add();
            List<Source> sources = role.sources();
            for (int k = 0; k < sources.size(); k++) {
                roleSources.text(deal.id()).number(i).number(k).text(sources.get(k).id()).add();
            }
        }
    }

    void addRevision(long revisionId, Revision revision) throws SQLException {
        CapacityClaim claim = revision.capacityClaim();
        if (claim != null) {
            for (int k = 0; k < claim.sources().size(); k++) {
                capacitySources.number(revisionId).number(k).text(claim.sources().get(k).id()).add();
            }
        }
        for (int i = 0; i < revision.options().size(); i++) {
            DealOption option = revision.options().get(i);
            Figure value = option.value();
            options.number(revisionId).number(i).text(option.kind().name()).text(option.label()).number(option.months())
                    .text(option.exerciseFrom() == null ? null : option.exerciseFrom().toString())
                    .text(option.exerciseUntil() == null ? null : option.exerciseUntil().toString())
                    .text(value.basis().name()).text(FigureCurrency.of(value)).number(minor(value.amount()))
                    .number(minor(value.low())).number(minor(value.high())).text(value.confidence().name())
                    .text(value.label()).number(value.unsourced() ? 1 : 0).add();
            for (int k = 0; k < value.sources().size(); k++) {
                optionSources.number(revisionId).number(i).number(k).text(value.sources().get(k).id()).add();
            }
        }
        for (int i = 0; i < revision.exitRights().size(); i++) {
            ExitRight exit = revision.exitRights().get(i);
            exits.number(revisionId).number(i).text(exit.partyId()).number(exit.noticeDays())
                    .text(exit.from() == null ? null : exit.from().toString()).text(exit.label()).add();
        }
    }

    /** After the deal and revision rows they hang from. */
    void flush() throws SQLException {
        roles.flush();
        roleSources.flush();
        capacitySources.flush();
        options.flush();
        optionSources.flush();
        exits.flush();
    }

    @Override
    public void close() throws SQLException {
        for (Batch batch : List.of(roles, roleSources, capacitySources, options, optionSources, exits)) {
            batch.close();
        }
    }

    private static Long minor(com.computefolio.domain.Money money) {
        return money == null ? null : money.minorUnits();
    }
}
