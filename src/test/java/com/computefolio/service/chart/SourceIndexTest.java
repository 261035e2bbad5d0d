package com.computefolio.service.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.computefolio.domain.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceIndexTest {

    private static final String[] PUBLISHERS = {"Reuters", "reuters", "REUTERS", "Ärzte Zeitung", "ärzte zeitung", "The Information",
        "the information", "Bloomberg", "bloomberg news", "ΣΙΓΜΑ", "σιγμα", "Straße", "STRASSE"};

    @Test
    void numbersFollowDateThenPublisherIgnoringCaseThenId() {
        Random random = new Random(3);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            LocalDate published = random.nextInt(5) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(20));
            sources.add(new Source("S" + random.nextInt(100_000), PUBLISHERS[random.nextInt(PUBLISHERS.length)], "t",
                    "https://example.com/" + i, published, null));
        }
        List<Source> distinct = new ArrayList<>(sources.stream()
                .collect(java.util.stream.Collectors.toMap(Source::id, s -> s, (a, b) -> a, java.util.LinkedHashMap::new)).values());
        distinct.sort(Comparator.comparing(Source::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Source::publisher, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Source::id));

        List<Source> numbered = SourceIndex.of(sources).refs().stream().map(SourceRef::source).toList();

        assertThat(numbered).isEqualTo(distinct);
        assertThat(SourceIndex.of(sources).refs()).extracting(SourceRef::number).startsWith(1, 2, 3);
    }
}
