package io.stratagem.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * One mistake gives one finding: a typo that stops a file from parsing is reported once, and the
 * references to the names that the unparsed text declares, from that file or others, are not
 * reported as unresolved. A reference to a name declared nowhere still is.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrategyInjectorProvider.class)
class CascadeTest {

	@Inject
	private Workspace workspace;

	@Test
	void aTypoAtTheTopOfAFileGivesOneErrorNotOnePerReferenceIntoIt() {
		workspace.empty().add("people.strategy", """
				namspace acme.people
				role Cio
				role Hr { in Claims }
				unit Claims "Claims" { head Cio }
				""").add("claims.strategy", """
				namespace acme.claims
				import acme.people.*
				usecase Triage {
					owner Cio
					unit Claims
				}
				risk Leak {
					owner Hr
					affects Triage
				}
				control Review {
					owner Nobody
				}
				""").link();
		assertEquals(List.of("people.strategy:1:1: ERROR a model file contains capability, change, control, data, import, kpi, literacy, namespace, objective,"
				+ " partner, principle, requirement, review, risk, roadmap, role, skill, strategy, team, training, unit or usecase; found 'namspace';"
				+ " did you mean 'namespace'?",
				"claims.strategy:12:8: ERROR Couldn't resolve reference to Role 'Nobody'."), workspace.allIssues());
	}
}
