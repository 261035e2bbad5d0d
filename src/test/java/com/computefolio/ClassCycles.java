package com.computefolio;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cycles between top-level classes (a nested class counts as its top-level class, since a class and its
 * own nested classes always know each other). ArchUnit's slices only see packages; two classes of one package
 * that need each other are just as hard to change or test alone, so this finds them as strongly connected
 * components (Tarjan) of the class dependency graph.
 */
final class ClassCycles {
    private final Map<String, Set<String>> edges = new TreeMap<>();

    private ClassCycles() {
    }

    /** The dependency graph between the top-level classes whose names start with {@code prefix}. */
    static ClassCycles of(JavaClasses classes, String prefix) {
        ClassCycles graph = new ClassCycles();
        for (JavaClass javaClass : classes) {
            String from = topLevel(javaClass.getName());
            if (!from.startsWith(prefix)) {
                continue;
            }
            Set<String> targets = graph.edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = topLevel(dependency.getTargetClass().getBaseComponentType().getName());
                if (to.startsWith(prefix) && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return graph;
    }

    /** For tests of this check: a graph given as edges. */
    static ClassCycles ofEdges(Map<String, Set<String>> edges) {
        ClassCycles graph = new ClassCycles();
        edges.forEach((from, to) -> graph.edges.put(from, new TreeSet<>(to)));
        return graph;
    }

    private static String topLevel(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** Every group of two or more classes that depend on each other, each sorted by name. */
    List<Set<String>> cycles() {
        return new Tarjan().run();
    }

    /** Tarjan's algorithm with an explicit stack of iterators, so deep graphs cannot overflow the call stack. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();
        private int next;

        List<Set<String>> run() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String root) {
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(enter(root));
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.targets.hasNext()) {
                    String target = frame.targets.next();
                    if (!index.containsKey(target)) {
                        frames.push(enter(target));
                    } else if (onStack.contains(target)) {
                        lowLink.merge(frame.node, index.get(target), Math::min);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    lowLink.merge(frames.peek().node, lowLink.get(frame.node), Math::min);
                }
                if (lowLink.get(frame.node).equals(index.get(frame.node))) {
                    Set<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(frame.node));
                    if (component.size() > 1) {
                        components.add(component);
                    }
                }
            }
        }

        private Frame enter(String node) {
            index.put(node, next);
            lowLink.put(node, next);
            next++;
            stack.push(node);
            onStack.add(node);
            return new Frame(node, edges.getOrDefault(node, Set.of()).iterator());
        }
    }

    private record Frame(String node, Iterator<String> targets) {
    }
}
