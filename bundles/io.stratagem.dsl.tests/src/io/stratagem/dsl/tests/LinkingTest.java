package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import io.stratagem.model.Control;
import io.stratagem.model.FrameworkRequirement;
import io.stratagem.model.Initiative;
import io.stratagem.model.Roadmap;
import io.stratagem.model.UseCase;

/** Cross-file references: namespaces, imports, the own namespace, and the built-in library. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class LinkingTest {

	private static final String ORG = """
			namespace acme.org
			role Cio "Chief Information Officer"
			unit Claims "Claims"
			""";

	@Inject
	private Workspace workspace;

	@Test
	void wildcardImportMakesANamespaceReferableBySimpleName() {
		workspace.empty().add("org.strategy", ORG).add("uc.strategy", """
				namespace acme.usecases
				import acme.org.*
				usecase Triage { unit Claims owner Cio }
				""").link();
		assertEquals(List.of(), workspace.allIssues());
		UseCase triage = (UseCase) workspace.model("uc.strategy").getElements().get(0);
		assertSame(workspace.model("org.strategy").getElements().get(1), triage.getUnit());
		assertSame(workspace.model("org.strategy").getElements().get(0), triage.getOwner());
	}

	@Test
	void singleImportMakesOnlyThatElementReferable() {
		workspace.empty().add("org.strategy", ORG).add("uc.strategy", """
				namespace acme.usecases
				import acme.org.Cio
				usecase Triage { owner Cio unit Claims }
				""").link();
		assertEquals(List.of("uc.strategy:3:33: ERROR Couldn't resolve reference to BusinessUnit 'Claims'."), workspace.allIssues());
	}

	@Test
	void qualifiedNamesNeedNoImport() {
		workspace.empty().add("org.strategy", ORG).add("uc.strategy", """
				namespace acme.usecases
				usecase Triage { owner acme.org.Cio }
				""").link();
		assertEquals(List.of(), workspace.allIssues());
	}

	@Test
	void elementsOfTheSameNamespaceInOtherFilesAreVisible() {
		workspace.empty().add("a.strategy", """
				namespace acme.claims
				role HeadOfClaims
				""").add("b.strategy", """
				namespace acme.claims
				usecase Triage { owner HeadOfClaims }
				""").link();
		assertEquals(List.of(), workspace.allIssues());
	}

	@Test
	void otherNamespacesAreNotVisibleWithoutImport() {
		workspace.empty().add("org.strategy", ORG).add("uc.strategy", """
				namespace acme.usecases
				usecase Triage { owner Cio }
				""").link();
		assertEquals(List.of("uc.strategy:2:24: ERROR Couldn't resolve reference to Role 'Cio'."), workspace.allIssues());
	}

	@Test
	void nestedRoadmapElementsAreNamedByTheirNamespace() {
		workspace.empty().add("roadmap.strategy", """
				namespace acme.roadmap
				roadmap Plan {
					phase One 2027-Q1 to 2027-Q4 {
						initiative Platform { start 2027-01 }
					}
					phase Two 2028-Q1 to 2028-Q4 {
						initiative Rollout { after Platform }
					}
				}
				""").add("other.strategy", """
				namespace acme.other
				roadmap Later {
					initiative Extension { after acme.roadmap.Platform }
				}
				""").link();
		assertEquals(List.of(), workspace.allIssues());
		Roadmap plan = (Roadmap) workspace.model("roadmap.strategy").getElements().get(0);
		Initiative platform = plan.getPhases().get(0).getInitiatives().get(0);
		Roadmap later = (Roadmap) workspace.model("other.strategy").getElements().get(0);
		assertSame(platform, later.getInitiatives().get(0).getDependencies().get(0).getTarget());
	}

	@Test
	void builtInLibraryIsReferableWithoutCopyingIt() {
		workspace.empty().add("controls.strategy", """
				namespace acme.governance
				import stratagem.euaiact.*
				import stratagem.omb.*
				control Audit {
					satisfies Art10, stratagem.nist.MEASURE_2_11, stratagem.isoiec42001.A_7_4, PreDeploymentTesting
				}
				""").link();
		assertEquals(List.of(), workspace.allIssues());
		Control audit = (Control) workspace.model("controls.strategy").getElements().get(0);
		List<FrameworkRequirement> requirements = audit.getRequirements();
		assertEquals(List.of("AIA-10", "MEASURE-2.11", "A.7.4", "OMB-M-25-21-4b-i"), requirements.stream().map(FrameworkRequirement::getCode).toList());
		assertEquals("Data and data governance", requirements.get(0).getTitle());
		assertFalse(requirements.get(0).eIsProxy());
		assertTrue(requirements.get(0).eResource().getURI().toString().endsWith("library/eu-ai-act.strategy"));
		assertSame(workspace.resourceSet(), requirements.get(0).eResource().getResourceSet(),
				"library elements resolve in the model's own resource set");
	}

	@Test
	void aWorkspaceElementShadowsTheLibraryElementOfTheSameName() {
		workspace.empty().add("override.strategy", """
				namespace stratagem.euaiact
				requirement Art10 "Our own reading of Art. 10"
				""").add("controls.strategy", """
				namespace acme.governance
				control Audit { satisfies stratagem.euaiact.Art10 }
				""").link();
		Control audit = (Control) workspace.model("controls.strategy").getElements().get(0);
		assertEquals("Our own reading of Art. 10", audit.getRequirements().get(0).getTitle());
	}

	@Test
	void referencesToTheWrongKindOfElementDoNotResolve() {
		workspace.empty().add("x.strategy", """
				namespace acme
				role Cio
				usecase Triage { unit Cio }
				""").link();
		assertEquals(List.of("x.strategy:3:23: ERROR Couldn't resolve reference to BusinessUnit 'Cio'."), workspace.allIssues());
	}
}
