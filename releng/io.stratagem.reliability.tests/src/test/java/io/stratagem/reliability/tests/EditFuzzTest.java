/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.model.Initiative;
import io.stratagem.model.Milestone;
import io.stratagem.model.NamedElement;
import io.stratagem.workspace.edit.ModelChange;
import io.stratagem.workspace.edit.ModelEditor;
import io.stratagem.workspace.edit.ModelWorkspace;
import io.stratagem.workspace.edit.WorkspaceModel;

/**
 * Random sequences of diagram gestures (move, resize, dependencies, links, create, rename, delete)
 * on the Acme example: every gesture is applied or refused with an {@link EditException}, never
 * anything else; after each one every file parses and every reference resolves; undoing them all
 * gives back every file byte for byte.
 */
class EditFuzzTest {

	private static final int GESTURES = 8;

	private static final ModelEditor EDITOR = Pipeline.INJECTOR.getInstance(ModelEditor.class);

	@TempDir
	Path temporary;

	@Test
	void randomGesturesKeepTheModelWholeAndUndoRestoresEveryByte() {
		Map<String, String> originals = Pipeline.exampleFiles();
		int[] run = { 0 };
		Fuzz.forAll("diagram edits", Math.max(4, Fuzz.TRIES / 3), Random::nextLong, seed -> {
			Path folder = copy(originals, temporary.resolve("run-" + run[0]++));
			try (ModelWorkspace workspace = ModelWorkspace.open(folder, Pipeline.INJECTOR)) {
				Random random = new Random(seed);
				List<String> log = new ArrayList<>();
				int applied = 0;
				for (int i = 0; i < GESTURES; i++) {
					Function<WorkspaceModel, ModelChange> gesture = workspace.read(model -> gesture(model, random, log));
					try {
						workspace.edit(gesture);
						applied++;
					} catch (EditException refused) {
						log.add("  refused: " + refused.getMessage());
					}
					assertWhole(workspace, log);
				}
				while (workspace.canUndo()) {
					assertTrue(workspace.undo());
				}
				for (Map.Entry<String, String> file : originals.entrySet()) {
					assertEquals(file.getValue(), Files.readString(folder.resolve(file.getKey())), file.getKey() + " after undoing " + log);
				}
				assertFalse(Files.list(folder).anyMatch(f -> !originals.containsKey(f.getFileName().toString())), "no file left behind");
				return applied + " of " + GESTURES + " applied";
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** Every file parses and every reference resolves. */
	private static void assertWhole(ModelWorkspace workspace, List<String> log) {
		workspace.read(model -> {
			EcoreUtil.resolveAll(model.resourceSet());
			for (XtextResource resource : model.resources()) {
				assertFalse(resource.getParseResult().hasSyntaxErrors(), resource.getURI().lastSegment() + " does not parse after " + log);
				assertEquals(List.of(), resource.getErrors(), resource.getURI().lastSegment() + " has errors after " + log);
			}
			return null;
		});
	}

	/** A random gesture on the current model; the elements are looked up again when it is applied. */
	private static Function<WorkspaceModel, ModelChange> gesture(WorkspaceModel model, Random random, List<String> log) {
		List<String> initiatives = names(model, Initiative.class);
		List<String> linkable = names(model, NamedElement.class).stream().filter(n -> {
			EClass type = model.find(n, NamedElement.class).eClass();
			return ModelEditor.CREATABLE.containsKey(type) || ModelEditor.CONNECTIONS.stream().anyMatch(c -> c.owner() == type);
		}).toList();
		List<String> milestones = names(model, Milestone.class);
		String a = Fuzz.pick(random, initiatives);
		String b = Fuzz.pick(random, initiatives);
		String x = Fuzz.pick(random, linkable);
		String y = Fuzz.pick(random, linkable);
		String milestone = Fuzz.pick(random, milestones);
		// titles as typed into a label: quotes, backslashes, other scripts, blanks, control characters
		String title = Fuzz.pick(random, List.of("Quote \" and back\\slash", "Ünïcödé — 標題", "  padded  ", "", "tab\there", "ClaimCycleTime"));
		int kind = random.nextInt(11);
		LocalDate date = LocalDate.of(2026 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
		int months = random.nextInt(13);
		String name = random.nextBoolean() ? "New" + random.nextInt(4) : Fuzz.pick(random, List.of("ClaimCycleTime", "kpi", "x y", "Fresh"));
		EClass type = Fuzz.pick(random, List.copyOf(ModelEditor.CREATABLE.keySet()));
		String connectTo = random.nextBoolean() ? x : null;
		log.add(switch (kind) {
		case 0 -> "move " + a + " to " + date;
		case 1 -> "resize " + a + " to " + months;
		case 2 -> "add dependency " + a + " -> " + b;
		case 3 -> "remove dependency " + a + " -> " + b;
		case 4 -> "connect " + x + " " + y;
		case 5 -> "disconnect " + x + " " + y;
		case 6 -> "create " + type.getName() + " " + name + " at " + connectTo;
		case 7 -> "rename " + x + " to " + name;
		case 8 -> "retitle " + x + " to " + title;
		case 9 -> "move milestone " + milestone + " to " + date;
		default -> "delete " + x;
		});
		return m -> switch (kind) {
		case 0 -> EDITOR.moveInitiative(m.find(a, Initiative.class), date);
		case 1 -> EDITOR.resizeInitiative(m.find(a, Initiative.class), months);
		case 2 -> EDITOR.addDependency(m.find(a, Initiative.class), m.find(b, Initiative.class));
		case 3 -> EDITOR.removeDependency(m.find(a, Initiative.class), m.find(b, Initiative.class));
		case 4 -> EDITOR.connect(m.find(x, NamedElement.class), m.find(y, NamedElement.class));
		case 5 -> EDITOR.disconnect(m.find(x, NamedElement.class), m.find(y, NamedElement.class));
		case 6 -> EDITOR.create(m.resourceSet(), type, name, connectTo == null ? null : m.find(connectTo, NamedElement.class));
		case 7 -> EDITOR.rename(m.find(x, NamedElement.class), name);
		case 8 -> EDITOR.retitle(m.find(x, NamedElement.class), title);
		case 9 -> EDITOR.moveMilestone(m.find(milestone, Milestone.class), date);
		default -> EDITOR.delete(m.find(x, NamedElement.class));
		};
	}

	private static List<String> names(WorkspaceModel model, Class<? extends EObject> type) {
		List<String> names = new ArrayList<>();
		for (XtextResource resource : model.resources()) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				String name = model.qualifiedName(element);
				if (type.isInstance(element) && name != null) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static Path copy(Map<String, String> files, Path folder) {
		try {
			Files.createDirectories(folder);
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue());
			}
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
