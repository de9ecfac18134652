/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workbench.services;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import io.stratagem.dsl.ide.highlighting.StrategySemanticTokens;
import io.stratagem.workspace.report.Finding;
import io.stratagem.workspace.report.IssueFindings;

/**
 * One .strategy file open in an editor, with the other model files of its project loaded beside it
 * so that its references link. Answers the editor's questions (semantic highlighting, content
 * assist, hover, outline) through the editor-neutral services of io.stratagem.dsl.ide, the same
 * the language server uses, and turns their protocol types into plain offsets and text.
 * <p>
 * The editor calls it from its reconciler, content assist and hover threads: every method is
 * synchronized and first brings the model up to the text it is given.
 */
public class StrategyDocument {

	private final Injector injector;
	private final XtextResource resource;
	private final ResourceDescriptionsData index;
	private Document document;

	private StrategyDocument(Injector injector, XtextResource resource, ResourceDescriptionsData index, String text) {
		this.injector = injector;
		this.resource = resource;
		this.index = index;
		this.document = new Document(0, text);
	}

	/**
	 * @param file       the file being edited (its text comes from the editor, not from disk)
	 * @param neighbours the other .strategy files its references may point to, read from disk
	 */
	public static StrategyDocument open(Injector injector, Path file, Collection<Path> neighbours, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<XtextResource> loaded = new ArrayList<>();
		for (Path neighbour : neighbours) {
			if (!neighbour.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
				try {
					loaded.add((XtextResource) resourceSet.getResource(URI.createFileURI(neighbour.toAbsolutePath().toString()), true));
				} catch (RuntimeException e) {
					// an unreadable neighbour only loses its names; the Problems view tells why
				}
			}
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		load(resource, text);
		loaded.add(resource);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (XtextResource each : loaded) {
			descriptions.add(describe(each));
		}
		ResourceDescriptionsData index = new ResourceDescriptionsData(descriptions);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return new StrategyDocument(injector, resource, index, text);
	}

	private static void load(XtextResource resource, String text) {
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resource.getResourceSet().getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e); // from memory: does not happen
		}
	}

	private static IResourceDescription describe(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
	}

	/** Reparses the file when the text changed, and indexes its names again. */
	public synchronized void update(String text) {
		if (text.equals(document.getContents())) {
			return;
		}
		document = new Document(document.getVersion() + 1, text);
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // from memory: does not happen
		}
		index.addDescription(resource.getURI(), describe(resource));
	}

	public synchronized List<Highlight> semanticHighlights(String text) {
		update(text);
		List<Integer> data = injector.getInstance(StrategySemanticTokens.class).tokens(document, resource, CancelIndicator.NullImpl).getData();
		List<Highlight> highlights = new ArrayList<>(data.size() / 5);
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			int deltaLine = data.get(i);
			line += deltaLine;
			character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
			int offset = document.getOffSet(new Position(line, character));
			highlights.add(new Highlight(offset, data.get(i + 2), kind(data.get(i + 3), data.get(i + 4))));
		}
		return highlights;
	}

	private static SemanticKind kind(int type, int modifiers) {
		String name = StrategySemanticTokens.TOKEN_TYPES.get(type);
		boolean declaration = (modifiers & (1 << StrategySemanticTokens.TOKEN_MODIFIERS.indexOf(SemanticTokenModifiers.Declaration))) != 0;
		boolean library = (modifiers & (1 << StrategySemanticTokens.TOKEN_MODIFIERS.indexOf(SemanticTokenModifiers.DefaultLibrary))) != 0;
		return switch (name) {
		case SemanticTokenTypes.EnumMember -> SemanticKind.ENUM_MEMBER;
		case SemanticTokenTypes.Namespace -> SemanticKind.NAMESPACE;
		case SemanticTokenTypes.Decorator -> SemanticKind.RULE_CODE;
		default -> declaration ? SemanticKind.DECLARATION : library ? SemanticKind.LIBRARY_REFERENCE : SemanticKind.REFERENCE;
		};
	}

	public synchronized List<Proposal> proposals(String text, int offset) {
		update(text);
		CompletionParams params = new CompletionParams(identifier(), document.getPosition(offset));
		List<Proposal> proposals = new ArrayList<>();
		for (CompletionItem item : injector.getInstance(ContentAssistService.class).createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems()) {
			String detail = item.getDetail() == null ? "" : item.getDetail();
			if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
				TextEdit textEdit = item.getTextEdit().getLeft();
				int start = document.getOffSet(textEdit.getRange().getStart());
				int end = document.getOffSet(textEdit.getRange().getEnd());
				proposals.add(new Proposal(item.getLabel(), detail, start, end - start, textEdit.getNewText()));
			} else {
				String insert = item.getInsertText() == null ? item.getLabel() : item.getInsertText();
				proposals.add(new Proposal(item.getLabel(), detail, offset, 0, insert));
			}
		}
		return proposals;
	}

	/** The hover text at the offset, as Markdown, or empty where there is nothing to say. */
	public synchronized Optional<String> hover(String text, int offset) {
		update(text);
		HoverParams params = new HoverParams(identifier(), document.getPosition(offset));
		Hover hover = injector.getInstance(IHoverService.class).hover(document, resource, params, CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null) {
			return Optional.empty();
		}
		String value;
		if (hover.getContents().isRight()) {
			value = hover.getContents().getRight().getValue();
		} else {
			StringBuilder joined = new StringBuilder();
			for (Either<String, MarkedString> part : hover.getContents().getLeft()) {
				joined.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
			}
			value = joined.toString();
		}
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

	/**
	 * What validation finds in the edited text now (syntax, links, the rule catalogue), with the
	 * other files of the project as they were read.
	 */
	public synchronized List<Finding> problems(String text) {
		update(text);
		String file = Paths.get(resource.getURI().toFileString()).toString();
		IssueFindings findings = injector.getInstance(IssueFindings.class);
		List<Finding> problems = new ArrayList<>();
		for (Issue issue : injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			problems.add(findings.of(issue, file, resource));
		}
		return problems;
	}

	public synchronized List<OutlineNode> outline(String text) {
		update(text);
		List<DocumentSymbol> symbols = injector.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource, CancelIndicator.NullImpl);
		return nodes(symbols, List.of());
	}

	/**
	 * The symbols as outline nodes, named within the nearest enclosing symbol whose qualified name
	 * prefixes theirs: {@code TrustworthyAI} under {@code acme.goals}.
	 */
	private List<OutlineNode> nodes(List<DocumentSymbol> symbols, List<String> ancestors) {
		List<OutlineNode> nodes = new ArrayList<>();
		if (symbols == null) {
			return nodes;
		}
		for (DocumentSymbol symbol : symbols) {
			Range range = symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange();
			int start = document.getOffSet(range.getStart());
			int end = document.getOffSet(range.getEnd());
			String kind = symbol.getKind() == null ? "" : symbol.getKind().name().toLowerCase(java.util.Locale.ROOT);
			String name = symbol.getName();
			for (int i = ancestors.size() - 1; i >= 0; i--) {
				if (name.startsWith(ancestors.get(i) + ".")) {
					name = name.substring(ancestors.get(i).length() + 1);
					break;
				}
			}
			List<String> within = new ArrayList<>(ancestors);
			within.add(symbol.getName());
			nodes.add(new OutlineNode(name, kind, start, end - start, nodes(symbol.getChildren(), within)));
		}
		return nodes;
	}

	private TextDocumentIdentifier identifier() {
		return new TextDocumentIdentifier(resource.getURI().toString());
	}
}
