package org.shanzhi.enforcement.internal;

import java.util.List;

import org.shanzhi.enforcement.CaseOfficerView;
import org.shanzhi.enforcement.DiscretionLevel;
import org.shanzhi.enforcement.RecusalView;
import org.shanzhi.shared.JsonbConverter;

import tools.jackson.core.type.TypeReference;

/** JSON columns of the enforcement tables (stored as {@code jsonb}). */
final class JsonColumns {

	private JsonColumns() {
	}

	static class Strings extends JsonbConverter<List<String>> {

		Strings() {
			super(new TypeReference<List<String>>() {
			}, List.of());
		}

	}

	static class Levels extends JsonbConverter<List<DiscretionLevel>> {

		Levels() {
			super(new TypeReference<List<DiscretionLevel>>() {
			}, List.of());
		}

	}

	static class Officers extends JsonbConverter<List<CaseOfficerView>> {

		Officers() {
			super(new TypeReference<List<CaseOfficerView>>() {
			}, List.of());
		}

	}

	static class Recusals extends JsonbConverter<List<RecusalView>> {

		Recusals() {
			super(new TypeReference<List<RecusalView>>() {
			}, List.of());
		}

	}

	static class Penalties extends JsonbConverter<List<org.shanzhi.enforcement.Penalty>> {

		Penalties() {
			super(new TypeReference<List<org.shanzhi.enforcement.Penalty>>() {
			}, List.of());
		}

	}

}
