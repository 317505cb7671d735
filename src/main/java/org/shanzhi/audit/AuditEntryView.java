package org.shanzhi.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the trail; {@code before} and {@code after} are the JSON objects that were
 * hashed.
 */
public record AuditEntryView(long seq, UUID id, OffsetDateTime occurredAt, String actor, UUID actorAgencyId,
		String subjectType, String subjectId, UUID agencyId, String action, String before, String after, String hash) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A changed attribute, for display. */
	public record Change(String field, Object before, Object after) {
	}

	/** The attributes named in before or after, each with its two values. */
	public List<Change> changes() {
		Map<String, Object> b = parse(before);
		Map<String, Object> a = parse(after);
		Set<String> fields = new LinkedHashSet<>(a.keySet());
		fields.addAll(b.keySet());
		List<Change> list = new ArrayList<>();
		for (String f : fields) {
			list.add(new Change(f, b.get(f), a.get(f)));
		}
		return list;
	}

	private static Map<String, Object> parse(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}
}
