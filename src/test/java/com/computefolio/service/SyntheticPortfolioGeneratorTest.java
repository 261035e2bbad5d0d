package com.computefolio.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import com.computefolio.domain.DealValidator;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Portfolio;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleShape;
import com.computefolio.domain.Source;
import com.computefolio.domain.ValueBasis;
import com.computefolio.testing.InMemoryPortfolioStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPortfolioGeneratorTest {

    private final SyntheticPortfolioGenerator generator = new SyntheticPortfolioGenerator();
    private final Portfolio large = generator.generate(3_000, 42);

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteForByteTheSameFile() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Path otherSeed = dir.resolve("other-seed.json");
        new PortfolioJsonFile().write(generator.generate(400, 7), first);
        new PortfolioJsonFile().write(new SyntheticPortfolioGenerator().generate(400, 7), second);
        new PortfolioJsonFile().write(generator.generate(400, 8), otherSeed);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(otherSeed)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theWrittenFileImportsWithoutAProblemAndReadsBackUnchanged() throws Exception {
        Path file = dir.resolve("synthetic.json");
        new PortfolioJsonFile().write(large, file);
        PortfolioService service = new DefaultPortfolioService(new InMemoryPortfolioStore(), new DealValidator());

        assertThat(service.validateFiles(List.of(file))).isEmpty();
        ImportResult result = service.importFiles(List.of(file));

        assertThat(result.dealsAdded()).isEqualTo(3_000);
        List<Deal> imported = service.portfolio().deals();
        assertThat(imported).hasSize(3_000);
        for (int i = 0; i < imported.size(); i += 97) {
            assertThat(imported.get(i).revisions()).isEqualTo(large.deals().get(i).revisions());
        }
    }

    @Test
    void everyGeneratedPortfolioPassesTheValidator() {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(new DealValidator().validatePortfolio(generator.generate(500, seed))).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void coversEveryKindOfDealAndSeveralBuyers() {
        Set<DealKind> kinds = large.deals().stream().map(Deal::kind).collect(Collectors.toSet());
        Set<String> buyers = large.deals().stream().map(Deal::buyerId).collect(Collectors.toSet());
        Set<String> counterparties = large.deals().stream().map(Deal::counterpartyId).collect(Collectors.toSet());

        assertThat(kinds).containsExactlyInAnyOrder(DealKind.values());
        assertThat(buyers.size()).isGreaterThanOrEqualTo(8);
        assertThat(counterparties.size()).isGreaterThanOrEqualTo(30);
        assertThat(large.deals()).allMatch(d -> !d.buyerId().equals(d.counterpartyId()));
        assertThat(large.deals()).anyMatch(d -> !d.links().isEmpty());
    }

    @Test
    void dealsHaveOneToThreeRevisionsAndOneToThreeSources() {
        Set<Integer> revisionCounts = new HashSet<>();
        Set<Integer> sourceCounts = new HashSet<>();
        for (Deal deal : large.deals()) {
            revisionCounts.add(deal.revisions().size());
            sourceCounts.add(sourcesOf(deal).size());
        }
        assertThat(revisionCounts).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(sourceCounts).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void termsLastOneToTenYearsAndSomeAreUnknownOrAssumed() {
        List<Revision> revisions = large.deals().stream().flatMap(d -> d.revisions().stream()).toList();
        List<Integer> months = revisions.stream().filter(r -> r.term() != null).map(r -> r.term().months()).toList();

        assertThat(months).allMatch(m -> m >= 12 && m <= 120).contains(12, 120);
        assertThat(revisions).anyMatch(r -> r.term() == null).anyMatch(r -> r.term() != null && r.term().assumed());
    }

    @Test
    void valuesComeInEveryBasisWithLegsRangesAndOtherCurrencies() {
        List<Revision> revisions = large.deals().stream().flatMap(d -> d.revisions().stream()).toList();
        Set<ValueBasis> bases = revisions.stream().map(r -> r.value().basis()).collect(Collectors.toSet());
        Set<DealStatus> statuses = revisions.stream().map(Revision::status).collect(Collectors.toSet());
        Set<ScheduleShape> shapes = EnumSet.noneOf(ScheduleShape.class);
        revisions.forEach(r -> r.legs().forEach(leg -> shapes.add(leg.shape())));

        // The generator makes the shapes of format version 1, so that the benchmarks' data stays comparable over time.
        assertThat(bases).containsExactlyInAnyOrder(ValueBasis.TOTAL_OVER_TERM, ValueBasis.UP_TO, ValueBasis.PER_YEAR,
                ValueBasis.ANALYST_ESTIMATE, ValueBasis.UNDISCLOSED);
        assertThat(statuses).containsExactlyInAnyOrder(DealStatus.values());
        assertThat(shapes).containsExactlyInAnyOrder(ScheduleShape.values());
        assertThat(revisions).anyMatch(r -> r.value().low() != null && r.value().high() != null)
                .anyMatch(r -> r.value().isDisclosed() && !r.value().amount().currency().equals("USD"))
                .anyMatch(r -> !r.otherFigures().isEmpty())
                .anyMatch(r -> r.capacity() != null);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> generator.generate(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(generator.generate(0, 1).deals()).isEmpty();
    }

    private static Set<Source> sourcesOf(Deal deal) {
        Set<Source> sources = new HashSet<>();
        for (Revision revision : deal.revisions()) {
            sources.addAll(revision.sources());
            sources.addAll(revision.value().sources());
            for (Figure other : revision.otherFigures()) {
                sources.addAll(other.sources());
            }
        }
        return sources;
    }
}
