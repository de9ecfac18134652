/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.parser;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.parser.antlr.internal.InternalStrategyParser;
import io.stratagem.dsl.services.StrategyGrammarAccess;

/**
 * The words that may come next at the top level of a model file, as token types of the generated
 * parser: read once from the grammar, so a new kind of block needs no change here.
 */
@Singleton
public class TopLevelWords {

	/** Where in a file the parser is: what may follow depends on what came before. */
	enum Point {
		/** The start of the file: the namespace, imports and blocks. */
		START,
		/** After the namespace or an import: more imports and blocks. */
		HEADER,
		/** After a block: more blocks. */
		BLOCKS
	}

	private final Map<Point, Set<Integer>> allowed = new EnumMap<>(Point.class);

	private final Map<Point, Map<String, Integer>> keywords = new EnumMap<>(Point.class);

	private final int openBrace;

	private final int closeBrace;

	@Inject
	TopLevelWords(StrategyGrammarAccess grammar) {
		Map<String, Integer> typeOfKeyword = new HashMap<>();
		String[] tokenNames = InternalStrategyParser.tokenNames;
		for (int type = 0; type < tokenNames.length; type++) {
			String name = tokenNames[type];
			if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")) {
				typeOfKeyword.put(name.substring(1, name.length() - 1), type);
			}
		}
		openBrace = typeOfKeyword.get("{");
		closeBrace = typeOfKeyword.get("}");
		Set<Integer> blocks = types(Expectations.firstKeywords(grammar.getElementRule().getAlternatives()), typeOfKeyword);
		Set<Integer> header = types(Expectations.firstKeywords(grammar.getImportRule().getAlternatives()), typeOfKeyword);
		header.addAll(blocks);
		Set<Integer> start = types(Set.of(grammar.getStrategyModelAccess().getNamespaceKeyword_1_0().getValue()), typeOfKeyword);
		start.addAll(header);
		allowed.put(Point.START, Set.copyOf(start));
		allowed.put(Point.HEADER, Set.copyOf(header));
		allowed.put(Point.BLOCKS, Set.copyOf(blocks));
		for (Point point : Point.values()) {
			Map<String, Integer> sorted = new TreeMap<>();
			typeOfKeyword.forEach((keyword, type) -> {
				if (allowed.get(point).contains(type)) {
					sorted.put(keyword, type);
				}
			});
			keywords.put(point, Collections.unmodifiableMap(sorted));
		}
	}

	private static Set<Integer> types(Set<String> keywords, Map<String, Integer> typeOfKeyword) {
		Set<Integer> types = new LinkedHashSet<>();
		for (String keyword : keywords) {
			Integer type = typeOfKeyword.get(keyword);
			if (type == null) {
				throw new IllegalStateException("the parser has no token for the keyword '" + keyword + "'");
			}
			types.add(type);
		}
		return types;
	}

	/** The token types that may come at the point. */
	Set<Integer> allowed(Point point) {
		return allowed.get(point);
	}

	/** The token type of '{'. */
	int openBrace() {
		return openBrace;
	}

	/** The token type of '}'. */
	int closeBrace() {
		return closeBrace;
	}

	/** The keywords that may come at the point, in alphabetical order, with their token types. */
	Map<String, Integer> keywords(Point point) {
		return keywords.get(point);
	}
}
