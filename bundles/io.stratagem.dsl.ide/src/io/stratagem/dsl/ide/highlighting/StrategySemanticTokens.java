/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import io.stratagem.dsl.library.BuiltInLibrary;
import io.stratagem.model.StratagemPackage;

/**
 * The semantic tokens of a .strategy file: what the parser and linker know and a TextMate grammar
 * cannot, so editors colour names by their role once the server is up.
 * <ul>
 * <li>a declared element's name: {@code type} with modifier {@code declaration};</li>
 * <li>a reference to an element: {@code type}, with modifier {@code defaultLibrary} when the
 * element comes from a built-in framework library (EU AI Act, NIST AI RMF, ISO/IEC 42001, OMB
 * M-25-21); an unresolved reference gets no token, its diagnostic says what is wrong;</li>
 * <li>an enumeration value (stage, tier, direction...): {@code enumMember};</li>
 * <li>the namespace and imported names: {@code namespace};</li>
 * <li>the rule code of a suppression: {@code decorator}.</li>
 * </ul>
 */
public class StrategySemanticTokens {

	public static final List<String> TOKEN_TYPES = List.of(SemanticTokenTypes.Type, SemanticTokenTypes.EnumMember, SemanticTokenTypes.Namespace,
			SemanticTokenTypes.Decorator);

	public static final List<String> TOKEN_MODIFIERS = List.of(SemanticTokenModifiers.Declaration, SemanticTokenModifiers.DefaultLibrary);

	private static final int TYPE = 0;
	private static final int ENUM_MEMBER = 1;
	private static final int NAMESPACE = 2;
	private static final int DECORATOR = 3;
	private static final int DECLARATION = 1 << 0;
	private static final int DEFAULT_LIBRARY = 1 << 1;

	@Inject
	private BuiltInLibrary library;

	public static SemanticTokensLegend legend() {
		return new SemanticTokensLegend(TOKEN_TYPES, TOKEN_MODIFIERS);
	}

	private record Token(int offset, int length, int type, int modifiers) {
	}

	/** The tokens of the file, encoded relative to each other as the protocol requires. */
	public SemanticTokens tokens(Document document, XtextResource resource, CancelIndicator cancel) {
		List<Token> tokens = collect(resource, cancel, 0, Integer.MAX_VALUE);
		tokens.sort(Comparator.comparingInt(Token::offset));
		return new SemanticTokens(encode(tokens, document.getContents()));
	}

	/**
	 * The tokens of the file that lie in the range, or cross one of its ends: those of
	 * {@link #tokens(Document, XtextResource, CancelIndicator)} there, found by walking only the
	 * elements whose text meets the range (an editor asks for the lines it shows). Encoded as the
	 * full tokens are: the first token relative to the start of the file.
	 */
	public SemanticTokens tokens(Document document, XtextResource resource, Range range, CancelIndicator cancel) {
		int start = offset(document, range.getStart());
		int end = offset(document, range.getEnd());
		List<Token> tokens = collect(resource, cancel, start, end);
		tokens.removeIf(token -> !meets(token.offset(), token.offset() + token.length(), start, end));
		tokens.sort(Comparator.comparingInt(Token::offset));
		return new SemanticTokens(encode(tokens, document.getContents()));
	}

	/** The offset of a position, a position past the end of a line or of the text taken as that end. */
	private static int offset(Document document, Position position) {
		String text = document.getContents();
		int line = 0;
		int offset = 0;
		while (line < position.getLine() && offset < text.length()) {
			int next = text.indexOf('\n', offset);
			if (next < 0) {
				return text.length();
			}
			offset = next + 1;
			line++;
		}
		int lineEnd = text.indexOf('\n', offset);
		return Math.min(offset + Math.max(0, position.getCharacter()), lineEnd < 0 ? text.length() : lineEnd);
	}

	/** Whether the text from {@code from} to {@code to} (exclusive) has a character in the range from {@code start} to {@code end}. */
	private static boolean meets(int from, int to, int start, int end) {
		return from < end && to > start;
	}

	/**
	 * One forward pass over the text: the tokens are sorted, so each position is found from the
	 * previous one. (Document.getPosition scans from the start for every token, which made large
	 * files quadratic.) Lines end at '\n' and a column counts UTF-16 units, as Document does.
	 */
	private static List<Integer> encode(List<Token> tokens, String text) {
		List<Integer> data = new ArrayList<>(tokens.size() * 5);
		int line = 0;
		int lineStart = 0;
		int scanned = 0;
		int previousLine = 0;
		int previousCharacter = 0;
		for (Token token : tokens) {
			int offset = Math.min(token.offset(), text.length());
			for (; scanned < offset; scanned++) {
				if (text.charAt(scanned) == '\n') {
					line++;
					lineStart = scanned + 1;
				}
			}
			int character = offset - lineStart;
			int deltaLine = line - previousLine;
			data.add(deltaLine);
			data.add(deltaLine == 0 ? character - previousCharacter : character);
			data.add(token.length());
			data.add(token.type());
			data.add(token.modifiers());
			previousLine = line;
			previousCharacter = character;
		}
		return data;
	}

