package com.computefolio.service;

import com.computefolio.domain.Confidence;
import com.computefolio.domain.ContextPoint;
import com.computefolio.domain.ContextSeries;
import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.LinkType;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a synthetic but realistic portfolio of any size, for benchmarks and for trying the app
 * on a register far larger than the curated one. Pure and seeded: the same count and seed always
 * give the same portfolio (and so, through the JSON writer, the same bytes), and every generated
 * portfolio passes the {@link com.computefolio.domain.DealValidator}.
 *
 * <p>{@link java.util.Random} is used on purpose: its algorithm is fixed by its specification, so a
 * seed means the same data on every JDK.
 */
public final class SyntheticPortfolioGenerator {

    /** Deal kinds weighted roughly as in the curated data: mostly cloud, chips and data centres. */
    private static final DealKind[] KINDS = {DealKind.CLOUD_SERVICES, DealKind.CLOUD_SERVICES, DealKind.CLOUD_SERVICES,
        DealKind.CLOUD_SERVICES, DealKind.CLOUD_SERVICES, DealKind.CHIPS, DealKind.CHIPS, DealKind.CUSTOM_SILICON, DealKind.MEMORY,
        DealKind.DATA_CENTRE, DealKind.DATA_CENTRE, DealKind.DATA_CENTRE, DealKind.EQUITY_INVESTMENT, DealKind.EQUITY_INVESTMENT,
        DealKind.JOINT_VENTURE};
    private static final String[] TAGS = {"training", "inference", "sovereign", "power", "multi-year", "renewable", "gpu", "campus"};
    private static final LinkType[] LINK_TYPES = {LinkType.RELATED, LinkType.RELATED, LinkType.EXPANDS, LinkType.AMENDS,
        LinkType.SUPERSEDES};
    private static final LocalDate FIRST_ANNOUNCED = LocalDate.of(2018, 1, 1);
    /** Announcements spread over about nine years, up to the end of 2026. */
    private static final int ANNOUNCED_SPAN_DAYS = 3_285;

    /** Deals between two progress reports: often enough for a bar, rare enough to cost nothing. */
    private static final int PROGRESS_EVERY = 500;

    private final SyntheticRevisions revisions = new SyntheticRevisions();

    public Portfolio generate(int dealCount, long seed) {
        return generate(dealCount, seed, ProgressListener.NONE);
    }

    /** As {@link #generate(int, long)}, telling {@code progress} the deals made ({@link ProgressStep#GENERATE_DEALS}). */
    public Portfolio generate(int dealCount, long seed, ProgressListener progress) {
        if (dealCount < 0) {
            throw new IllegalArgumentException("the number of deals cannot be negative: " + dealCount);
        }
        Random random = new Random(seed);
        SyntheticParties parties = new SyntheticParties();
        SyntheticSources sources = new SyntheticSources(random);
        List<Deal> deals = new ArrayList<>(dealCount);
        progress.progressed(ProgressStep.GENERATE_DEALS, 0, dealCount);
        for (int i = 1; i <= dealCount; i++) {
            deals.add(deal(i, deals, parties, sources, random));
            if (i % PROGRESS_EVERY == 0 || i == dealCount) {
                progress.progressed(ProgressStep.GENERATE_DEALS, i, dealCount);
            }
        }
        return new Portfolio("Synthetic portfolio (" + dealCount + " deals, seed " + seed + ")", parties.all(), deals,
                contextSeries(parties, sources, random));
    }

    private Deal deal(int number, List<Deal> earlier, SyntheticParties parties, SyntheticSources sources, Random random) {
        DealKind kind = KINDS[random.nextInt(KINDS.length)];
        Party counterparty = parties.counterpartyFor(kind, random);
        Party buyer = parties.buyerFor(kind, counterparty, random);
        MoneyDirection direction = kind == DealKind.EQUITY_INVESTMENT ? MoneyDirection.INFLOW : MoneyDirection.COMMITMENT;
        LocalDate announced = FIRST_ANNOUNCED.plusDays(random.nextInt(ANNOUNCED_SPAN_DAYS));
        String id = buyer.id() + "-" + counterparty.id() + "-" + number;
        String title = title(kind, buyer, counterparty);
        List<Source> cited = sources.forDeal(id, title, announced, random);
        List<Revision> dealRevisions = revisions.forDeal(kind, announced, cited, random);
        String notes = random.nextInt(5) == 0 ? "Synthetic deal: parties, figures and sources are invented." : null;
        return new Deal(id, title, buyer.id(), counterparty.id(), kind, direction, announced, links(earlier, random),
                tags(random), notes, 0, dealRevisions);
    }

    private static String title(DealKind kind, Party buyer, Party counterparty) {
        return switch (kind) {
            case CLOUD_SERVICES -> counterparty.name() + " cloud capacity for " + buyer.name();
            case CHIPS -> buyer.name() + " buys accelerators from " + counterparty.name();
            case CUSTOM_SILICON -> "Custom chips by " + counterparty.name() + " for " + buyer.name();
            case MEMORY -> "Memory supply from " + counterparty.name() + " to " + buyer.name();
            case DATA_CENTRE -> counterparty.name() + " campus for " + buyer.name();
            case EQUITY_INVESTMENT -> counterparty.name() + " invests in " + buyer.name();
            case JOINT_VENTURE -> buyer.name() + " stake in " + counterparty.name();
        };
    }

    /** One deal in sixteen refers to an earlier one (an expansion, amendment or related deal). */
    private static List<DealLink> links(List<Deal> earlier, Random random) {
        if (earlier.isEmpty() || random.nextInt(16) != 0) {
            return List.of();
        }
        Deal target = earlier.get(random.nextInt(earlier.size()));
        return List.of(new DealLink(LINK_TYPES[random.nextInt(LINK_TYPES.length)], target.id()));
    }

    private static List<String> tags(Random random) {
        int count = random.nextInt(3);
        List<String> tags = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** Yearly revenue of the three largest labs, beside the deals as in the curated data. */
    private static List<ContextSeries> contextSeries(SyntheticParties parties, SyntheticSources sources, Random random) {
        List<ContextSeries> series = new ArrayList<>();
        for (Party lab : parties.labs().subList(0, 3)) {
            List<ContextPoint> points = new ArrayList<>();
            long tenths = 5 + random.nextInt(20);
            for (int year = 2021; year <= 2026; year++) {
                List<Source> cited = sources.forDeal(lab.id() + "-revenue", lab.name() + " revenue " + year,
                        LocalDate.of(year + 1, 2, 1), random).subList(0, 1);
                points.add(new ContextPoint(Integer.toString(year), BigDecimal.valueOf(tenths, 1), Confidence.REPORTED, cited, null));
                tenths = tenths * (15 + random.nextInt(20)) / 10;
            }
            series.add(new ContextSeries(lab.id() + "-revenue", lab.name() + " revenue", "USD_BILLIONS", points, lab.id()));
        }
        return series;
    }
}
