package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.dsl.services.StrategyGrammarAccess;

/** Keywords may be segments of qualified names after the first, so namespaces read naturally. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class QualifiedNameSegmentTest {

	private static final Pattern WORD = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

	@Inject
	private StrategyGrammarAccess grammar;

	@Inject
	private IValueConverterService converters;

	@Inject
	private Workspace workspace;

	@Test
	void everyWordLikeKeywordIsAValidNameSegment() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (WORD.matcher(keyword).matches()) {
				words.add(keyword);
			}
		}
		Set<String> segments = new TreeSet<>();
		for (Keyword keyword : EcoreUtil2.getAllContentsOfType(grammar.getNameSegmentRule(), Keyword.class)) {
			segments.add(keyword.getValue());
		}
		words.removeAll(segments);
		assertEquals(Set.of(), words, "add these keywords to the NameSegment rule of Strategy.xtext");
	}

	@Test
	void namespacesMayContainKeywords() {
		workspace.empty().add("data.strategy", """
				namespace acme.data
				data ClaimsHistory
				""").add("use.strategy", """
				namespace acme.roadmap.usecase
				import acme.data.*
				usecase Triage { uses data ClaimsHistory, acme.data.ClaimsHistory }
				""").link();
		assertEquals(List.of(), workspace.allIssues());
	}

	@Test
	void aKeywordAsFirstSegmentIsEscaped() {
		assertEquals("^data.risk", converters.toString("data.risk", "QualifiedName"));
		assertEquals("acme.data.*", converters.toString("acme.data.*", "QualifiedNameWithWildcard"));
		workspace.empty().add("x.strategy", """
				namespace ^data.risk
				role Owner
				""");
		assertEquals("data.risk", workspace.model("x.strategy").getNamespace());
	}
}
