/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.SourceCodes;

/**
 * Syntax errors carry {@link SourceCodes#SYNTAX} from the parser on, so every front end shows the
 * same code. Where the parser stopped, the text names what the grammar accepts there and what was
 * found ({@link #message}); value converters give their own texts.
 */
public class StrategySyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/**
	 * How many syntax errors of one parse get a message in the modeller's words. Each costs a walk of
	 * the node model, and a hostile file (200,000 open braces) has as many errors as characters: past
	 * this many, the parser's own text, so a parse stays linear in the file.
	 */
	static final int WORDED_MESSAGES_PER_PARSE = 100;

	@Inject
	private IGrammarAccess grammar;

	/** {@link #fileKeywords}, once computed (a benign race: every thread computes the same set). */
	private volatile Set<String> topLevelKeywords;

	/** Worded messages given so far, by the token stream of the parse they belong to (forgotten with it). */
	private final Map<Object, Integer> wordedPerParse = Collections.synchronizedMap(new WeakHashMap<>());

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		// the parse's token stream, one object per parse, found without walking up a deep node model
		RecognitionException exception = context.getRecognitionException();
		Object parse = exception == null || exception.input == null ? null : exception.input;
		boolean worded = parse != null && wordedPerParse.merge(parse, 1, Integer::sum) <= WORDED_MESSAGES_PER_PARSE;
		return new SyntaxErrorMessage(worded ? message(context) : context.getDefaultMessage(), SourceCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SourceCodes.SYNTAX);
	}

	/**
	 * The ranged form is reported on the whole token, with the same code: Xtext keeps a range only
	 * for its own code, and a code that differs by front end is what this class exists to avoid.
	 */
	@Override
	protected SyntaxErrorMessage createRangedSyntaxErrorMessage(IValueConverterErrorContext context, int offset, int length) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SourceCodes.SYNTAX);
	}

	/**
	 * The text of a syntax error where the parser stopped, in the modeller's words: what the grammar
	 * accepts at that point (the values after a keyword, or the keywords of the open block) and what
	 * was found, with the closest keyword or value when the word looks like a slip. The parser's own
	 * text where the point is not one of those.
	 */
	protected String message(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		INode node = context.getCurrentNode();
		if (exception == null || exception.token == null || node == null) {
			return context.getDefaultMessage();
		}
		Token token = exception.token;
		boolean atEnd = token.getType() == Token.EOF;
		String found = atEnd ? "the end of the file" : "'" + token.getText() + "'";
		int start = atEnd ? Integer.MAX_VALUE : ((CommonToken) token).getStartIndex();
		ILeafNode previous = previousLeaf(node.getRootNode(), start);
		String afterKeyword = previous == null ? null : afterKeyword(previous, atEnd ? null : token.getText(), found);
		if (afterKeyword != null) {
			return afterKeyword;
		}
		String inBlock = inBlock(node, atEnd ? null : token.getText(), found);
		return inBlock != null ? inBlock : context.getDefaultMessage();
	}

	/** The last leaf that is not white space or a comment before the offset. */
	private static ILeafNode previousLeaf(ICompositeNode root, int offset) {
		for (INode node : root.getAsTreeIterable().reverse()) {
			if (node instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getTotalOffset() < offset && leaf.getTotalLength() > 0) {
				return leaf;
			}
		}
		return null;
	}

	/** After a keyword that must be followed by a value or another keyword: "stage must be one of ...". */
	private static String afterKeyword(ILeafNode previous, String written, String found) {
		if (!(previous.getGrammarElement() instanceof Keyword keyword) || "{".equals(keyword.getValue()) || !(keyword.eContainer() instanceof Group group)) {
			return null; // after an opening brace, the block's keywords are expected: inBlock
		}
		List<AbstractElement> elements = group.getElements();
		int index = elements.indexOf(keyword);
		Expectations.Expected expected = Expectations.firstOf(elements.subList(index + 1, elements.size()));
		if (expected == null) {
			return null;
		}
		StringBuilder subject = new StringBuilder(keyword.getValue());
		for (int i = index - 1; i >= 0 && elements.get(i) instanceof Keyword before && !"{".equals(before.getValue()); i--) {
			subject.insert(0, before.getValue() + " ");
		}
		String message;
		if (expected.onlyValues()) {
			message = subject + " must be one of " + String.join(", ", expected.values()) + "; found " + found;
		} else {
			List<String> options = new ArrayList<>();
			expected.values().forEach(value -> options.add("'" + value + "'"));
			options.addAll(expected.kinds());
			message = subject + " must be followed by " + or(options) + "; found " + found;
		}
		return withSuggestion(message, written, expected.values());
	}

	/**
	 * Inside a block (or at the top of the file) where the next word is not one the block accepts:
	 * "a usecase block accepts affects, benefits, ... or '}'; found 'colour'".
	 */
	private String inBlock(INode node, String written, String found) {
		ParserRule top = (ParserRule) grammar.getGrammar().getRules().get(0);
		for (INode current = node; current != null; current = current.getParent()) {
			EObject grammarElement = current.getGrammarElement();
			AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule() : grammarElement instanceof AbstractRule self ? self : null;
			if (current.getParent() == null || rule == top) {
				Set<String> elements = fileKeywords(top);
				return withSuggestion("a model file contains " + or(new ArrayList<>(elements)) + "; found " + found, written, elements);
			}
			if (!(rule instanceof ParserRule parser)) {
				continue;
			}
			ILeafNode open = openBrace(current);
			AbstractElement loop = open == null ? null : blockLoop((Keyword) open.getGrammarElement());
			if (loop == null) {
				continue;
			}
			String concept = Expectations.firstKeywords(parser.getAlternatives()).stream().findFirst().orElse(parser.getName());
			if (written == null) {
				return "the " + concept + " block opened at line " + open.getStartLine() + " must be closed with '}'; found " + found;
			}
			Set<String> keywords = new TreeSet<>(Expectations.firstKeywords(loop));
			List<String> options = new ArrayList<>(keywords);
			options.add("'}'");
			// "an initiative block", "a usecase block": the article as the keyword is spoken
			String article = concept.matches("[aeio].*") ? "an " : "a ";
			return withSuggestion(article + concept + " block accepts " + or(options) + "; found " + found, written, keywords);
		}
		return null;
	}

	/** The words a model file may contain at its top level: read from the grammar once, it does not change. */
	private Set<String> fileKeywords(ParserRule top) {
		Set<String> elements = topLevelKeywords;
		if (elements == null) {
			Set<String> found = new TreeSet<>();
			EcoreUtil2.getAllContentsOfType(top, Keyword.class).forEach(keyword -> found.add(keyword.getValue()));
			for (Assignment assignment : EcoreUtil2.getAllContentsOfType(top, Assignment.class)) {
				found.addAll(Expectations.firstKeywords(assignment.getTerminal()));
			}
			elements = Collections.unmodifiableSet(found);
			topLevelKeywords = elements;
		}
		return elements;
	}

	/** The leaf of the node's own opening brace when the node's block is open (no closing brace yet). */
	private static ILeafNode openBrace(INode node) {
		if (!(node instanceof ICompositeNode composite)) {
			return null;
		}
		ILeafNode open = null;
		for (INode child : composite.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.getGrammarElement() instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue())) {
					open = leaf;
				} else if ("}".equals(keyword.getValue())) {
					return null;
				}
			}
		}
		return open;
	}

	/** The repeated choice that follows an opening brace in the grammar: what a block may contain. */
	private static AbstractElement blockLoop(Keyword open) {
		if (!(open.eContainer() instanceof Group group)) {
			return null;
		}
		int index = group.getElements().indexOf(open);
		return index + 1 < group.getElements().size() ? group.getElements().get(index + 1) : null;
	}

	private static String withSuggestion(String message, String written, Iterable<String> candidates) {
		String suggestion = written == null ? null : Expectations.closest(written, candidates);
		return suggestion == null ? message : message + "; did you mean '" + suggestion + "'?";
	}

	/** "a", "a or b", "a, b or c". */
	private static String or(List<String> options) {
		if (options.size() <= 1) {
			return String.join("", options);
		}
		return String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.get(options.size() - 1);
	}
}
