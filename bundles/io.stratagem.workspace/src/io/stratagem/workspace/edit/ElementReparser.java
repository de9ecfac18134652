/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.AbstractNode;
import org.eclipse.xtext.nodemodel.impl.CompositeNode;
import org.eclipse.xtext.nodemodel.impl.LeafNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

import io.stratagem.model.StratagemPackage;

/**
 * Xtext's partial parsing, confined to what an editing session can take over without a whole-file
 * parse: the part of one file's text that changed is parsed again as the smallest node that
 * encloses it, and only when that node lies within one element of the file (never the file's
 * namespace, imports or list of elements) and parses without a syntax error. Everything else of
 * the file keeps its objects.
 *
 * <p>Xtext falls back to parsing the whole text when it cannot parse a part; here that, and a part
 * outside the elements, is refused ({@link #reparsePart} returns null) before anything is changed: the
 * caller then parses the file afresh. Not thread-safe: one change at a time (the workspace's lock).
 */
final class ElementReparser extends PartialParsingHelper {

	/**
	 * What a partial parse replaced: an element or a part of one, where it was, and the names it
	 * exported (read before it was unloaded, as the file's description listed them).
	 */
	record Replaced(EObject old, EObject container, EStructuralFeature feature, int index, List<IEObjectDescription> oldExported) {

		/** The object that now stands where the old one was (null if the part became nothing). */
		EObject replacement() {
			Object value = container.eGet(feature, false);
			if (feature.isMany()) {
				List<?> list = (List<?>) value;
				return index < list.size() ? (EObject) list.get(index) : null;
			}
			return (EObject) value;
		}
	}

