package org.shanzhi.leniency;

import java.util.UUID;

import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.enforcement.Treatment;

public record EntryView(UUID id, int position, String violationCode, String violationTitle, LegalBasis legalBasis,
		Conditions conditions, int conditionsSchema, Treatment treatment, String notes) {
}
