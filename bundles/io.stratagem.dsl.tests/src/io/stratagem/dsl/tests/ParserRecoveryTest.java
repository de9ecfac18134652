package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.model.Control;
import io.stratagem.model.NamedElement;
import io.stratagem.model.UseCase;
import io.stratagem.testing.ProjectFiles;

/**
 * One mistake is one syntax error, and the parser resumes at the next block: the blocks after it are
 * still read, linked and validated, so nothing that refers to them becomes an error of its own. At
 * the top level of a file the error is worded with what a file contains and the closest keyword; a
 * word one slip from a keyword, before a name, is read as that keyword; anything else is skipped up
 * to the next block. Inside a block, the rest of that block is skipped, and no word in it (such as
 * {@code unit} in a use case) is taken for a block of its own.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class ParserRecoveryTest {

	private static final String FILE_CONTAINS = "a model file contains capability, change, control, data, import, kpi, literacy, namespace, objective,"
			+ " partner, principle, requirement, review, risk, roadmap, role, skill, strategy, team, training, unit or usecase; found ";

	private static final String PEOPLE = """
			namespace acme.people
			role Cio
			role Hr { in Claims }
			unit Claims "Claims" { head Cio }
			""";

	private static final String CLAIMS = """
			namespace acme.claims
			import acme.people.*
			usecase Triage {
				owner Cio
				unit Claims
			}
			control Review {
				owner Hr
			}
			""";

	@Inject
	private Workspace workspace;

	@Test
	void aMisspeltFirstKeywordIsOneErrorAndTheBlocksAfterItAreRead() {
		workspace.empty().add("people.strategy", """
				namespace acme.people
				rloe Cio "Chief information officer"
				role Hr { in Claims }
				unit Claims "Claims" { head Cio }
				""").add("claims.strategy", CLAIMS).link();
		assertEquals(List.of("people.strategy:2:1: ERROR " + FILE_CONTAINS + "'rloe'; did you mean 'role'?"), workspace.allIssues());
		assertEquals(List.of("Cio", "Hr", "Claims"), names("people.strategy"));
		assertReferencesResolve();
	}

	@Test
	void aMisspeltNamespaceIsOneErrorAndTheFileKeepsItsNamespace() {
		workspace.empty().add("people.strategy", """
				namspace acme.people
				role Cio
				role Hr { in Claims }
				unit Claims "Claims" { head Cio }
				""").add("claims.strategy", CLAIMS).link();
		assertEquals(List.of("people.strategy:1:1: ERROR " + FILE_CONTAINS + "'namspace'; did you mean 'namespace'?"), workspace.allIssues());
		assertEquals("acme.people", workspace.model("people.strategy").getNamespace());
		assertReferencesResolve();
	}

	@Test
	void aStrayWordBetweenBlocksIsOneErrorAndTheBlocksAfterItAreRead() {
		workspace.empty().add("people.strategy", """
				namespace acme.people
				role Cio
				tbd
				role Hr { in Claims }
				unit Claims "Claims" { head Cio }
				""").add("claims.strategy", CLAIMS).link();
		assertEquals(List.of("people.strategy:3:1: ERROR " + FILE_CONTAINS + "'tbd'"), workspace.allIssues());
		assertEquals(List.of("Cio", "Hr", "Claims"), names("people.strategy"));
		assertReferencesResolve();
	}

	@Test
	void aStrayWordBeforeTheNamespaceIsOneErrorAndTheNamespaceIsRead() {
		workspace.empty().add("people.strategy", """
				// people
				draft 2
				namespace acme.people
				""" + PEOPLE.substring(PEOPLE.indexOf('\n') + 1)).add("claims.strategy", CLAIMS).link();
		assertEquals(List.of("people.strategy:2:1: ERROR " + FILE_CONTAINS + "'draft'"), workspace.allIssues());
		assertEquals("acme.people", workspace.model("people.strategy").getNamespace());
		assertReferencesResolve();
	}

	@Test
	void anUnknownBlockIsSkippedWithItsBracesAndTheBlocksAfterItAreRead() {
		workspace.empty().add("people.strategy", """
				namespace acme.people
				role Cio
				scorecard Quarterly {
					kpi Growth
					unit Sales
				}
				role Hr { in Claims }
				unit Claims "Claims" { head Cio }
				""").add("claims.strategy", CLAIMS).link();
		assertEquals(List.of("people.strategy:3:1: ERROR " + FILE_CONTAINS + "'scorecard'"), workspace.allIssues());
		assertEquals(List.of("Cio", "Hr", "Claims"), names("people.strategy"));
		assertReferencesResolve();
	}

	@Test
	void aWrongWordInsideABlockSkipsTheRestOfThatBlockOnly() {
		workspace.empty().add("people.strategy", PEOPLE).add("claims.strategy", """
				namespace acme.claims
				import acme.people.*
				usecase Triage {
					stge pilot
					unit Claims
					owner Cio
				}
				control Review {
					owner Hr
				}
				""").link();
		List<String> issues = workspace.allIssues();
		assertEquals(1, issues.size(), issues.toString());
		assertTrue(issues.get(0).startsWith("claims.strategy:4:2: ERROR a usecase block accepts affects, benefits, "), issues.get(0));
		assertTrue(issues.get(0).endsWith(" or '}'; found 'stge'; did you mean 'stage'?"), issues.get(0));
		assertEquals(List.of("Triage", "Review"), names("claims.strategy"));
		assertEquals("Hr", ((Control) workspace.model("claims.strategy").getElements().get(1)).getOwner().getName());
	}

	@Test
	void aBraceLeftOpenAfterAWrongWordDoesNotSwallowTheBlocksAfterIt() {
		workspace.empty().add("people.strategy", """
				namespace acme.people
				role Cio
				scorecard Quarterly {
					kpi Growth
				role Hr { in Claims }
				unit Claims "Claims" {
					head Cio
					hed Cio
				role Ciso
				""").link();
		List<String> issues = workspace.allIssues();
		assertEquals(2, issues.size(), issues.toString());
		assertEquals("people.strategy:3:1: ERROR " + FILE_CONTAINS + "'scorecard'", issues.get(0));
		assertTrue(issues.get(1).startsWith("people.strategy:8:2: ERROR a unit block accepts "), issues.get(1));
		assertEquals(List.of("Cio", "Hr", "Claims", "Ciso"), names("people.strategy"));
	}

	@Test
	void theExampleWithAMisspeltKeywordAtTheTopOfAFileHasThatErrorAndTheFindingsOfTheExample() {
		List<String> findingsOfTheExample = loadExample("", "").findings();
		loadExample("unit AcmeGroup", "unti AcmeGroup");
		assertEquals(List.of("org.strategy:8:1: ERROR " + FILE_CONTAINS + "'unti'; did you mean 'unit'?"), workspace.errors());
		assertEquals(List.of("org.strategy:8:1: ERROR " + FILE_CONTAINS + "'unti'; did you mean 'unit'?"), workspace.allIssues());
		assertEquals(findingsOfTheExample, workspace.findings());
		loadExample("namespace acme.org", "namspace acme.org");
		assertEquals(List.of("org.strategy:4:1: ERROR " + FILE_CONTAINS + "'namspace'; did you mean 'namespace'?"), workspace.allIssues());
		assertEquals(findingsOfTheExample, workspace.findings());
	}

	/** The example acme-insurance, with the first {@code written} of org.strategy replaced by {@code mistake}. */
	private Workspace loadExample(String written, String mistake) {
		workspace.empty();
		for (Path file : ProjectFiles.strategyFiles(ProjectFiles.example("acme-insurance"))) {
			String name = file.getFileName().toString();
			String text = ProjectFiles.read(file);
			workspace.add(name, name.equals("org.strategy") && !written.isEmpty() ? text.replaceFirst(java.util.regex.Pattern.quote(written), mistake) : text);
		}
		return workspace.link();
	}

	/** The names of the blocks of a file, in order. */
	private List<String> names(String file) {
		return workspace.model(file).getElements().stream().map(NamedElement::getName).toList();
	}

	/** The use case and the control of claims.strategy refer to blocks of people.strategy by name. */
	private void assertReferencesResolve() {
		UseCase triage = (UseCase) workspace.model("claims.strategy").getElements().get(0);
		Control review = (Control) workspace.model("claims.strategy").getElements().get(1);
		assertFalse(triage.getOwner().eIsProxy());
		assertEquals("Cio", triage.getOwner().getName());
		assertEquals("Claims", triage.getUnit().getName());
		assertEquals("Hr", review.getOwner().getName());
	}
}
