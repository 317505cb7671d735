package org.shanzhi.enforcement;

import java.util.List;
import java.util.UUID;

/**
 * What the leniency lists propose for a violation (L3): the treatment, the list entry and
 * list version that propose it ({@code null} when no entry applies), the assessment on
 * record, and the reasons (which conditions held and which did not).
 */
public record TreatmentProposal(Treatment treatment, UUID listEntryId, String listVersion, UUID assessmentId,
		List<String> reasons) {

	public static TreatmentProposal standard(List<String> reasons) {
		return new TreatmentProposal(Treatment.STANDARD, null, null, null, reasons);
	}

}
