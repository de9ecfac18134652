/*
 * Stratagem. SPDX-License-Identifier: EPL-2.0
 */
package io.stratagem.dsl.validation.rules;

import static io.stratagem.dsl.validation.RuleCodes.*;

import java.math.BigDecimal;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import io.stratagem.dsl.validation.AbstractRuleValidator;
import io.stratagem.dsl.validation.services.CycleFinder;
import io.stratagem.model.DataAsset;
import io.stratagem.model.LegalBasis;
import io.stratagem.model.StratagemPackage.Literals;
import io.stratagem.model.UseCase;
import io.stratagem.roadmap.Cycles.Cycle;

/** Rules of area DATA: ownership, personal data, quality, retention, lineage. */
public class DataValidator extends AbstractRuleValidator {

	@Inject
	private CycleFinder cycles;

	@Check(CheckType.FAST)
	public void owner(DataAsset asset) {
		if (asset.getOwner() == null) {
			report(DATA_WITHOUT_OWNER, asset, null, name(asset));
		}
	}

	@Check(CheckType.FAST)
	public void steward(DataAsset asset) {
		if (asset.getSteward() == null) {
			report(DATA_WITHOUT_STEWARD, asset, null, name(asset));
		}
	}

	@Check(CheckType.FAST)
	public void legalBasis(DataAsset asset) {
		if (Boolean.TRUE.equals(asset.getPersonalData()) && (asset.getLegalBasis() == null || asset.getLegalBasis() == LegalBasis.NONE)) {
			report(DATA_PERSONAL_WITHOUT_LEGAL_BASIS, asset, Literals.DATA_ASSET__PERSONAL_DATA, name(asset));
		}
	}

	@Check(CheckType.FAST)
	public void privacyAssessment(DataAsset asset) {
		if (Boolean.TRUE.equals(asset.getPersonalData()) && asset.getPrivacyAssessment() == null) {
			report(DATA_PERSONAL_WITHOUT_ASSESSMENT, asset, Literals.DATA_ASSET__PERSONAL_DATA, name(asset));
		}
	}

	@Check(CheckType.NORMAL)
	public void qualityForUse(DataAsset asset) {
		BigDecimal quality = asset.getQuality();
		BigDecimal threshold = profile(asset).threshold(DATA_QUALITY_BELOW_THRESHOLD);
		if (quality == null || threshold == null || quality.compareTo(threshold) >= 0) {
			return;
		}
		for (UseCase useCase : index(asset).referrers(asset, Literals.USE_CASE__DATA_ASSETS, UseCase.class)) {
			if (UseCases.inUse(useCase)) {
				report(DATA_QUALITY_BELOW_THRESHOLD, asset, Literals.DATA_ASSET__QUALITY, name(asset), quality.toPlainString(),
						threshold.toPlainString(), name(useCase), UseCases.stage(useCase));
				return;
			}
		}
	}

	@Check(CheckType.FAST)
	public void retention(DataAsset asset) {
		if (asset.getRetention() == null) {
			report(DATA_WITHOUT_RETENTION, asset, null, name(asset));
		}
	}

	@Check(CheckType.FAST)
	public void lineageCycle(DataAsset asset) {
		Cycle<DataAsset> cycle = cycles.cycleReportedOn(asset, index(asset), "derived from", DataAsset.class, DataAsset::getDerivedFrom);
		if (cycle != null) {
			report(DATA_LINEAGE_CYCLE, asset, Literals.DATA_ASSET__DERIVED_FROM, name(asset), StructureValidator.path(cycle));
		}
	}

	/** A use case that says it processes no personal data uses no data asset that holds some. */
	@Check(CheckType.FAST)
	public void personalDataDeclared(UseCase useCase) {
		if (!Boolean.FALSE.equals(useCase.getPersonalData())) {
			return;
		}
		for (int i = 0; i < useCase.getDataAssets().size(); i++) {
			DataAsset asset = useCase.getDataAssets().get(i);
			if (resolved(asset) && Boolean.TRUE.equals(asset.getPersonalData())) {
				report(DATA_PERSONAL_DATA_DENIED, useCase, Literals.USE_CASE__DATA_ASSETS, i, name(useCase), name(asset));
			}
		}
	}
}
