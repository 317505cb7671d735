package org.shanzhi.enforcement.internal;

import java.util.List;
import java.util.UUID;

import org.shanzhi.enforcement.ActingOfficer;
import org.shanzhi.enforcement.Interviewee;
import org.shanzhi.enforcement.PreservedItem;
import org.shanzhi.shared.JsonbConverter;

import tools.jackson.core.type.TypeReference;

/** JSON columns of the investigation's records and preservations ({@code jsonb}). */
final class InvestigationColumns {

	private InvestigationColumns() {
	}

	static class Officers extends JsonbConverter<List<ActingOfficer>> {

		Officers() {
			super(new TypeReference<List<ActingOfficer>>() {
			}, List.of());
		}

	}

	static class Person extends JsonbConverter<Interviewee> {

		Person() {
			super(new TypeReference<Interviewee>() {
			}, null);
		}

	}

	static class Ids extends JsonbConverter<List<UUID>> {

		Ids() {
			super(new TypeReference<List<UUID>>() {
			}, List.of());
		}

	}

	static class Items extends JsonbConverter<List<PreservedItem>> {

		Items() {
			super(new TypeReference<List<PreservedItem>>() {
			}, List.of());
		}

	}

}
