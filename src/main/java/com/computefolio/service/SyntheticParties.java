package com.computefolio.service;

import com.computefolio.domain.DealKind;
import com.computefolio.domain.Party;
import com.computefolio.domain.PartyKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The invented parties of a synthetic portfolio: AI labs that buy, and the clouds, chipmakers,
 * memory makers, data-centre developers, investors and joint ventures they deal with. Names are
 * made up (no real company is described by made-up figures). Which kind of counterparty a deal
 * kind goes to follows the curated data: cloud deals with hyperscalers and neoclouds, chips with
 * chipmakers, equity from investors, clouds and chipmakers (the circular flows).
 */
final class SyntheticParties {

    private static final Map<PartyKind, List<String>> NAMES = new EnumMap<>(Map.of(
            PartyKind.AI_LAB, List.of("Aurora AI", "Basilisk Labs", "Cobalt Intelligence", "Delphi Research", "Ember AI",
                    "Fathom Labs", "Gradient North", "Halcyon AI", "Ionic Minds", "Juniper AI"),
            PartyKind.HYPERSCALER_CLOUD, List.of("Nimbus Cloud", "Stratus Web Services", "Cirrus Compute", "Altostrat Cloud",
                    "Zephyr Cloud"),
            PartyKind.NEOCLOUD, List.of("Arclight Compute", "Borealis GPU", "Cinder Cloud", "Dynamo Compute", "Everfrost GPU",
                    "Flux Metal", "Graphite Cloud", "Helix Compute"),
            PartyKind.CHIPMAKER, List.of("Tensor Foundry", "Parallax Semiconductor", "Quantum Wafer", "Silica Dynamics",
                    "Vector Chips"),
            PartyKind.MEMORY_MAKER, List.of("Stacked Memory", "HBM Works", "Cellar Memory"),
            PartyKind.INVESTOR, List.of("Meridian Capital", "Northgate Ventures", "Orbit Sovereign Fund", "Pinnacle Partners",
                    "Quarry Holdings", "Redwood Growth"),
            PartyKind.JOINT_VENTURE, List.of("Atlas Compute JV", "Beacon Campus JV", "Citadel Power JV"),
            PartyKind.DATA_CENTRE_DEVELOPER, List.of("Ironbridge Data Centres", "Kilowatt Campus", "Lakeside Digital",
                    "Monolith Sites", "Northern Halls"),
            PartyKind.OTHER, List.of("Grid Utility Co", "Turbine Energy")));

    private final List<Party> all = new ArrayList<>();
    private final Map<PartyKind, List<Party>> byKind = new EnumMap<>(PartyKind.class);

    SyntheticParties() {
        for (PartyKind kind : PartyKind.values()) {
            List<Party> ofKind = new ArrayList<>();
            for (String name : NAMES.get(kind)) {
                ofKind.add(new Party(slug(name), name, kind));
            }
            byKind.put(kind, List.copyOf(ofKind));
            all.addAll(ofKind);
        }
    }

    List<Party> all() {
        return List.copyOf(all);
    }

    List<Party> labs() {
        return byKind.get(PartyKind.AI_LAB);
    }

    /** A counterparty of a kind that makes such deals. */
    Party counterpartyFor(DealKind kind, Random random) {
        return pick(random, switch (kind) {
            case CLOUD_SERVICES -> random.nextInt(3) == 0 ? PartyKind.HYPERSCALER_CLOUD : PartyKind.NEOCLOUD;
            case CHIPS, CUSTOM_SILICON -> PartyKind.CHIPMAKER;
            case MEMORY -> PartyKind.MEMORY_MAKER;
            case DATA_CENTRE -> random.nextInt(6) == 0 ? PartyKind.OTHER : PartyKind.DATA_CENTRE_DEVELOPER;
            case EQUITY_INVESTMENT -> switch (random.nextInt(4)) {
                case 0 -> PartyKind.HYPERSCALER_CLOUD;
                case 1 -> PartyKind.CHIPMAKER;
                default -> PartyKind.INVESTOR;
            };
            case JOINT_VENTURE -> PartyKind.JOINT_VENTURE;
        });
    }

    /**
     * The buyer: mostly an AI lab; for hardware, memory and data-centre deals sometimes a cloud,
     * which buys to rent the capacity on. Never the counterparty itself.
     */
    Party buyerFor(DealKind kind, Party counterparty, Random random) {
        boolean cloudBuys = (kind == DealKind.CHIPS || kind == DealKind.MEMORY || kind == DealKind.DATA_CENTRE)
                && random.nextInt(5) == 0;
        Party buyer = cloudBuys ? pick(random, random.nextBoolean() ? PartyKind.NEOCLOUD : PartyKind.HYPERSCALER_CLOUD)
                : pick(random, PartyKind.AI_LAB);
        return buyer.equals(counterparty) ? pick(random, PartyKind.AI_LAB) : buyer;
    }

    /** Skewed towards the first names, as real markets have a few large players and a long tail. */
    private Party pick(Random random, PartyKind kind) {
        List<Party> candidates = byKind.get(kind);
        return candidates.get(Math.min(random.nextInt(candidates.size()), random.nextInt(candidates.size())));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
