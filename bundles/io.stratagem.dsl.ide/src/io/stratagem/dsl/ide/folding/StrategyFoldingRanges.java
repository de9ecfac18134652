/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.folding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.folding.FoldingRangeService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import io.stratagem.model.Import;
import io.stratagem.model.StrategyModel;

/**
 * Folding ranges of a .strategy file:
 * <ul>
 * <li>every block, from the line of its opening brace to the line before its closing brace, so
 * the closing brace stays visible (to the brace's own line when other text precedes it there);</li>
 * <li>every comment of more than one line (kind comment);</li>
 * <li>two or more imports (kind imports).</li>
 * </ul>
 * Braces are matched on the parser's keyword leaves, so braces inside strings and comments do
 * not count; a block still open at the end of a file that does not parse is not folded.
 */
public class StrategyFoldingRanges extends FoldingRangeService {

	@Override
	public List<FoldingRange> createFoldingRanges(Document document, XtextResource resource, CancelIndicator cancelIndicator) {
		List<FoldingRange> ranges = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return ranges;
		}
		Deque<Integer> openBraces = new ArrayDeque<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (cancelIndicator.isCanceled()) {
				return ranges;
			}
			if (leaf.getGrammarElement() instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue())) {
					openBraces.push(leaf.getOffset());
				} else if ("}".equals(keyword.getValue()) && !openBraces.isEmpty()) {
					addBlock(ranges, document, openBraces.pop(), leaf.getOffset());
				}
			} else if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && "ML_COMMENT".equals(rule.getName())) {
				int start = document.getPosition(leaf.getOffset()).getLine();
				int end = document.getPosition(leaf.getEndOffset()).getLine();
				if (end > start) {
					FoldingRange range = new FoldingRange(start, end);
					range.setKind(FoldingRangeKind.Comment);
					ranges.add(range);
				}
			}
		}
		addImports(ranges, document, resource);
		ranges.sort(Comparator.comparingInt(FoldingRange::getStartLine).thenComparingInt(FoldingRange::getEndLine));
		return ranges;
	}

	private static void addBlock(List<FoldingRange> ranges, Document document, int open, int close) {
		int start = document.getPosition(open).getLine();
		int closeLine = document.getPosition(close).getLine();
		boolean braceStartsLine = document.getLineContent(closeLine).trim().startsWith("}");
		int end = braceStartsLine ? closeLine - 1 : closeLine;
		if (end > start) {
			ranges.add(new FoldingRange(start, end));
		}
	}

	private static void addImports(List<FoldingRange> ranges, Document document, XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof StrategyModel model) || model.getImports().size() < 2) {
			return;
		}
		List<Import> imports = model.getImports();
		int start = document.getPosition(NodeModelUtils.getNode(imports.get(0)).getOffset()).getLine();
		int end = document.getPosition(NodeModelUtils.getNode(imports.get(imports.size() - 1)).getEndOffset()).getLine();
		if (end > start) {
			FoldingRange range = new FoldingRange(start, end);
			range.setKind(FoldingRangeKind.Imports);
			ranges.add(range);
		}
	}
}
