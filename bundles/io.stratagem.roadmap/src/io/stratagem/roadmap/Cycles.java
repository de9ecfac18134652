/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.roadmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The cycles of a directed graph over model references (dependencies, {@code part of},
 * {@code refines}, lineage), found once for the whole graph in time linear in its size and with a
 * constant call stack: Tarjan's strongly connected components, run with an explicit stack, so that
 * a chain or a cycle of 100,000 elements neither overflows the stack nor takes quadratic time.
 *
 * <p>Each strongly connected component that holds a cycle is one {@link Cycle}, reported on its
 * first member in the given order (file order), so a cycle of n elements is one finding, not n.
 */
public final class Cycles {

	/** How many names a cycle's text shows before it says how many more there are. */
	public static final int NAMES_SHOWN = 10;

	private Cycles() {
	}

	/**
	 * One cycle of the graph: {@code first} is the first member of its strongly connected component
	 * in the given order, {@code path} a shortest cycle through it ({@code first, ..., first}) and
	 * {@code members} every element of the component, in the given order.
	 */
	public record Cycle<T>(T first, List<T> path, List<T> members) {

		/**
		 * The path as text, {@code A -> B -> A}, with at most {@link #NAMES_SHOWN} names before
		 * {@code … and N more}, so that a message about a long cycle stays short.
		 */
		public String text(Function<? super T, String> name) {
			return Cycles.text(path, name, " -> ");
		}
	}

	/**
	 * The cycles among {@code nodes}, in the order of their first members. Successors that are null
	 * or not among {@code nodes} are ignored; a node that is its own successor is a cycle.
	 */
	public static <T> List<Cycle<T>> of(List<? extends T> nodes, Function<? super T, ? extends Iterable<? extends T>> successors) {
		Map<T, Integer> ids = new HashMap<>();
		List<T> byId = new ArrayList<>(nodes.size());
		for (T node : nodes) {
			if (node != null && !ids.containsKey(node)) {
				ids.put(node, byId.size());
				byId.add(node);
			}
		}
		int n = byId.size();
		int[][] edges = new int[n][];
		for (int v = 0; v < n; v++) {
			Iterable<? extends T> next = successors.apply(byId.get(v));
			List<Integer> targets = new ArrayList<>();
			if (next != null) {
				for (T target : next) {
					Integer w = target == null ? null : ids.get(target);
					if (w != null) {
						targets.add(w);
					}
				}
			}
			edges[v] = targets.stream().mapToInt(Integer::intValue).toArray();
		}
		int[] component = components(edges);
		return cycles(byId, edges, component);
	}

	/** Tarjan's algorithm with an explicit stack: the component number of every node. */
	private static int[] components(int[][] edges) {
		int n = edges.length;
		int[] index = new int[n];
		int[] low = new int[n];
		int[] component = new int[n];
		boolean[] onStack = new boolean[n];
		Arrays.fill(index, -1);
		int[] stack = new int[n];
		int stackSize = 0;
		int[] callNode = new int[n];
		int[] callEdge = new int[n];
		int counter = 0;
		int components = 0;
		for (int root = 0; root < n; root++) {
			if (index[root] >= 0) {
				continue;
			}
			int depth = 0;
			callNode[0] = root;
			callEdge[0] = 0;
			index[root] = low[root] = counter++;
			stack[stackSize++] = root;
			onStack[root] = true;
			while (depth >= 0) {
				int v = callNode[depth];
				if (callEdge[depth] < edges[v].length) {
					int w = edges[v][callEdge[depth]++];
					if (index[w] < 0) {
						index[w] = low[w] = counter++;
						stack[stackSize++] = w;
						onStack[w] = true;
						depth++;
						callNode[depth] = w;
						callEdge[depth] = 0;
					} else if (onStack[w]) {
						low[v] = Math.min(low[v], index[w]);
					}
					continue;
				}
				if (low[v] == index[v]) {
					int w;
					do {
						w = stack[--stackSize];
						onStack[w] = false;
						component[w] = components;
					} while (w != v);
					components++;
				}
				depth--;
				if (depth >= 0) {
					int parent = callNode[depth];
					low[parent] = Math.min(low[parent], low[v]);
				}
			}
		}
		return component;
	}

	private static <T> List<Cycle<T>> cycles(List<T> byId, int[][] edges, int[] component) {
		int n = byId.size();
		Map<Integer, List<Integer>> members = new HashMap<>();
		for (int v = 0; v < n; v++) {
			members.computeIfAbsent(component[v], k -> new ArrayList<>()).add(v);
		}
		List<Cycle<T>> result = new ArrayList<>();
		for (int first = 0; first < n; first++) {
			List<Integer> own = members.get(component[first]);
			if (own.get(0) != first) {
				continue; // reported on the component's first member
			}
			boolean selfLoop = false;
			for (int w : edges[first]) {
				selfLoop |= w == first;
			}
			if (own.size() == 1 && !selfLoop) {
				continue;
			}
			List<Integer> path = selfLoop ? List.of(first, first) : shortestCycle(first, edges, component);
			List<T> pathNodes = new ArrayList<>(path.size());
			for (int v : path) {
				pathNodes.add(byId.get(v));
			}
			List<T> memberNodes = new ArrayList<>(own.size());
			for (int v : own) {
				memberNodes.add(byId.get(v));
			}
			result.add(new Cycle<>(byId.get(first), Collections.unmodifiableList(pathNodes), Collections.unmodifiableList(memberNodes)));
		}
		return result;
	}

	/** Breadth-first search from {@code first} back to it, inside its component (which has a cycle). */
	private static List<Integer> shortestCycle(int first, int[][] edges, int[] component) {
		Map<Integer, Integer> parents = new HashMap<>();
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		queue.add(first);
		while (!queue.isEmpty()) {
			int v = queue.poll();
			for (int w : edges[v]) {
				if (w == first) {
					List<Integer> path = new ArrayList<>();
					path.add(first);
					for (int node = v; node != first; node = parents.get(node)) {
						path.add(node);
					}
					path.add(first);
					Collections.reverse(path);
					return path;
				}
				if (component[w] == component[first] && !parents.containsKey(w)) {
					parents.put(w, v);
					queue.add(w);
				}
			}
		}
		throw new IllegalStateException("A strongly connected component of several nodes has a cycle through each of them");
	}

	/**
	 * The items as text joined by {@code separator}, at most {@link #NAMES_SHOWN} of them followed
	 * by {@code … and N more} (the last item is kept when it closes a cycle: it repeats the first).
	 */
	public static <T> String text(List<T> items, Function<? super T, String> name, String separator) {
		boolean closed = items.size() > 1 && Objects.equals(items.get(0), items.get(items.size() - 1));
		int distinct = closed ? items.size() - 1 : items.size();
		if (distinct <= NAMES_SHOWN) {
			return join(items, name, separator);
		}
		StringBuilder text = new StringBuilder(join(items.subList(0, NAMES_SHOWN), name, separator));
		text.append(separator).append("… and ").append(distinct - NAMES_SHOWN).append(" more");
		if (closed) {
			text.append(separator).append(name.apply(items.get(0)));
		}
		return text.toString();
	}

	private static <T> String join(List<T> items, Function<? super T, String> name, String separator) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			text.append(i == 0 ? "" : separator).append(name.apply(items.get(i)));
		}
		return text.toString();
	}
}
