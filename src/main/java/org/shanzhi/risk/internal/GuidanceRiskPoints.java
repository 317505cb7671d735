package org.shanzhi.risk.internal;

import java.util.Optional;
import java.util.UUID;

import org.shanzhi.guidance.RiskPointCatalogue;
import org.shanzhi.risk.RiskCatalogues;
import org.springframework.stereotype.Component;

/**
 * The risk catalogue as guidance sees it (G4, R4): a guidance act may name a risk point
 * of its agency's catalogues, which is how the measures carried out are linked to the
 * points in the evaluation report (R5).
 */
@Component
class GuidanceRiskPoints implements RiskPointCatalogue {

	private final RiskCatalogues catalogues;

	GuidanceRiskPoints(RiskCatalogues catalogues) {
		this.catalogues = catalogues;
	}

	@Override
	public Optional<String> title(UUID riskPointId, UUID agencyId) {
		return catalogues.titleFor(riskPointId, agencyId);
	}

}
