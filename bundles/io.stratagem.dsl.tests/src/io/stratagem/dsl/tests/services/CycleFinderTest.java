package io.stratagem.dsl.tests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stratagem.dsl.validation.services.CycleFinder;

class CycleFinderTest {

	private final CycleFinder finder = new CycleFinder();

	private static final Map<String, List<String>> GRAPH = Map.of("a", List.of("b"), "b", List.of("c", "d"), "c", List.of("a"), "d", List.of(),
			"e", List.of("a"), "s", List.of("s"));

	@Test
	void shortestCycleThroughANode() {
		assertEquals(List.of("a", "b", "c", "a"), finder.cycleThrough("a", GRAPH::get));
		assertEquals(List.of("c", "a", "b", "c"), finder.cycleThrough("c", GRAPH::get));
		assertEquals(List.of("s", "s"), finder.cycleThrough("s", GRAPH::get));
	}

	@Test
	void nodesOffTheCycleHaveNone() {
		assertEquals(List.of(), finder.cycleThrough("d", GRAPH::get));
		assertEquals(List.of(), finder.cycleThrough("e", GRAPH::get));
		assertEquals(List.of(), finder.cycleThrough(null, GRAPH::get));
		assertEquals(List.of(), finder.cycleThrough("x", GRAPH::get));
	}
}
