package com.computefolio.service.article;

import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Party;
import com.computefolio.domain.Portfolio;
import com.computefolio.io.json.PortfolioJsonReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The register the article tests propose against: the two curated datasets of data/ together, read once. */
final class CuratedRegister {
    private static Portfolio both;

    private CuratedRegister() {
    }

    static synchronized Portfolio both() {
        if (both == null) {
            PortfolioJsonReader reader = new PortfolioJsonReader(new DealValidator());
            Portfolio openai = reader.read(Path.of("data/openai-portfolio.json")).portfolio();
            Portfolio peers = reader.read(Path.of("data/ai-buyers-portfolio.json")).portfolio();
            Map<String, Party> parties = new LinkedHashMap<>();
            openai.parties().forEach(p -> parties.put(p.id(), p));
            peers.parties().forEach(p -> parties.putIfAbsent(p.id(), p));
            var deals = new java.util.ArrayList<>(openai.deals());
            deals.addAll(peers.deals());
            both = new Portfolio("curated", java.util.List.copyOf(parties.values()), deals, java.util.List.of());
        }
        return both;
    }
}
