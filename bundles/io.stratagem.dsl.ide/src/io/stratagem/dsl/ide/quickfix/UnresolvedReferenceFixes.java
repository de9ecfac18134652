/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.dsl.services.StrategyGrammarAccess;
import io.stratagem.model.StrategyModel;
import io.stratagem.model.StratagemPackage;

/**
 * The quick fixes of a reference to a name that does not resolve (STRAT-LINK-001): import the
 * namespace of each element of the right type with that name elsewhere in the workspace, and
 * create the element, with the keyword that declares its type, at the end of the file.
 */
public class UnresolvedReferenceFixes {

	@Inject
	private IResourceDescriptionsProvider index;

	@Inject
	private StrategyGrammarAccess grammar;

	/** The fixes for the unresolved reference that starts at {@code offset} of the file. */
	public List<RuleFix> fixes(XtextResource resource, int offset) {
		List<RuleFix> result = new ArrayList<>();
		ICompositeNode root = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode();
		ILeafNode leaf = root == null ? null : NodeModelUtils.findLeafNodeAtOffset(root, offset);
		INode referenceNode = leaf;
		while (referenceNode != null && !(referenceNode.getGrammarElement() instanceof CrossReference)) {
			referenceNode = referenceNode.getParent();
		}
		if (referenceNode == null || !(resource.getContents().get(0) instanceof StrategyModel model)) {
			return result;
		}
		CrossReference crossReference = (CrossReference) referenceNode.getGrammarElement();
		EReference reference = GrammarUtil.getReference(crossReference);
		String name = NodeModelUtils.getTokenText(referenceNode);
		if (reference == null || name.isEmpty()) {
			return result;
		}
		Set<String> namespaces = new TreeSet<>();
		IResourceDescriptions descriptions = index.getResourceDescriptions(resource.getResourceSet());
		for (IEObjectDescription candidate : descriptions.getExportedObjectsByType(reference.getEReferenceType())) {
			if (candidate.getQualifiedName().getSegmentCount() > 1 && candidate.getQualifiedName().getLastSegment().equals(name)
					&& !candidate.getEObjectURI().trimFragment().equals(resource.getURI())) {
				namespaces.add(candidate.getQualifiedName().skipLast(1).toString());
			}
		}
		for (String namespace : namespaces) {
			result.add(new RuleFix("Import " + namespace + ".*", List.of(importEdit(model, namespace + ".*"))));
		}
		String keyword = declaringKeyword(reference.getEReferenceType());
		if (keyword != null && !name.contains(".")) {
			String text = root.getText();
			String separator = text.isEmpty() || text.endsWith("\n") ? "\n" : "\n\n";
			result.add(new RuleFix("Create " + keyword + " " + name, List.of(new TextEdit(text.length(), 0, separator + keyword + " " + name + "\n"))));
		}
		return result;
	}

	/** An import line after the last import, else after the namespace, else at the start of the file. */
	private static TextEdit importEdit(StrategyModel model, String imported) {
		INode after = null;
		if (!model.getImports().isEmpty()) {
			after = NodeModelUtils.getNode(model.getImports().get(model.getImports().size() - 1));
		} else {
			List<INode> namespace = NodeModelUtils.findNodesForFeature(model, StratagemPackage.Literals.STRATEGY_MODEL__NAMESPACE);
			after = namespace.isEmpty() ? null : namespace.get(0);
		}
		if (after == null) {
			return new TextEdit(0, 0, "import " + imported + "\n");
		}
		return new TextEdit(after.getEndOffset(), 0, "\nimport " + imported);
	}

	/** The keyword that declares an element of this type ("role" for Role), from the grammar; null if none. */
	private String declaringKeyword(EClass type) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			EObject returned = rule.getType() == null ? null : rule.getType().getClassifier();
			if (returned == type && rule.getAlternatives() instanceof Group group && group.getElements().get(0) instanceof Keyword keyword
					&& EcoreUtil2.getAllContentsOfType(group, org.eclipse.xtext.Assignment.class).stream().anyMatch(a -> "name".equals(a.getFeature()))) {
				return keyword.getValue();
			}
		}
		return null;
	}
}
