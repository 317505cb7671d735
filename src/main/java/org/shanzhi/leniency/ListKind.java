package org.shanzhi.leniency;

import java.util.Set;

import org.shanzhi.enforcement.Treatment;

/** The two lists of L1 and the treatments their entries may give. */
public enum ListKind {

	/** 轻微违法免罚清单. */
	NO_PENALTY(Set.of(Treatment.NO_PENALTY)),

	/** 一般违法从轻减轻处罚清单. */
	LIGHTER_MITIGATED(Set.of(Treatment.LIGHTER, Treatment.MITIGATED));

	private final Set<Treatment> treatments;

	ListKind(Set<Treatment> treatments) {
		this.treatments = treatments;
	}

	public boolean allows(Treatment treatment) {
		return treatments.contains(treatment);
	}

}
