package com.computefolio.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds links of one kind that go round in a circle (a supersedes b, b supersedes a; or longer). Two
 * kinds must not: SUPERSEDES ("the newer deal replaces the older" cannot hold both ways, and
 * whichever deal the register shows as current would be arbitrary) and PART_OF (an umbrella cannot
 * be part of its own part: netting would take each off the other). A deal linking to itself is
 * reported by the link checks already. Each link on a cycle is reported, with the whole cycle
 * spelled out.
 */
final class LinkCycles {

    /** Circles of up to this many deals are spelled out in full. */
    private static final int SPELLED_OUT = 12;

    private LinkCycles() {
    }

    /** Problems at {@code deals[i].links[j].deal} for every SUPERSEDES or PART_OF link that lies on a cycle of its kind. */
    static List<Problem> find(Portfolio portfolio) {
        List<Problem> problems = new ArrayList<>(find(portfolio, LinkType.SUPERSEDES,
                ProblemText.say(ProblemKey.EXPECT_SUPERSEDES_CHAIN)));
        problems.addAll(find(portfolio, LinkType.PART_OF,
                ProblemText.say(ProblemKey.EXPECT_PART_OF_CHAIN)));
        return problems;
    }

    private static List<Problem> find(Portfolio portfolio, LinkType type, ProblemText expected) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (Deal deal : portfolio.deals()) {
            for (DealLink link : deal.links()) {
                if (link.type() == type && !link.targetDealId().equals(deal.id())) {
                    edges.computeIfAbsent(deal.id(), k -> new ArrayList<>()).add(link.targetDealId());
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (edges.isEmpty()) {
            return problems;
        }
        // Components first (linear time), so that the search for a way back runs only for links that
        // have one: a register can hold a long chain of superseded deals.
        Map<String, Integer> component = components(edges);
        Map<Integer, Integer> sizes = new HashMap<>();
        component.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        for (int i = 0; i < portfolio.deals().size(); i++) {
            Deal deal = portfolio.deals().get(i);
            for (int j = 0; j < deal.links().size(); j++) {
                DealLink link = deal.links().get(j);
                String target = link.targetDealId();
                if (link.type() != type || target.equals(deal.id())
                        || !component.get(deal.id()).equals(component.get(target))) {
                    continue;
                }
                problems.add(Problem.at("deals[" + i + "].links[" + j + "].deal", ProblemText.say(ProblemKey.LINKS_IN_CIRCLE,
                                type.name(), circle(edges, deal.id(), target, sizes.get(component.get(target)))), expected));

            }
        }
        return problems;
    }

    /** Strongly connected components (Tarjan's algorithm, iterative so that a long chain cannot overflow the stack). */
    private static Map<String, Integer> components(Map<String, List<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<String> nodes = new ArrayList<>(edges.keySet());
        edges.values().forEach(nodes::addAll);
        int counter = 0;
        int components = 0;
        for (String root : nodes) {
            if (index.containsKey(root)) {
                continue;
            }
            // Each frame: the node and how many of its edges have been followed.
            Deque<Object[]> frames = new ArrayDeque<>();
            frames.push(new Object[] {root, 0});
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!frames.isEmpty()) {
                Object[] frame = frames.peek();
                String node = (String) frame[0];
                List<String> next = edges.getOrDefault(node, List.of());
                int followed = (Integer) frame[1];
                if (followed < next.size()) {
                    frame[1] = followed + 1;
                    String w = next.get(followed);
                    if (!index.containsKey(w)) {
                        index.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        frames.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(node, Math.min(low.get(node), index.get(w)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = (String) frames.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, components);
                    } while (!member.equals(node));
                    components++;
                }
            }
        }
        return component;
    }

    /**
     * The circle through the link {@code from → to}, spelled out when short; a long one (a slip
     * in a generated file) is named by its first steps and size, so that reporting every link of a
     * circle of thousands stays linear.
     */
    private static String circle(Map<String, List<String>> edges, String from, String to, int size) {
        if (size > SPELLED_OUT) {
            return from + " → " + to + " → … → " + from + " (" + size + " deals in the circle)";
        }
        return from + " → " + String.join(" → ", path(edges, to, from));
    }

    /** The shortest chain of SUPERSEDES links from {@code from} to {@code to}, both included, or null. */
    private static List<String> path(Map<String, List<String>> edges, String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        cameFrom.put(from, null);
        queue.add(from);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(to)) {
                List<String> chain = new ArrayList<>();
                for (String step = at; step != null; step = cameFrom.get(step)) {
                    chain.add(0, step);
                }
                return chain;
            }
            for (String next : edges.getOrDefault(at, List.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
