/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.ui.labeling;

import org.eclipse.emf.edit.ui.provider.AdapterFactoryLabelProvider;
import org.eclipse.xtext.ui.label.DefaultEObjectLabelProvider;

import com.google.inject.Inject;

import io.stratagem.model.NamedElement;

/**
 * Labels of the outline and of hovers: an element's name, followed by its title when it has one,
 * as the language server's outline shows them.
 */
public class StrategyLabelProvider extends DefaultEObjectLabelProvider {

	@Inject
	public StrategyLabelProvider(AdapterFactoryLabelProvider delegate) {
		super(delegate);
	}

	String text(NamedElement element) {
		String name = element.getName() == null ? element.eClass().getName() : element.getName();
		return element.getTitle() == null ? name : name + " \u2014 " + element.getTitle();
	}
}
