package org.shanzhi.mediation.internal;

import java.util.List;

import org.shanzhi.mediation.CaseParty;
import org.shanzhi.mediation.SessionRecord;
import org.shanzhi.shared.JsonbConverter;

import tools.jackson.core.type.TypeReference;

/** JSON columns of the mediation tables (stored as {@code jsonb}). */
final class JsonColumns {

	private JsonColumns() {
	}

	static class Parties extends JsonbConverter<List<CaseParty>> {

		Parties() {
			super(new TypeReference<List<CaseParty>>() {
			}, List.of());
		}

	}

	static class Sessions extends JsonbConverter<List<SessionRecord>> {

		Sessions() {
			super(new TypeReference<List<SessionRecord>>() {
			}, List.of());
		}

	}

}
