package org.shanzhi.guidance;

import java.util.List;
import java.util.UUID;

/**
 * A form of guidance an agency defined beyond the eight (LY8 last paragraph): a code, a
 * name and the fields its acts fill in.
 */
public record CustomFormView(UUID id, UUID agencyId, String code, String name, List<GuidanceForm.FieldSpec> fields,
		java.time.OffsetDateTime createdAt, long version) {
}