	/** Thrown before anything changed, when the part cannot be parsed on its own. */
	private static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refused() {
			super(null, null, false, false);
		}
	}

	/**
	 * Characters between the token the lexer starts from and the change: more than the lexer of
	 * this language reads past a token's end to decide where it ends, so the tokens before the
	 * start, and the boundary at it, are those of a lexing from the file's start.
	 */
	static final int LOOK_AHEAD_MARGIN = 8;

	/**
	 * Xtext widens a change to whole tokens by lexing the text from its start (a walk of the whole
	 * file per change); this lexes from a token of the old parse shortly before the change instead.
	 * The text before the change is the old one, so the old parse's tokens there are the tokens a
	 * lexing from the start finds, and lexing from one of them gives the same tokens from there on.
	 */
	static final class TokensNearTheChange extends TokenRegionProvider {

		@Inject
		@Named(LexerBindings.RUNTIME)
		private Provider<Lexer> lexers;

		/** Where a token of the old parse starts, at least {@link #LOOK_AHEAD_MARGIN} characters before the change. */
		private int start;

		/** The token start to lex from for a change at {@code offset} of the text {@code root} was parsed from. */
		static int tokenStartBefore(ICompositeNode root, int offset) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
			for (ICompositeNode node = leaf == null ? null : leaf.getParent(); node != null; node = node.getParent()) {
				if (node.getOffset() + LOOK_AHEAD_MARGIN <= offset) {
					return node.getOffset();
				}
			}
			return 0;
		}

		/** Lexes from {@code tokenStart}, a token start of the old parse before the change ({@link #tokenStartBefore}). */
		void startAt(int tokenStart) {
			start = tokenStart;
		}

		/**
		 * Characters after the change lexed first: lexing stops at the first token that ends at or
		 * after the change, so the rest of the text is lexed only when a token comes near this
		 * window's end (a long string or comment).
		 */
		private int window = 4096;

		/** Lexes at first no more than {@code characters} past the change (tests make the window small). */
		void windowAfterTheChange(int characters) {
			window = characters;
		}

		@Override
		public ITextRegion getTokenRegion(String text, ITextRegion region) {
			int from = Math.min(start, region.getOffset());
			int windowEnd = Math.min(text.length(), region.getOffset() + region.getLength() + window);
			ITextRegion found = tokenRegion(text, from, windowEnd, region);
			return found != null ? found : tokenRegion(text, from, text.length(), region);
		}

		/**
		 * The change widened to whole tokens by lexing {@code text} from {@code from} (a token start)
		 * to {@code to}; null when that is not the text's end and the tokens read come within
		 * {@link #LOOK_AHEAD_MARGIN} of it, where a lexing of the whole text could find others.
		 */
		private ITextRegion tokenRegion(String text, int from, int to, ITextRegion region) {
			int regionStart = region.getOffset();
			int regionEnd = regionStart + region.getLength();
			Lexer lexer = lexers.get();
			// only the characters from the token start on: a stream of the whole text is a copy of it, and seeking in it counts every line before
			lexer.setCharStream(new ANTLRStringStream(text.substring(from, to)));
			int tokenStart = from;
			int tokenEnd = tokenStart;
			Token token = lexer.nextToken();
			// the last token that ends at or before the region's start, then up to the first that ends at or after its end
			while (token != Token.EOF_TOKEN && tokenEnd <= regionStart) {
				tokenStart = from + ((CommonToken) token).getStartIndex();
				tokenEnd = from + ((CommonToken) token).getStopIndex() + 1;
				token = lexer.nextToken();
			}
			while (token != Token.EOF_TOKEN && tokenEnd < regionEnd) {
				tokenEnd = from + ((CommonToken) token).getStopIndex() + 1;
				token = lexer.nextToken();
			}
			if (to < text.length() && (token == Token.EOF_TOKEN || tokenEnd + LOOK_AHEAD_MARGIN > to)) {
				return null;
			}
			if (tokenStart == regionStart && tokenEnd == regionEnd) {
				return region;
			}
			return new TextRegion(tokenStart, tokenEnd - tokenStart);
		}
	}

	/**
	 * Xtext's node model builder, but a replaced part gives new offsets only to the tokens from the
	 * part on: Xtext's gives every token of the file its offset again (a walk of the whole node
	 * model per change). The tokens before the part keep theirs, which the same sums gave them.
	 */
	static final class OffsetsFromThePart extends NodeModelBuilder {

		/** A token's offset is set only by the node model's own package: reached by reflection, or null (Xtext's builder is kept then). */
		private static final MethodHandle SET_TOTAL_OFFSET = totalOffsetSetter();

		private static MethodHandle totalOffsetSetter() {
			try {
				Method setter = LeafNode.class.getDeclaredMethod("basicSetTotalOffset", int.class);
				setter.setAccessible(true);
				return MethodHandles.lookup().unreflect(setter);
			} catch (ReflectiveOperationException | RuntimeException e) {
				return null;
			}
		}

		@Override
		public void replaceAndTransferLookAhead(INode oldNode, INode newRootNode) {
			INode newNode = ((ICompositeNode) newRootNode).getFirstChild();
			if (SET_TOTAL_OFFSET == null || !(oldNode instanceof AbstractNode old) || !(newNode instanceof AbstractNode replacement)) {
				super.replaceAndTransferLookAhead(oldNode, newRootNode);
				return;
			}
			// the old part's offset is the length of the tokens before it, which the change left as they were
			int offset = oldNode.getTotalOffset();
			replaceWithoutChildren(old, replacement);
			if (oldNode instanceof ICompositeNode oldComposite && replacement instanceof CompositeNode composite) {
				setLookAhead(composite, oldComposite.getLookAhead());
			}
			offset = setOffsets(replacement, offset);
			for (INode node = replacement; node != null; node = node.getParent()) {
				for (INode sibling = node; sibling.hasNextSibling();) {
					sibling = sibling.getNextSibling();
					offset = setOffsets(sibling, offset);
				}
			}
		}

		/** Gives the tokens of a node, from {@code offset} on, the offsets their lengths add up to; returns the offset after them. */
		private static int setOffsets(INode top, int offset) {
			if (top instanceof LeafNode leaf) {
				try {
					SET_TOTAL_OFFSET.invokeExact(leaf, offset);
				} catch (Throwable e) {
					throw new IllegalStateException("cannot set a token's offset", e);
				}
				return offset + leaf.getTotalLength();
			}
			int next = offset;
			if (top instanceof ICompositeNode composite) {
				// the children in order, each with its own (a node model is a few levels deep)
				for (INode child = composite.getFirstChild(); child != null; child = child.hasNextSibling() ? child.getNextSibling() : null) {
					next = setOffsets(child, next);
				}
			}
			return next;
		}
	}

	/**
	 * Uses {@link OffsetsFromThePart} instead of Xtext's builder (a private field of Xtext's helper,
	 * injected: this method runs after it is); keeps Xtext's if that cannot be done.
	 */
	@Inject
	void useOffsetsFromThePart() {
		try {
			Field builder = PartialParsingHelper.class.getDeclaredField("nodeModelBuilder");
			builder.setAccessible(true);
			builder.set(this, new OffsetsFromThePart());
		} catch (ReflectiveOperationException | RuntimeException e) {
			// Xtext's builder stays: every token's offset is set again after a change
		}
	}

	@Inject
	private TokensNearTheChange tokens;

	@Inject
	private IDefaultResourceDescriptionStrategy strategy;

	private Replaced replaced;

	/**
	 * Parses the changed part of a parsed file again, in place: the old part's objects are unloaded
	 * (made proxies) and the new ones take their place in the same container.
	 *
	 * @return what was replaced, or null when the change cannot be parsed as a part of one element;
	 *         the file's objects are unchanged then
	 */
	Replaced reparsePart(IParser parser, IParseResult previous, ReplaceRegion region) {
		replaced = null;
		tokens.startAt(TokensNearTheChange.tokenStartBefore(previous.getRootNode(), region.getOffset()));
		setTokenRegionProvider(tokens);
		try {
			IParseResult result = reparse(parser, previous, region);
			if (replaced == null || result.getRootASTElement() != previous.getRootASTElement() || result.getRootNode() != previous.getRootNode()) {
				throw new IllegalStateException("partial parse left the file's root: " + region);
			}
			return replaced;
		} catch (Refused refused) {
			return null;
		}
	}

	/** A part outside the elements, or one Xtext could parse only with the whole text, is refused. */
	@Override
	protected IParseResult fullyReparse(IParser parser, IParseResult previousParseResult, ReplaceRegion replaceRegion) {
		throw new Refused();
	}

	/** Called once, with the part about to be replaced, before the model changes: the last point to refuse. */
	@Override
	public void unloadSemanticObject(EObject object) {
		if (object == null || replaced != null || !withinAnElement(object)) {
			throw new Refused();
		}
		EStructuralFeature feature = object.eContainingFeature();
		EObject container = object.eContainer();
		int index = feature.isMany() ? ((List<?>) container.eGet(feature, false)).indexOf(object) : -1;
		replaced = new Replaced(object, container, feature, index, exported(object));
		super.unloadSemanticObject(object);
	}

	/**
	 * The names that a part of a file exports, in the order of the file's description: Xtext's
	 * description strategy applied to the part and its contents, as the description applies it to
	 * every object of the file (Xtext's default strategy always goes on into an object's
	 * contents, so the objects around the part do not decide what the part exports).
	 */
	List<IEObjectDescription> exported(EObject part) {
		List<IEObjectDescription> exported = new ArrayList<>();
		IAcceptor<IEObjectDescription> acceptor = exported::add;
		if (strategy.createEObjectDescriptions(part, acceptor)) {
			for (TreeIterator<EObject> contents = EcoreUtil.getAllProperContents(part, false); contents.hasNext();) {
				if (!strategy.createEObjectDescriptions(contents.next(), acceptor)) {
					contents.prune();
				}
			}
		}
		return exported;
	}

	/** Whether the part's names can be read from the part alone: with Xtext's default strategy, which never stops at an object. */
	boolean exportsByPart() {
		return strategy.getClass() == DefaultResourceDescriptionStrategy.class;
	}

	/** Whether an object is one of a file's elements or inside one. */
	private static boolean withinAnElement(EObject object) {
		EObject top = object;
		while (top.eContainer() != null && top.eContainer().eContainer() != null) {
			top = top.eContainer();
		}
		return top.eContainer() != null && top.eContainingFeature() == StratagemPackage.Literals.STRATEGY_MODEL__ELEMENTS;
	}
}
