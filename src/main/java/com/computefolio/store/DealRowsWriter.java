package com.computefolio.store;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.CapacityClaim;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes deals and every row under them with batched prepared statements, inside the caller's
 * transaction. A deal whose id is stored already keeps its row (so links from other deals stay)
 * and has everything under it replaced; its version becomes the stored one plus one.
 */
final class DealRowsWriter {

    /** Rows are sent in chunks so that a large import does not hold millions of rows in batches. */
    private static final int DEALS_PER_FLUSH = 2000;

    private static final String INSERT_DEAL = "INSERT INTO deal (title, buyer_id, counterparty_id, kind, direction,"
            + " announced, notes, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_DEAL = "UPDATE deal SET title = ?, buyer_id = ?, counterparty_id = ?, kind = ?,"
            + " direction = ?, announced = ?, notes = ?, version = ? WHERE id = ?";
    private static final String DELETE_REVISIONS = "DELETE FROM revision WHERE deal_id = ?";
    private static final String DELETE_TAGS = "DELETE FROM deal_tag WHERE deal_id = ?";
    private static final String DELETE_LINKS = "DELETE FROM deal_link WHERE deal_id = ?";
    private static final String INSERT_TAG = "INSERT INTO deal_tag (deal_id, seq, tag) VALUES (?, ?, ?)";
    private static final String INSERT_LINK = "INSERT INTO deal_link (deal_id, seq, link_type, target_deal_id) VALUES (?, ?, ?, ?)";
    private static final String INSERT_REVISION = "INSERT INTO revision (id, deal_id, seq, known_from, change_note, status,"
            + " term_start, term_months, term_assumed, capacity_kw, hardware, notes, term_open, term_notice_months,"
            + " capacity_basis, capacity_confidence, capacity_label, capacity_unsourced)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FIGURE = "INSERT INTO figure (id, revision_id, seq, role, basis, currency,"
            + " amount_minor, low_minor, high_minor, confidence, label, unsourced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FIGURE_SOURCE = "INSERT INTO figure_source (figure_id, seq, source_id) VALUES (?, ?, ?)";
    private static final String INSERT_REVISION_SOURCE = "INSERT INTO revision_source (revision_id, seq, source_id) VALUES (?, ?, ?)";
    private static final String INSERT_LEG = "INSERT INTO schedule_leg (revision_id, seq, label, start_month, months, shape,"
            + " currency, amount_minor, capacity_kw, prepayment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String ROLE_VALUE = "VALUE";
    static final String ROLE_OTHER = "OTHER";

    private final Connection connection;

    DealRowsWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes the deals (their sources must be written already) and returns them with their new versions.
     *
     * @param storedVersions the stored version of each deal id that exists; absent ids are new deals
     */
    List<Deal> write(List<Deal> deals, Map<String, Long> storedVersions) throws SQLException {
        List<Deal> versioned = new ArrayList<>(deals.size());
        for (Deal deal : deals) {
            Long stored = storedVersions.get(deal.id());
            versioned.add(deal.withVersion(stored == null ? 1 : stored + 1));
        }
        writeDealRows(versioned, storedVersions);
        writeChildren(versioned);
        TranslationRows.replace(connection, TranslationRows.Owner.DEAL, versioned, Deal::id, Deal::translations,
                deal -> storedVersions.containsKey(deal.id()));
        return versioned;
    }

    private void writeDealRows(List<Deal> deals, Map<String, Long> storedVersions) throws SQLException {
        try (Batch insert = new Batch(connection, INSERT_DEAL);
             Batch update = new Batch(connection, UPDATE_DEAL);
             Batch deleteRevisions = new Batch(connection, DELETE_REVISIONS);
             Batch deleteTags = new Batch(connection, DELETE_TAGS);
             Batch deleteLinks = new Batch(connection, DELETE_LINKS);
             Batch deleteRoles = new Batch(connection, DealShapeRowsWriter.DELETE_ROLES)) {
            for (Deal deal : deals) {
                boolean replacing = storedVersions.containsKey(deal.id());
                bindDeal(replacing ? update : insert, deal);
                if (replacing) {
                    deleteRevisions.text(deal.id()).add();
                    deleteTags.text(deal.id()).add();
                    deleteLinks.text(deal.id()).add();
                    deleteRoles.text(deal.id()).add();
                }
            }
            // All deal rows exist before any link row, so links may point at deals later in the list.
            update.flush();
            insert.flush();
            deleteRevisions.flush();
            deleteTags.flush();
            deleteLinks.flush();
            deleteRoles.flush();
        }
    }

    private static void bindDeal(Batch batch, Deal deal) throws SQLException {
        batch.text(deal.title()).text(deal.buyerId()).text(deal.counterpartyId()).text(deal.kind().name())
                .text(deal.direction().name()).text(deal.announced().toString()).text(deal.notes())
                .number(deal.version()).text(deal.id()).add();
    }

    private void writeChildren(List<Deal> deals) throws SQLException {
        try (Children children = new Children(connection, NextIds.read(connection))) {
            int sinceFlush = 0;
            for (Deal deal : deals) {
                children.add(deal);
                if (++sinceFlush == DEALS_PER_FLUSH) {
                    children.flush();
                    sinceFlush = 0;
                }
            }
            children.flush();
        }
    }

    /** The batches for everything under a deal, flushed parents first so foreign keys always hold. */
    private static final class Children implements AutoCloseable {
        private final Batch revisions;
        private final Batch figures;
        private final Batch figureSources;
        private final Batch revisionSources;
        private final Batch legs;
        private final Batch tags;
        private final Batch links;
        private final DealShapeRowsWriter shapes;
        private long nextRevisionId;
        private long nextFigureId;

        Children(Connection connection, NextIds ids) throws SQLException {
            revisions = new Batch(connection, INSERT_REVISION);
            figures = new Batch(connection, INSERT_FIGURE);
            figureSources = new Batch(connection, INSERT_FIGURE_SOURCE);
            revisionSources = new Batch(connection, INSERT_REVISION_SOURCE);
            legs = new Batch(connection, INSERT_LEG);
            tags = new Batch(connection, INSERT_TAG);
            links = new Batch(connection, INSERT_LINK);
            shapes = new DealShapeRowsWriter(connection);
            nextRevisionId = ids.revision();
            nextFigureId = ids.figure();
        }

        void add(Deal deal) throws SQLException {
            for (int i = 0; i < deal.tags().size(); i++) {
                tags.text(deal.id()).number(i).text(deal.tags().get(i)).add();
            }
            for (int i = 0; i < deal.links().size(); i++) {
                DealLink link = deal.links().get(i);
                links.text(deal.id()).number(i).text(link.type().name()).text(link.targetDealId()).add();
            }
            for (int i = 0; i < deal.revisions().size(); i++) {
                addRevision(deal.id(), i, deal.revisions().get(i));
            }
            shapes.addDeal(deal);
        }

        private void addRevision(String dealId, int seq, Revision revision) throws SQLException {
            long revisionId = nextRevisionId++;
            Term term = revision.term();
            CapacityClaim claim = revision.capacityClaim();
            revisions.number(revisionId).text(dealId).number(seq).text(revision.knownFrom().toString())
                    .text(revision.change()).text(revision.status().name())
                    .text(term == null ? null : term.start().toString())
                    .number(term == null ? null : term.months())
                    .number(term == null ? null : term.assumed() ? 1 : 0)
                    .number(kilowatts(revision.capacity()))
                    .text(revision.hardware()).text(revision.notes())
                    .number(term != null && term.openEnded() ? 1 : 0)
                    .number(term == null ? null : term.noticeMonths())
                    .text(claim == null ? null : claim.basis().name())
                    .text(claim == null || claim.confidence() == null ? null : claim.confidence().name())
                    .text(claim == null ? null : claim.label())
                    .number(claim != null && claim.unsourced() ? 1 : 0).add();
            shapes.addRevision(revisionId, revision);
            addFigure(revisionId, 0, ROLE_VALUE, revision.value());
            for (int i = 0; i < revision.otherFigures().size(); i++) {
                addFigure(revisionId, i + 1, ROLE_OTHER, revision.otherFigures().get(i));
            }
            addSources(revisionSources, revisionId, revision.sources());
            for (int i = 0; i < revision.legs().size(); i++) {
                ScheduleLeg leg = revision.legs().get(i);
                Money amount = leg.amount();
                legs.number(revisionId).number(i).text(leg.label()).text(leg.start().toString()).number(leg.months())
                        .text(leg.shape().name()).text(amount == null ? null : amount.currency())
                        .number(amount == null ? null : amount.minorUnits()).number(kilowatts(leg.capacity()))
                        .number(leg.prepayment() ? 1 : 0).add();
            }
        }

        private void addFigure(long revisionId, int seq, String role, Figure figure) throws SQLException {
            long figureId = nextFigureId++;
            figures.number(figureId).number(revisionId).number(seq).text(role).text(figure.basis().name())
                    .text(FigureCurrency.of(figure)).number(minor(figure.amount())).number(minor(figure.low()))
                    .number(minor(figure.high())).text(figure.confidence().name()).text(figure.label())
                    .number(figure.unsourced() ? 1 : 0).add();
            addSources(figureSources, figureId, figure.sources());
        }

        private static void addSources(Batch batch, long ownerId, List<Source> sources) throws SQLException {
            for (int i = 0; i < sources.size(); i++) {
                batch.number(ownerId).number(i).text(sources.get(i).id()).add();
            }
        }

        void flush() throws SQLException {
            revisions.flush();
            figures.flush();
            figureSources.flush();
            revisionSources.flush();
            legs.flush();
            tags.flush();
            links.flush();
            shapes.flush();
        }

        @Override
        public void close() throws SQLException {
            for (Batch batch : List.of(revisions, figures, figureSources, revisionSources, legs, tags, links)) {
                batch.close();
            }
            shapes.close();
        }
    }

    private static Long minor(Money money) {
        return money == null ? null : money.minorUnits();
    }

    private static Long kilowatts(Capacity capacity) {
        return capacity == null ? null : capacity.kilowatts();
    }
}