	/** The tokens of the elements whose text meets the range from {@code start} to {@code end}; the others are not walked. */
	private List<Token> collect(XtextResource resource, CancelIndicator cancel, int start, int end) {
		List<Token> tokens = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return tokens;
		}
		Set<URI> libraryFiles = library.uris().stream().collect(Collectors.toSet());
		Map<EObject, Optional<Assignment>> assignments = new IdentityHashMap<>();
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			if (cancel.isCanceled()) {
				return tokens;
			}
			EObject object = contents.next();
			ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
			if (node != null && !meets(node.getTotalOffset(), node.getTotalEndOffset(), start, end)) {
				// its contained elements are written inside its text
				contents.prune();
				continue;
			}
			Map<String, List<INode>> nodes = nodesByFeature(node, assignments);
			if (nodes == null) {
				// the walk gave up: ask Xtext feature by feature
				for (EAttribute attribute : object.eClass().getEAllAttributes()) {
					addAttribute(tokens, attribute, NodeModelUtils.findNodesForFeature(object, attribute));
				}
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (isCrossReference(reference) && object.eIsSet(reference)) {
						addReferences(tokens, object, reference, NodeModelUtils.findNodesForFeature(object, reference), libraryFiles);
					}
				}
				continue;
			}
			// only the features the text sets, not every feature of the element's type
			for (Map.Entry<String, List<INode>> written : nodes.entrySet()) {
				EStructuralFeature feature = object.eClass().getEStructuralFeature(written.getKey());
				if (feature instanceof EAttribute attribute) {
					addAttribute(tokens, attribute, written.getValue());
				} else if (feature instanceof EReference reference && isCrossReference(reference) && object.eIsSet(reference)) {
					addReferences(tokens, object, reference, written.getValue(), libraryFiles);
				}
			}
		}
		return tokens;
	}

	/**
	 * The nodes that set each feature of the object whose node is given, by feature name, from one walk over the
	 * object's own nodes (a contained object's nodes are its own). Asking Xtext's
	 * {@code NodeModelUtils.findNodesForFeature} walks them once per feature, about ten times as
	 * often. Null when the object's nodes hold an action, which this walk does not follow (the
	 * grammar has none).
	 */
	private static Map<String, List<INode>> nodesByFeature(ICompositeNode node, Map<EObject, Optional<Assignment>> assignments) {
		if (node == null) {
			return Map.of();
		}
		Map<String, List<INode>> result = new HashMap<>();
		BidiTreeIterator<INode> walk = node.getAsTreeIterable().iterator();
		while (walk.hasNext()) {
			INode child = walk.next();
			EObject grammarElement = child.getGrammarElement();
			if (child == node || grammarElement == null) {
				continue;
			}
			if (grammarElement instanceof Action) {
				return null;
			}
			Optional<Assignment> assignment = assignments.computeIfAbsent(grammarElement, e -> Optional.ofNullable(GrammarUtil.containingAssignment(e)));
			if (assignment.isPresent()) {
				result.computeIfAbsent(assignment.get().getFeature(), f -> new ArrayList<>()).add(child);
				walk.prune();
			}
		}
		return result;
	}

	private static boolean isCrossReference(EReference reference) {
		return !reference.isContainment() && !reference.isContainer() && !reference.isDerived();
	}

	/** The tokens of an attribute's written values, by the attribute's role. */
	private static void addAttribute(List<Token> tokens, EAttribute attribute, List<INode> written) {
		StratagemPackage model = StratagemPackage.eINSTANCE;
		if (attribute == model.getNamedElement_Name()) {
			add(tokens, written, TYPE, DECLARATION);
		} else if (attribute.getEAttributeType() instanceof EEnum) {
			add(tokens, written, ENUM_MEMBER, 0);
		} else if (attribute == model.getStrategyModel_Namespace() || attribute == model.getImport_ImportedNamespace()) {
			add(tokens, written, NAMESPACE, 0);
		} else if (attribute == model.getSuppression_Code()) {
			add(tokens, written, DECORATOR, 0);
		}
	}

	private static void add(List<Token> tokens, List<INode> nodes, int type, int modifiers) {
		for (INode node : nodes) {
			if (node.getLength() > 0) {
				tokens.add(new Token(node.getOffset(), node.getLength(), type, modifiers));
			}
		}
	}

	private static void addReferences(List<Token> tokens, EObject object, EReference reference, List<INode> nodes, Set<URI> libraryFiles) {
		if (nodes.isEmpty()) {
			return;
		}
		List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference, true) : List.of(object.eGet(reference, true));
		// one node per written reference, in the order of the values
		for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
			EObject target = (EObject) targets.get(i);
			INode node = nodes.get(i);
			if (target != null && !target.eIsProxy() && node.getLength() > 0) {
				// the target's file (its URI without the fragment, which EMF would compute by walking its containers)
				Resource file = target.eResource();
				int modifiers = file != null && libraryFiles.contains(file.getURI()) ? DEFAULT_LIBRARY : 0;
				tokens.add(new Token(node.getOffset(), node.getLength(), TYPE, modifiers));
			}
		}
	}
}
