/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;

/**
 * The model edits of the graphical editors, as text changes: one entry point for the front ends,
 * delegating to the families of gestures ({@link RoadmapEdits}, {@link LinkEdits},
 * {@link ElementEdits}). Each edit touches only the text of the elements it changes (a date, an
 * item of a block, a reference in a list), so comments and formatting everywhere else stay
 * byte-identical. Edits that would make the model wrong (a dependency cycle, a duplicate name, a
 * name that is not an identifier) throw an {@link EditException} that says why.
 */
@Singleton
public class ModelEditor {

	/** The references drawn as edges that a user can add, in the order they are tried. */
	public static final List<LinkEdits.Connection> CONNECTIONS = LinkEdits.CONNECTIONS;

	/** The element types a palette can create, with their keywords. */
	public static final Map<EClass, String> CREATABLE = ElementEdits.CREATABLE;

	@Inject
	private RoadmapEdits roadmap;

	@Inject
	private LinkEdits links;

	@Inject
	private ElementEdits elements;

	/** See {@link RoadmapEdits#moveInitiative(Initiative, LocalDate)}. */
	public ModelChange moveInitiative(Initiative initiative, LocalDate newStart) {
		return roadmap.moveInitiative(initiative, newStart);
	}

	/** See {@link RoadmapEdits#moveMilestone(Milestone, LocalDate)}. */
	public ModelChange moveMilestone(Milestone milestone, LocalDate newDue) {
		return roadmap.moveMilestone(milestone, newDue);
	}

	/** See {@link RoadmapEdits#resizeInitiative(Initiative, int)}. */
	public ModelChange resizeInitiative(Initiative initiative, int durationMonths) {
		return roadmap.resizeInitiative(initiative, durationMonths);
	}

	/** See {@link RoadmapEdits#addDependency(Initiative, Initiative)}. */
	public ModelChange addDependency(Initiative dependant, Initiative dependedOn) {
		return roadmap.addDependency(dependant, dependedOn);
	}

	/** See {@link RoadmapEdits#removeDependency(Initiative, Initiative)}. */
	public ModelChange removeDependency(Initiative dependant, Initiative dependedOn) {
		return roadmap.removeDependency(dependant, dependedOn);
	}

	/** See {@link LinkEdits#connect(NamedElement, NamedElement)}. */
	public ModelChange connect(NamedElement from, NamedElement to) {
		return links.connect(from, to);
	}

	/** See {@link LinkEdits#disconnect(NamedElement, NamedElement)}. */
	public ModelChange disconnect(NamedElement from, NamedElement to) {
		return links.disconnect(from, to);
	}

	/** See {@link ElementEdits#create(ResourceSet, EClass, String, NamedElement)}. */
	public ModelChange create(ResourceSet resourceSet, EClass type, String name, NamedElement connectTo) {
		return elements.create(resourceSet, type, name, connectTo);
	}

	/** See {@link ElementEdits#rename(NamedElement, String)}. */
	public ModelChange rename(NamedElement element, String newName) {
		return elements.rename(element, newName);
	}

	/** See {@link ElementEdits#retitle(NamedElement, String)}. */
	public ModelChange retitle(NamedElement element, String newTitle) {
		return elements.retitle(element, newTitle);
	}

	/** See {@link ElementEdits#delete(NamedElement)}. */
	public ModelChange delete(NamedElement element) {
		return elements.delete(element);
	}

	/** The user's files of a resource set (the built-in libraries are not files). */
	public static List<XtextResource> userResources(ResourceSet resourceSet) {
		return EditSupport.userResources(resourceSet);
	}
}
