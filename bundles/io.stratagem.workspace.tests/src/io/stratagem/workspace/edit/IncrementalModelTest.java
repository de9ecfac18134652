/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.workspace.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import io.stratagem.dsl.edit.EditException;
import io.stratagem.dsl.edit.TextEdit;
import io.stratagem.model.DataAsset;
import io.stratagem.model.NamedElement;
import io.stratagem.model.StratagemPackage;

/**
 * A workspace brought up to date change by change ({@link IncrementalModel}) is the model a fresh
 * load of the same files gives: after every step of seeded random edit sequences over the Acme
 * example (renames, deleted lines and files, broken syntax, bytes that are not UTF-8, new files,
 * references removed and added back, refused gestures; and edits inside one element, which are
 * parsed in part: titles, descriptions, numbers, references, elements removed and added, syntax
 * broken and mended), its objects' values, its resolved references and its findings, with codes
 * and lines, equal those of a workspace opened afresh on the folder.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class IncrementalModelTest extends EditTestBase {

	private static final int STEPS = 25;

	/** A declaration: a keyword at the start of a line, then the element's name. */
	private static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*[a-z]+ ([A-Z][A-Za-z0-9_]*)\\b");

	/** A quoted text: a title, a description, a property. */
	private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]*)\"");

	/** A number, in a date, a percentage, a count. */
	private static final Pattern NUMBER = Pattern.compile("\\b[0-9]+\\b");

	/** A reference on a line of its own: a keyword or two, then a name. */
	private static final Pattern REFERENCE = Pattern.compile("(?m)^\\t(?:owner|steward|team|unit|head|lead|part of|refines|provider|approver) ([A-Z][A-Za-z0-9_.]*)$");

	/** A top-level element with a body: from its declaration to the closing brace at the start of a line. */
	private static final Pattern ELEMENT = Pattern.compile("(?ms)^[a-z]+ [A-Z][A-Za-z0-9_]*[^\\n]*\\{\\n.*?^\\}\\n");

	@Inject
	private Injector injector;

	@Test
	void randomEditsWithSeed1EndInTheModelAFreshLoadGives() throws Exception {
		randomEditsEndInTheModelAFreshLoadGives(1);
	}

	@Test
	void randomEditsWithSeed2EndInTheModelAFreshLoadGives() throws Exception {
		randomEditsEndInTheModelAFreshLoadGives(2);
	}

	@Test
	void randomEditsWithSeed3EndInTheModelAFreshLoadGives() throws Exception {
		randomEditsEndInTheModelAFreshLoadGives(3);
	}

	private void randomEditsEndInTheModelAFreshLoadGives(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> removedLines = new ArrayList<>();
		int created = 0;
		for (int step = 1; step <= STEPS; step++) {
			String done = randomEdit(random, removedLines, created);
			if (done.startsWith("new file")) {
				created++;
			}
			assertEquals(freshState(), state(acme.workspace), "seed " + seed + ", step " + step + ": " + done);
		}
	}

	@Test
	void randomEditsInsideElementsWithSeed4EndInTheModelAFreshLoadGives() throws Exception {
		randomElementEditsEndInTheModelAFreshLoadGives(4);
	}

	@Test
	void randomEditsInsideElementsWithSeed5EndInTheModelAFreshLoadGives() throws Exception {
		randomElementEditsEndInTheModelAFreshLoadGives(5);
	}

	@Test
	void randomEditsInsideElementsWithSeed6EndInTheModelAFreshLoadGives() throws Exception {
		randomElementEditsEndInTheModelAFreshLoadGives(6);
	}

	/** Edits mostly inside elements, so that most are parsed in part; after every one the model is a fresh load's. */
	private void randomElementEditsEndInTheModelAFreshLoadGives(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> removedElements = new ArrayList<>();
		List<String> removedLines = new ArrayList<>();
		int parsedInPart = 0;
		String[] mend = null;
		for (int step = 1; step <= 2 * STEPS; step++) {
			String done;
			if (mend != null) {
				save(Path.of(mend[0]), mend[1]);
				done = "mended " + Path.of(mend[0]).getFileName();
				mend = null;
			} else if (random.nextInt(8) == 0) {
				done = randomEdit(random, removedLines, 100 + step);
			} else {
				String[] broken = new String[2];
				done = randomElementEdit(random, removedElements, broken);
				if (broken[0] != null) {
					mend = broken;
				}
			}
			if (!acme.workspace.lastUpdate().parsedInPart().isEmpty()) {
				parsedInPart++;
			}
			assertEquals(freshState(), state(acme.workspace), "seed " + seed + ", step " + step + ": " + done);
		}
		assertTrue(parsedInPart >= STEPS / 5, "parsed in part " + parsedInPart + " times");
	}

	@Test
	void aTitleEditIsParsedOnlyInTheElementItChangesAndTheOtherElementsStayTheSameObjects() throws Exception {
		Path data = acme.file("data.strategy");
		EObject sibling = acme.workspace.read(model -> element(model, "acme.datasets.PolicyAdministration"));
		EObject edited = acme.workspace.read(model -> element(model, "acme.datasets.ClaimsHistory"));
		EObject referring = acme.workspace.read(model -> element(model, "acme.datasets.ClaimsFeatureStore"));

		acme.workspace.setText(data, acme.workspace.text(data).replace("\"Claims history since 2012\"", "\"Claims history since 2011\""));

		IncrementalModel.Update update = acme.workspace.lastUpdate();
		assertEquals(Set.of(data), update.parsedInPart());
		assertEquals(Set.of(), update.relinked());
		assertSame(sibling, acme.workspace.read(model -> element(model, "acme.datasets.PolicyAdministration")));
		assertSame(referring, acme.workspace.read(model -> element(model, "acme.datasets.ClaimsFeatureStore")));
		NamedElement now = acme.workspace.read(model -> element(model, "acme.datasets.ClaimsHistory"));
		assertNotSame(edited, now);
		assertEquals("Claims history since 2011", now.getTitle());
		assertTrue(update.revalidated().size() < acme.workspace.files().size(), "revalidated " + update.revalidated());
		assertEquals(freshState(), state(acme.workspace));
	}

	@Test
	void aSaveThatChangesTwoElementsParsesEachInPart() throws Exception {
		Path data = acme.file("data.strategy");
		EObject sibling = acme.workspace.read(model -> element(model, "acme.datasets.PolicyAdministration"));

		acme.workspace.setText(data, acme.workspace.text(data).replace("\"Claims history since 2012\"", "\"Claims history since 2011\"")
				.replace("\"Damage photos submitted with claims\"", "\"Damage photos\""));

		assertEquals(Set.of(data), acme.workspace.lastUpdate().parsedInPart());
		assertSame(sibling, acme.workspace.read(model -> element(model, "acme.datasets.PolicyAdministration")));
		assertEquals("Damage photos", acme.workspace.read(model -> element(model, "acme.datasets.ClaimPhotos").getTitle()));
		assertEquals(freshState(), state(acme.workspace));
	}

	@Test
	void theFilesScopeCarriedOverAPartialParseHandsOutTheNewElementNotTheObjectItReplaced() throws Exception {
		Path data = acme.file("data.strategy");
		IScopeProvider scopes = injector.getInstance(IScopeProvider.class);
		EObject old = acme.workspace.read(model -> element(model, "acme.datasets.ClaimsHistory"));

		acme.workspace.setText(data, acme.workspace.text(data).replace("\"Claims history since 2012\"", "\"Claims history since 2011\""));

		assertEquals(Set.of(data), acme.workspace.lastUpdate().parsedInPart());
		NamedElement history = acme.workspace.read(model -> element(model, "acme.datasets.ClaimsHistory"));
		EObject found = acme.workspace.read(model -> {
			EObject featureStore = element(model, "acme.datasets.ClaimsFeatureStore");
			return scopes.getScope(featureStore, StratagemPackage.Literals.DATA_ASSET__DERIVED_FROM).getSingleElement(QualifiedName.create("ClaimsHistory"))
					.getEObjectOrProxy();
		});
		assertNotSame(old, history);
		assertSame(history, found);

		// a second part parsed in the same file resolves its reference through that scope
		acme.workspace.setText(data, acme.workspace.text(data).replace("\"Claims features for triage and fraud models\"", "\"Claims features\""));

		assertEquals(Set.of(data), acme.workspace.lastUpdate().parsedInPart());
		assertSame(history, acme.workspace.read(model -> ((DataAsset) element(model, "acme.datasets.ClaimsFeatureStore")).getDerivedFrom().get(0)));
		assertEquals(freshState(), state(acme.workspace));
	}

	@Test
	void aPartParsedAgainLeavesEveryTokenOfTheFileAtTheOffsetAFreshParseGives() throws Exception {
		Path data = acme.file("data.strategy");
		String text = acme.workspace.text(data).replace("\"Claims history since 2012\"", "\"Claims history since 2011, all lines\"")
				.replace("\tquality 84%\n", "\tquality 8%\n");

		acme.workspace.setText(data, text);

		assertEquals(Set.of(data), acme.workspace.lastUpdate().parsedInPart());
		assertEquals(tokens(injector.getInstance(IParser.class).parse(new StringReader(text)).getRootNode()),
				acme.workspace.read(model -> tokens(model.resources().stream().filter(r -> r.getURI().lastSegment().equals("data.strategy")).findFirst()
						.orElseThrow().getParseResult().getRootNode())));
	}

	/** Each token of a node model with its offset, one a line. */
	private static String tokens(ICompositeNode root) {
		StringBuilder out = new StringBuilder();
		for (ILeafNode leaf : root.getLeafNodes()) {
			out.append(leaf.getTotalOffset()).append(' ').append(leaf.getText()).append('\n');
		}
		return out.toString();
	}

	@Test
	void aChangeToAFilesImportsIsParsedAsAWholeFile() throws Exception {
		Path data = acme.file("data.strategy");
		EObject sibling = acme.workspace.read(model -> element(model, "acme.datasets.PolicyAdministration"));

		acme.workspace.setText(data, acme.workspace.text(data).replace("import acme.org.*\n", "import acme.org.*\nimport acme.people.*\n"));

		assertEquals(Set.of(), acme.workspace.lastUpdate().parsedInPart());
		assertEquals(Set.of(data), acme.workspace.lastUpdate().parsed());
		assertNotSame(sibling, acme.workspace.read(model -> element(model, "acme.datasets.PolicyAdministration")));
		assertEquals(freshState(), state(acme.workspace));
	}

	@Test
	void aChangeThatBreaksTheSyntaxIsParsedAsAWholeFileAndSoIsTheEditThatMendsIt() throws Exception {
		Path data = acme.file("data.strategy");
		String text = acme.workspace.text(data);

		acme.workspace.setText(data, text.replace("\tquality 91%\n", "\tquality 91%\n}\n"));
		assertEquals(Set.of(), acme.workspace.lastUpdate().parsedInPart());
		assertEquals(freshState(), state(acme.workspace));

		acme.workspace.setText(data, text);
		assertEquals(Set.of(), acme.workspace.lastUpdate().parsedInPart());
		assertEquals(freshState(), state(acme.workspace));
	}

	@Test
	void anEditInsideOneFileParsesOnlyThatFileAndKeepsTheFindingsOfFilesThatDoNotDependOnIt() throws Exception {
		acme.workspace.read(model -> model.resources().stream().map(r -> model.issues(Path.of(r.getURI().toFileString()))).toList());
		Path kpis = acme.file("kpis.strategy");
		acme.workspace.setText(kpis, acme.workspace.text(kpis).replace("// ", "// Note: "));

		IncrementalModel.Update update = acme.workspace.lastUpdate();
		assertEquals(Set.of(kpis), update.parsed());
		assertTrue(update.revalidated().size() < acme.workspace.files().size(), "revalidated " + update.revalidated());
		assertEquals(freshState(), state(acme.workspace));
	}

	@Test
	void aRefusedGestureLeavesTheModelAsItWas() throws Exception {
		Path roadmap = acme.file("roadmap.strategy");
		String before = state(acme.workspace);

		assertThrows(EditException.class, () -> acme.edit(m -> new ModelChange("Break it", Map.of(roadmap, List.of(new TextEdit(0, 0, "initiative {"))))));

		assertEquals(before, state(acme.workspace));
		assertEquals(freshState(), state(acme.workspace));
	}

	/** Applies one random change through the workspace (saves, or the disk and a reload) and says what it did. */
	private String randomEdit(Random random, List<String> removedLines, int created) throws Exception {
		List<Path> files = acme.workspace.files();
		Path file = files.get(random.nextInt(files.size()));
		String text = acme.workspace.text(file);
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int kind = random.nextInt(10);
		switch (kind) {
		case 0, 1 -> {
			List<String> names = declaredNames(files);
			String name = names.get(random.nextInt(names.size()));
			String renamed = name + "X" + random.nextInt(3);
			if (random.nextBoolean()) {
				for (Path each : files) {
					save(each, acme.workspace.text(each).replaceAll("\\b" + name + "\\b", renamed));
				}
				return "renamed " + name + " to " + renamed + " everywhere";
			}
			save(file, text.replaceFirst("\\b" + name + "\\b", renamed));
			return "renamed the first " + name + " in " + file.getFileName() + " to " + renamed;
		}
		case 2, 3 -> {
			int at = random.nextInt(lines.size());
			int count = Math.min(lines.size() - at, 1 + random.nextInt(3));
			List<String> removed = new ArrayList<>(lines.subList(at, at + count));
			lines.subList(at, at + count).clear();
			removedLines.addAll(removed);
			save(file, String.join("\n", lines));
			return "removed lines " + (at + 1) + "-" + (at + count) + " of " + file.getFileName() + ": " + removed;
		}
		case 4 -> {
			if (removedLines.isEmpty()) {
				return "nothing to add back";
			}
			String line = removedLines.remove(random.nextInt(removedLines.size()));
			int at = random.nextInt(lines.size());
			lines.add(at, line);
			save(file, String.join("\n", lines));
			return "added " + line + " at line " + (at + 1) + " of " + file.getFileName();
		}
		case 5 -> {
			int at = random.nextInt(lines.size());
			lines.add(at, random.nextBoolean() ? "}" : "usecase {");
			save(file, String.join("\n", lines));
			return "broke the syntax at line " + (at + 1) + " of " + file.getFileName();
		}
		case 6 -> {
			Path extra = acme.folder.resolve("extra-" + created + ".strategy");
			int at = random.nextInt(lines.size());
			String copied = String.join("\n", lines.subList(0, Math.min(12, lines.size()))) + "\n" + String.join("\n", lines.subList(at, Math.min(lines.size(), at + 20)));
			acme.workspace.setText(extra, copied);
			return "new file " + extra.getFileName() + " from " + file.getFileName() + " at line " + (at + 1);
		}
		case 7 -> {
			if (files.size() < 4) {
				return "kept the files";
			}
			Files.delete(file);
			acme.workspace.reload();
			return "deleted " + file.getFileName();
		}
		case 8 -> {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
			Files.write(file, bytes);
			acme.workspace.reload();
			return "wrote a byte that is not UTF-8 into " + file.getFileName();
		}
		default -> {
			Set<Path> unread = new TreeSet<>();
			try (var tree = Files.list(acme.folder)) {
				tree.filter(f -> !files.contains(f.toAbsolutePath().normalize())).forEach(unread::add);
			}
			if (unread.isEmpty()) {
				save(file, text + "\n// saved again\n");
				return "appended a comment to " + file.getFileName();
			}
			Path repaired = unread.iterator().next();
			String original = acme.original(repaired.getFileName().toString());
			Files.writeString(repaired, original == null ? "namespace repaired\n" : original);
			acme.workspace.reload();
			return "repaired " + repaired.getFileName();
		}
		}
	}

	/**
	 * Applies one random change inside the elements of a file and says what it did: a quoted text
	 * or a number edited, a reference pointed elsewhere, an element removed or added back, the
	 * syntax broken ({@code mend} then holds the file and its text before, to be saved next).
	 */
	private String randomElementEdit(Random random, List<String> removedElements, String[] mend) throws Exception {
		List<Path> files = acme.workspace.files();
		Path file = files.get(random.nextInt(files.size()));
		String text = acme.workspace.text(file);
		int kind = random.nextInt(7);
		Matcher matcher = (kind <= 1 ? QUOTED : kind == 2 ? NUMBER : kind == 3 ? REFERENCE : ELEMENT).matcher(text);
		List<int[]> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(kind == 3 ? new int[] { matcher.start(1), matcher.end(1) } : new int[] { matcher.start(), matcher.end() });
		}
		if (found.isEmpty()) {
			save(file, text + "\n// saved again\n");
			return "appended a comment to " + file.getFileName();
		}
		int[] at = found.get(random.nextInt(found.size()));
		String before = text.substring(0, at[0]);
		String after = text.substring(at[1]);
		String match = text.substring(at[0], at[1]);
		switch (kind) {
		case 0, 1 -> {
			String edited = match.substring(0, match.length() - 1) + " (edit " + random.nextInt(100) + ")\"";
			save(file, before + edited + after);
			return "edited " + match + " to " + edited + " in " + file.getFileName();
		}
		case 2 -> {
			String number = String.valueOf(1 + random.nextInt(30));
			save(file, before + number + after);
			return "changed the number " + match + " at " + at[0] + " to " + number + " in " + file.getFileName();
		}
		case 3 -> {
			List<String> names = declaredNames(files);
			String name = random.nextBoolean() ? names.get(random.nextInt(names.size())) : match + "X";
			save(file, before + name + after);
			return "pointed the reference " + match + " at " + name + " in " + file.getFileName();
		}
		case 4 -> {
			removedElements.add(match);
			save(file, before + after);
			return "removed the element " + match.lines().findFirst().orElse("") + " from " + file.getFileName();
		}
		case 5 -> {
			String element = removedElements.isEmpty() ? match.replaceFirst("^([a-z]+ [A-Z][A-Za-z0-9_]*)", "$1Copy") : removedElements.remove(removedElements.size() - 1);
			save(file, before + element + "\n" + match + after);
			return "added the element " + element.lines().findFirst().orElse("") + " to " + file.getFileName();
		}
		default -> {
			int brace = match.indexOf('{');
			String broken = match.substring(0, brace) + match.substring(brace + 1);
			mend[0] = file.toString();
			mend[1] = text;
			save(file, before + broken + after);
			return "broke the syntax of " + match.lines().findFirst().orElse("") + " in " + file.getFileName();
		}
		}
	}

	/** A save by an editor, or the same text written by another program and read by a reload. */
	private void save(Path file, String text) throws Exception {
		if (text.hashCode() % 3 == 0) {
			Files.writeString(file, text);
			acme.workspace.reload();
		} else {
			acme.workspace.setText(file, text);
		}
	}

	private static List<String> declaredNames(List<Path> files) throws Exception {
		Set<String> names = new TreeSet<>();
		for (Path file : files) {
			Matcher matcher = DECLARATION.matcher(Files.readString(file));
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return new ArrayList<>(names);
	}

	/** The state of a workspace opened afresh on the folder: the whole folder parsed, linked and validated. */
	private String freshState() throws Exception {
		try (ModelWorkspace fresh = ModelWorkspace.open(acme.folder, injector)) {
			return state(fresh);
		}
	}

	/**
	 * What a workspace's model says, as text: per file, every reference (source element, feature,
	 * target file and element, or unresolved) and every finding (severity, code, line, column,
	 * message), then the files it could not read.
	 */
	private static String state(ModelWorkspace workspace) {
		return workspace.read(model -> {
			StringBuilder out = new StringBuilder();
			for (XtextResource resource : model.resources()) {
				Path file = Path.of(resource.getURI().toFileString());
				out.append("== ").append(model.folder().relativize(file)).append('\n');
				if (resource.getParseResult() != null && !resource.getParseResult().getRootNode().getText().equals(workspace.text(file))) {
					out.append("the parse does not hold the file's text\n");
				}
				for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
					EObject object = all.next();
					for (EAttribute attribute : object.eClass().getEAllAttributes()) {
						if (!attribute.isTransient() && !attribute.isDerived() && object.eIsSet(attribute)) {
							out.append(describe(model, object)).append(' ').append(attribute.getName()).append(" = ").append(object.eGet(attribute)).append('\n');
						}
					}
					for (EReference reference : object.eClass().getEAllReferences()) {
						if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
							continue;
						}
						Object value = object.eGet(reference, false);
						List<?> targets = value instanceof List<?> many ? many : value == null ? List.of() : List.of(value);
						for (Object target : targets) {
							out.append(describe(model, object)).append(' ').append(reference.getName()).append(" -> ").append(describe(model, (EObject) target))
									.append('\n');
						}
					}
				}
				for (Issue issue : model.issues(file)) {
					out.append(issue.getSeverity()).append(' ').append(issue.getCode()).append(' ').append(issue.getLineNumber()).append(':')
							.append(issue.getColumn()).append(' ').append(issue.getMessage()).append('\n');
				}
			}
			model.fileFindings().forEach(finding -> out.append(finding).append('\n'));
			return out.toString();
		});
	}

	private static String describe(WorkspaceModel model, EObject object) {
		if (object.eIsProxy()) {
			return "<unresolved>";
		}
		Resource resource = object.eResource();
		String where = resource == null ? "<detached>" : resource.getURI().lastSegment();
		String name = model.qualifiedName(object);
		return where + "#" + (name != null ? name : resource == null ? "?" : resource.getURIFragment(object));
	}
}
