package com.computefolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The class-level cycle check of ArchitectureTest finds what it must, and nothing else. */
class ClassCyclesTest {

    private static List<Set<String>> cycles(String... edges) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (String edge : edges) {
            String[] ends = edge.split("->");
            graph.computeIfAbsent(ends[0], k -> new java.util.TreeSet<>()).add(ends[1]);
            graph.computeIfAbsent(ends[1], k -> new java.util.TreeSet<>());
        }
        return ClassCycles.ofEdges(graph).cycles();
    }

    @Test
    void aChainWithoutABackEdgeHasNoCycle() {
        assertThat(cycles("a->b", "b->c", "a->c")).isEmpty();
    }

    @Test
    void twoClassesThatNeedEachOtherAreOneCycle() {
        assertThat(cycles("a->b", "b->a", "b->c")).containsExactly(Set.of("a", "b"));
    }

    @Test
    void everyClassOnALongLoopIsInTheSameCycleAndSeparateLoopsAreSeparateCycles() {
        assertThat(cycles("a->b", "b->c", "c->d", "d->a", "x->y", "y->x", "d->x"))
                .containsExactlyInAnyOrder(Set.of("a", "b", "c", "d"), Set.of("x", "y"));
    }

    @Test
    void aDeepChainDoesNotOverflowTheStack() {
        String[] edges = new String[20_001];
        for (int i = 0; i < 20_000; i++) {
            edges[i] = "n" + i + "->n" + (i + 1);
        }
        edges[20_000] = "n20000->n0";
        assertThat(cycles(edges)).singleElement().satisfies(cycle -> assertThat(cycle).hasSize(20_001));
    }

    @Test
    void nestedClassesCountAsTheirTopLevelClassSoAClassAndItsOwnParts() {
        JavaClasses own = new ClassFileImporter().importClasses(Outer.class, Outer.Inner.class);
        assertThat(ClassCycles.of(own, "com.computefolio.").cycles()).isEmpty();
    }

    @Test
    void classesOfTheProjectThatUseEachOtherAreFound() {
        JavaClasses pair = new ClassFileImporter().importClasses(Ping.class, Pong.class);
        assertThat(ClassCycles.of(pair, "com.computefolio.").cycles())
                .containsExactly(Set.of(Ping.class.getName(), Pong.class.getName()));
        assertThat(ClassCycles.of(pair, "org.other.").cycles()).isEmpty();
    }

    static final class Outer {
        Inner inner = new Inner();

        final class Inner {
            Outer outer() {
                return Outer.this;
            }
        }
    }
}

/** Top-level on purpose: two classes of one package that need each other. */
final class Ping {
    Pong pong;
}

/** See {@link Ping}. */
final class Pong {
    Ping ping;
}
