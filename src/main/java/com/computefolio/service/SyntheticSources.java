package com.computefolio.service;

import com.computefolio.domain.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The invented press sources of a synthetic portfolio: each deal gets one to three articles of its
 * own or shared with other deals (market round-ups cite many deals at once, as in the curated data).
 * Ids are numbered in the order sources are made, so a seed always gives the same ids, and carry
 * a prefix of their own ("GS", "GR") so that a generated file imports into a register that already
 * holds the curated data, whose sources are "S1", "S2", ... (one id must always mean one source).
 */
final class SyntheticSources {

    private static final String[] PUBLISHERS = {"Compute Wire", "The Datacentre Ledger", "Silicon Desk", "Capital Markets Daily",
        "Grid & Chips", "Frontier AI Report", "Infrastructure Weekly", "Press release"};
    private static final String[] DOMAINS = {"computewire", "dcledger", "silicondesk", "cmdaily", "gridandchips",
        "frontierai", "infraweekly", "newsroom"};
    /** Round-up articles shared by many deals; a deal cites one now and then. */
    private static final int ROUND_UPS = 400;

    private final List<Source> roundUps = new ArrayList<>();
    private int next = 1;

    SyntheticSources(Random random) {
        for (int i = 1; i <= ROUND_UPS; i++) {
            int p = random.nextInt(PUBLISHERS.length);
            LocalDate published = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3300));
            roundUps.add(new Source("GR" + i, PUBLISHERS[p], "Compute deals round-up, " + published.getYear() + " #" + i,
                    "https://www." + DOMAINS[p] + ".example/round-ups/" + published + "-" + i, published, null));
        }
    }

    /** One to three sources for a deal announced on {@code announced}. */
    List<Source> forDeal(String dealId, String title, LocalDate announced, Random random) {
        int count = 1 + random.nextInt(3);
        List<Source> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(4) == 0) {
                Source shared = roundUps.get(random.nextInt(ROUND_UPS));
                if (!sources.contains(shared)) {
                    sources.add(shared);
                    continue;
                }
            }
            sources.add(article(dealId, title, announced.plusDays(i == 0 ? 0 : random.nextInt(200)), random));
        }
        return sources;
    }

    private Source article(String dealId, String title, LocalDate published, Random random) {
        int p = random.nextInt(PUBLISHERS.length);
        int number = next++;
        String quote = random.nextInt(3) == 0 ? "People familiar with the matter said the agreement runs for several years." : null;
        return new Source("GS" + number, PUBLISHERS[p], title,
                "https://www." + DOMAINS[p] + ".example/" + published.getYear() + "/" + dealId + "-" + number, published, quote);
    }
}
