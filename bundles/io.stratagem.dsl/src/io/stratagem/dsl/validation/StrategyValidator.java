/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation;

/**
 * Root validator of the language, registered by the generated runtime module. The rule catalogue
 * is composed into it area by area with {@code @ComposedChecks}.
 */
public class StrategyValidator extends AbstractStrategyValidator {
}
