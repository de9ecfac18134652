package io.stratagem.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.stratagem.roadmap.Cycles;
import io.stratagem.roadmap.Cycles.Cycle;

/** Cycles of a directed graph: one per strongly connected component, on its first member. */
class CyclesTest {

	private static final Map<String, List<String>> GRAPH = Map.of("a", List.of("b"), "b", List.of("c", "x"), "c", List.of("a", "b"), "s",
			List.of("s"), "d", List.of("a"), "e", List.of());

	@Test
	void eachStronglyConnectedComponentWithACycleIsOneCycleOnItsFirstMember() {
		List<Cycle<String>> cycles = Cycles.of(List.of("d", "c", "a", "b", "s", "e"), GRAPH::get);
		assertEquals(List.of("c", "s"), cycles.stream().map(Cycle::first).toList());
		assertEquals(List.of("c", "b", "c"), cycles.get(0).path());
		assertEquals(List.of("c", "a", "b"), cycles.get(0).members());
		assertEquals(List.of("s", "s"), cycles.get(1).path());
	}

	@Test
	void successorsOutsideTheNodesAreIgnored() {
		assertEquals(List.of(), Cycles.of(List.of("a", "b", "d"), GRAPH::get));
	}

	@Test
	void aCycleOf100000NodesIsFoundWithoutOverflowingTheStackAndShownInTenNames() {
		List<Integer> nodes = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			nodes.add(i);
		}
		Function<Integer, List<Integer>> next = i -> List.of((i + 1) % nodes.size());
		List<Cycle<Integer>> cycles = Cycles.of(nodes, next);
		assertEquals(1, cycles.size());
		assertEquals(100_001, cycles.get(0).path().size());
		assertEquals("0 -> 1 -> 2 -> 3 -> 4 -> 5 -> 6 -> 7 -> 8 -> 9 -> … and 99990 more -> 0", cycles.get(0).text(String::valueOf));
	}

	@Test
	void shortListsAreShownWhole() {
		assertEquals("a, b", Cycles.text(List.of("a", "b"), s -> s, ", "));
		assertEquals("a -> b -> a", Cycles.text(List.of("a", "b", "a"), s -> s, " -> "));
	}
}
