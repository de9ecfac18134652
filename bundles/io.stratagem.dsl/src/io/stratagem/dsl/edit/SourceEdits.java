/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Text edits on one parsed file that keep the formatter's layout (one item a line in blocks, one
 * blank line between elements) and leave every character outside the edited element as it was:
 * comments and formatting elsewhere stay byte-identical.
 */
public final class SourceEdits {

	/** Keywords that open several sub-items ({@code requires skills A capabilities B}): kept while a sibling remains. */
	private static final Set<String> SHARED_ITEM_KEYWORDS = Set.of("requires");

	private final String text;
	private final List<ILeafNode> tokens = new ArrayList<>();

	public SourceEdits(XtextResource resource) {
		this(resource.getParseResult().getRootNode());
	}

	public SourceEdits(ICompositeNode root) {
		this.text = root.getText();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				tokens.add(leaf);
			}
		}
	}

	public String text() {
		return text;
	}

	/** Offset of the first and end of the last token of a node, without the comments and spaces before it. */
	public static int[] range(INode node) {
		int start = -1;
		int end = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				if (start < 0) {
					start = leaf.getOffset();
				}
				end = leaf.getEndOffset();
			}
		}
		return start < 0 ? new int[] { node.getOffset(), node.getOffset() } : new int[] { start, end };
	}

	/** The text of a node's tokens, e.g. a qualified reference, without comments before it. */
	public String tokenText(INode node) {
		int[] range = range(node);
		return text.substring(range[0], range[1]);
	}

	/** Replaces a node's tokens. */
	public TextEdit replace(INode node, String replacement) {
		int[] range = range(node);
		return new TextEdit(range[0], range[1] - range[0], replacement);
	}

	/** Adds an item to the element's block, creating the block when it has none. */
	public TextEdit addItem(EObject element, String item) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			throw new EditException("the element has no text to edit");
		}
		int[] range = range(node);
		String indent = indentOf(range[0]);
		int brace = range[1] - 1;
		if (text.charAt(brace) != '}') {
			return new TextEdit(range[1], 0, " {\n" + indent + "\t" + item + "\n" + indent + "}");
		}
		int lineStart = lineStart(brace);
		if (text.substring(lineStart, brace).isBlank()) {
			return new TextEdit(lineStart, 0, indent + "\t" + item + "\n");
		}
		return new TextEdit(brace, 0, (text.charAt(brace - 1) == ' ' ? "" : " ") + item + " ");
	}

	/** Inserts an element after {@code previous} (a sibling), with one blank line between, indented like it. */
	public TextEdit addElementAfter(EObject previous, String elementText) {
		int[] range = range(NodeModelUtils.findActualNodeFor(previous));
		String indent = indentOf(range[0]);
		return new TextEdit(range[1], 0, "\n\n" + indent + elementText.replace("\n", "\n" + indent));
	}

	/** Appends a top-level element at the end of the file. */
	public TextEdit addElementAtEnd(String elementText) {
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		String before = end == 0 ? "" : "\n\n";
		return new TextEdit(end, 0, before + elementText + (end == text.length() ? "\n" : ""));
	}

	/**
	 * Removes an element with the comment lines right above it (its documentation; a ruler line
	 * such as {@code // ---- claims} heads a section and stays) and one of the blank lines around it.
	 */
	public TextEdit removeElement(EObject element) {
		int[] range = range(NodeModelUtils.findActualNodeFor(element));
		int start = lineStart(range[0]);
		if (!text.substring(start, range[0]).isBlank()) {
			start = range[0];
		} else {
			while (start > 0) {
				int previousLine = lineStart(start - 1);
				String line = text.substring(previousLine, start - 1).strip();
				if (!line.startsWith("//") || line.contains("---")) {
					break;
				}
				start = previousLine;
			}
		}
		int end = lineEnd(range[1]);
		if (!text.substring(range[1], end).isBlank()) {
			end = range[1];
		} else if (end < text.length()) {
			end++;
		}
		boolean blankBefore = start > 0 && text.substring(lineStart(start - 1), start - 1).isBlank() && start == lineStart(start);
		boolean blankAfter = end >= text.length() || text.substring(end, lineEnd(end)).isBlank();
		if (blankBefore && blankAfter && start > 0) {
			start = lineStart(start - 1);
		}
		return new TextEdit(start, end - start, "");
	}

	/**
	 * Removes the given values of a reference list from one owner, e.g. {@code B} of
	 * {@code kpis A, B, C}; an item left without values is removed with its keywords, and its
	 * line when it stood alone on it.
	 */
	public List<TextEdit> removeReferences(EObject owner, EReference feature, Set<EObject> removed) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		List<?> values = feature.isMany() ? (List<?>) owner.eGet(feature) : java.util.Collections.singletonList(owner.eGet(feature));
		List<TextEdit> edits = new ArrayList<>();
		List<Integer> item = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			item.add(i);
			boolean last = i + 1 == nodes.size() || !commaBetween(nodes.get(i), nodes.get(i + 1));
			if (last) {
				edits.addAll(removeFromItem(nodes, values, item, removed));
				item.clear();
			}
		}
		return edits;
	}

	private List<TextEdit> removeFromItem(List<INode> nodes, List<?> values, List<Integer> item, Set<EObject> removed) {
		List<String> kept = new ArrayList<>();
		for (int i : item) {
			Object value = i < values.size() ? values.get(i) : null;
			if (!removed.contains(value)) {
				kept.add(tokenText(nodes.get(i)));
			}
		}
		if (kept.size() == item.size()) {
			return List.of();
		}
		int start = range(nodes.get(item.get(0)))[0];
		int end = range(nodes.get(item.get(item.size() - 1)))[1];
		if (!kept.isEmpty()) {
			return List.of(new TextEdit(start, end - start, String.join(", ", kept)));
		}
		return List.of(removeItem(keywordsBefore(start), end));
	}

	/** Removes a contained item (e.g. a dependency {@code after X starts lag 1 month}). */
	public TextEdit removeItem(EObject item) {
		int[] range = range(NodeModelUtils.findActualNodeFor(item));
		return removeItem(range[0], range[1]);
	}

	/** Removes the text between two offsets of one item: its whole line when it is alone there. */
	private TextEdit removeItem(int start, int end) {
		int lineStart = lineStart(start);
		int lineEnd = lineEnd(end);
		if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
			return new TextEdit(lineStart, Math.min(text.length(), lineEnd + 1) - lineStart, "");
		}
		if (end < text.length() && text.charAt(end) == ' ') {
			end++;
		} else if (start > 0 && text.charAt(start - 1) == ' ') {
			start--;
		}
		return new TextEdit(start, end - start, "");
	}

	/** Start of the keywords that introduce the item whose first value starts at {@code offset}. */
	private int keywordsBefore(int offset) {
		int index = tokenAt(offset);
		int start = offset;
		for (int i = index - 1; i >= 0; i--) {
			ILeafNode token = tokens.get(i);
			if (!(token.getGrammarElement() instanceof Keyword keyword) || keyword.eContainer() instanceof EnumLiteralDeclaration
					|| Set.of("{", "}", ",", "=").contains(token.getText())) {
				break;
			}
			if (SHARED_ITEM_KEYWORDS.contains(token.getText()) && continuesItem(offset)) {
				break;
			}
			start = token.getOffset();
		}
		return start;
	}

	/** Whether the token after the value list at {@code offset} continues the same item (a sibling sub-item). */
	private boolean continuesItem(int offset) {
		int index = tokenAt(offset);
		for (int i = index + 1; i < tokens.size(); i++) {
			ILeafNode token = tokens.get(i);
			if (",".equals(token.getText()) || !(token.getGrammarElement() instanceof Keyword)) {
				continue;
			}
			return lineStart(token.getOffset()) == lineStart(offset) && !"}".equals(token.getText());
		}
		return false;
	}

	private boolean commaBetween(INode first, INode second) {
		int end = range(first)[1];
		int next = tokenAt(range(second)[0]);
		return next > 0 && ",".equals(tokens.get(next - 1).getText()) && tokens.get(next - 1).getOffset() >= end;
	}

	/** Index of the token starting at or containing {@code offset}. */
	private int tokenAt(int offset) {
		int low = 0;
		int high = tokens.size() - 1;
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (tokens.get(middle).getOffset() <= offset) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low;
	}

	public String indentOf(int offset) {
		int lineStart = lineStart(offset);
		String before = text.substring(lineStart, offset);
		return before.isBlank() ? before : "";
	}

	private int lineStart(int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private int lineEnd(int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline;
	}
}
