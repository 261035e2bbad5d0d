package com.computefolio.ui.support;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Problem;
import com.computefolio.domain.audit.AuditAction;
import com.computefolio.domain.audit.AuditEntry;
import com.computefolio.domain.audit.AuditNote;
import com.computefolio.domain.audit.DealChanges;
import com.computefolio.domain.audit.FieldChange;
import com.computefolio.service.ConcurrentEditException;
import com.computefolio.service.ImportOptions;
import com.computefolio.service.ImportResult;
import com.computefolio.service.LiveChanges;
import com.computefolio.service.PortfolioService;
import com.computefolio.service.ProgressListener;
import com.computefolio.service.ValidationException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A portfolio service over a map, with the same version rules as the real one (a save must carry
 * the stored version; each save adds one), for view-model tests that need no database. File
 * import and export are not what these tests are about and are refused.
 */
public final class InMemoryPortfolioService implements PortfolioService {
    private final String name;
    private final List<Party> parties;
    private final Map<String, Deal> deals = new LinkedHashMap<>();
    private final List<Deal> saves = new ArrayList<>();
    private final List<AuditEntry> trail = new ArrayList<>();

    public InMemoryPortfolioService(String name, List<Party> parties, List<Deal> initial) {
        this.name = name;
        this.parties = List.copyOf(parties);
        initial.forEach(d -> deals.put(d.id(), d.withVersion(1)));
    }

    /** Every deal passed to save or overwrite, in order. */
    public List<Deal> saves() {
        return saves;
    }

    /** Simulates someone else saving the deal: its stored version moves on. */
    public void bumpVersion(String id) {
        Deal deal = deals.get(id);
        deals.put(id, deal.withVersion(deal.version() + 1));
    }

    @Override
    public Portfolio portfolio() {
        return new Portfolio(name, parties, List.copyOf(deals.values()), List.of());
    }

    @Override
    public List<Party> parties() {
        return parties;
    }

    @Override
    public Optional<Deal> deal(String id) {
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public List<Problem> validate(Deal deal) {
        Set<String> partyIds = new HashSet<>();
        parties.forEach(p -> partyIds.add(p.id()));
        return new DealValidator().validate(deal, partyIds, deals.keySet());
    }

    @Override
    public Deal save(Deal deal, AuditNote note) throws ValidationException, ConcurrentEditException {
        long stored = deals.containsKey(deal.id()) ? deals.get(deal.id()).version() : 0;
        if (stored != deal.version()) {
            throw new ConcurrentEditException(deal.id(), deal.version(), stored);
        }
        return overwrite(deal, note);
    }

    @Override
    public Deal overwrite(Deal deal, AuditNote note) throws ValidationException {
        List<Problem> problems = validate(deal);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        saves.add(deal);
        Deal before = deals.get(deal.id());
        long stored = before == null ? 0 : before.version();
        Deal saved = deal.withVersion(stored + 1);
        deals.put(deal.id(), saved);
        record(before == null ? AuditAction.CREATED : AuditAction.CHANGED, saved.id(), saved.version(), note,
                DealChanges.between(before, saved));
        return saved;
    }

    @Override
    public void delete(String id, long expectedVersion, AuditNote note) throws ConcurrentEditException {
        Deal stored = deals.get(id);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentEditException(id, expectedVersion, stored == null ? -1 : stored.version());
        }
        deals.remove(id);
        record(AuditAction.DELETED, id, expectedVersion, note, DealChanges.between(stored, null));
    }

    private void record(AuditAction action, String dealId, long version, AuditNote note, List<FieldChange> changes) {
        trail.add(new AuditEntry(trail.size() + 1, Instant.now(), "tester", action, dealId, version, note.reason(),
                note.file(), changes));
    }

    @Override
    public List<AuditEntry> history(String dealId, int limit) {
        return latestHistory(Integer.MAX_VALUE).stream().filter(e -> e.dealId().equals(dealId)).limit(limit).toList();
    }

    @Override
    public List<AuditEntry> latestHistory(int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(trail);
        Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public List<AuditEntry> auditTrail() {
        return List.copyOf(trail);
    }

    /** Never fires: tests that need another writer use a database (LiveUpdatesFxTest). */
    @Override
    public LiveChanges watchChanges() {
        return LiveChanges.NONE;
    }

    @Override
    public Party addParty(Party party) {
        throw new UnsupportedOperationException("not used by the view-model tests");
    }

    @Override
    public ImportResult importFiles(List<Path> files, ImportOptions options, AuditNote note, ProgressListener progress) {
        throw new UnsupportedOperationException("not used by the view-model tests");
    }

    @Override
    public List<Problem> validateFiles(List<Path> files) {
        throw new UnsupportedOperationException("not used by the view-model tests");
    }
}
