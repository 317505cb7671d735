package org.shanzhi.guidance;

import java.util.List;

/**
 * The eight statutory forms of guidance (G1; LH13, LY8), each with the fields it needs.
 * Agencies add their own forms as {@link CustomFormView}s; an act names its form by code.
 */
public enum GuidanceForm {

	/** 引导: a published policy, plan or information, and who it is meant for. */
	GUIDE(FieldSpec.required("policy"), FieldSpec.required("audience")),
	/** 示范: an exemplar party or practice. */
	DEMONSTRATE(FieldSpec.required("exemplar"), FieldSpec.optional("practice")),
	/** 提示: the item easily overlooked. */
	REMIND(FieldSpec.required("item")),
	/** 辅导: topic and materials. */
	COACH(FieldSpec.required("topic"), FieldSpec.optional("materials")),
	/** 建议: the recommendation and the options. */
	ADVISE(FieldSpec.required("recommendation"), FieldSpec.optional("options")),
	/** 规劝: the possible or escalating violation, and what was said. */
	PERSUADE(FieldSpec.required("violation"), FieldSpec.required("said")),
	/**
	 * 约谈: attendees, problems found, legal provisions explained, rectification
	 * requirements, minutes.
	 */
	INTERVIEW(FieldSpec.required("attendees"), FieldSpec.required("problems"), FieldSpec.required("provisions"),
			FieldSpec.required("requirements"), FieldSpec.optional("minutes")),
	/** 回访: a visit after an earlier act; its result is a {@link FollowUpResult}. */
	FOLLOW_UP;

	private final List<FieldSpec> fields;

	GuidanceForm(FieldSpec... fields) {
		this.fields = List.of(fields);
	}

	/** The fields of the form's {@code details}. */
	public List<FieldSpec> fields() {
		return fields;
	}

	public static boolean isBuiltIn(String code) {
		for (GuidanceForm f : values()) {
			if (f.name().equals(code)) {
				return true;
			}
		}
		return false;
	}

	/** A field of a form: its key in {@code details}, and whether it must be filled. */
	public record FieldSpec(String key, boolean required, String label) {

		static FieldSpec required(String key) {
			return new FieldSpec(key, true, null);
		}

		static FieldSpec optional(String key) {
			return new FieldSpec(key, false, null);
		}

	}

}
