package org.shanzhi.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the ordinary procedure's steps (API.md, "Penalty procedure"). */
public final class ProcedureCommands {

	private ProcedureCommands() {
	}

	public record Attendee(@NotBlank @Size(max = 50) String name, @Size(max = 50) String position) {
	}

	/** 集体讨论. */
	public record Discuss(@NotNull OffsetDateTime heldAt, boolean presidedByHead,
			@NotNull @Valid @Size(max = 30) List<@NotNull Attendee> attendees,
			@NotBlank @Size(max = 8000) String opinions,
			@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"PENALTY", "NO_PENALTY", "NOT_ESTABLISHED", "TRANSFER", "FURTHER_INVESTIGATION" }) @Pattern(
							regexp = "PENALTY|NO_PENALTY|NOT_ESTABLISHED|TRANSFER|FURTHER_INVESTIGATION") String conclusion){
	}

	/** 行政处罚事先告知. */
	public record Notify(@NotNull Treatment treatment, @NotNull @Valid @Size(max = 10) List<@NotNull Penalty> penalties,
			@NotBlank @Size(max = 8000) String facts, @NotBlank @Size(max = 4000) String reasons,
			@NotEmpty @Valid @Size(max = 10) List<@NotNull LegalBasis> legalBasis, boolean hearingRight,
			@Size(max = 4000) String newFacts) {
	}

	/** 陈述、申辩, or their waiver. */
	public record State(@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
			"STATEMENT", "DEFENCE", "WAIVER" }) @Pattern(regexp = "STATEMENT|DEFENCE|WAIVER") String kind,
			@Size(max = 8000) String content, @NotNull OffsetDateTime receivedAt,
			@NotNull @io.swagger.v3.oas.annotations.media.Schema(
					allowableValues = { "IN_PERSON", "WRITTEN", "ONLINE" }) @Pattern(
							regexp = "IN_PERSON|WRITTEN|ONLINE") String channel,
			Boolean waivesHearing){
	}

	/** The officers' answer to a statement. */
	public record Answer(@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
			"ALL", "PART", "NONE" }) @Pattern(regexp = "ALL|PART|NONE") String adopted,
			@NotBlank @Size(max = 4000) String reasons){
	}

	/** 听证申请. */
	public record RequestHearing(@NotNull OffsetDateTime requestedAt,
			@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"IN_PERSON", "WRITTEN", "ONLINE" }) @Pattern(regexp = "IN_PERSON|WRITTEN|ONLINE") String channel){
	}

	/** 听证通知. */
	public record NoticeHearing(@NotNull OffsetDateTime scheduledAt, @Size(max = 200) String place,
			@Size(max = 500) @Pattern(regexp = "https://\\S+") String onlineLink, @NotNull UUID presidingOfficerId,
			UUID clerkId, boolean open) {
	}

	public record HearingAttendee(@NotBlank @Size(max = 50) String name,
			@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"PARTY", "AGENT", "INVESTIGATOR", "PRESIDING", "CLERK", "WITNESS" }) @Pattern(
							regexp = "PARTY|AGENT|INVESTIGATOR|PRESIDING|CLERK|WITNESS") String role){
	}

	public record HearingReport(@NotBlank @Size(max = 8000) String summary,
			@NotBlank @Size(max = 4000) String recommendation) {
	}

	/** 听证笔录 and the report. */
	public record RecordHearing(@NotNull OffsetDateTime heldAt,
			@NotNull @Valid @Size(max = 30) List<@NotNull HearingAttendee> attendees,
			@NotBlank @Size(max = 20000) String record, boolean partySigned, @Size(max = 1000) String refusalNote,
			boolean partyAbsent, @NotNull @Valid HearingReport report) {
	}

	/** 延长办案期限. */
	public record Extend(@Min(1) @Max(365) int days, @NotBlank @Size(max = 2000) String reason) {
	}

	/** 移送. */
	public record TransferOut(@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
			"PUBLIC_SECURITY", "PROCURATORATE", "SUPERVISORY_COMMISSION" }) @Pattern(
					regexp = "PUBLIC_SECURITY|PROCURATORATE|SUPERVISORY_COMMISSION") String organKind,
			@NotBlank @Size(max = 200) String organ, @NotBlank @Size(max = 4000) String reason){
	}

	/** The revocation of a decision. */
	public record Revoke(@NotBlank @Size(max = 2000) String reason,
			@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"RECONSIDERATION", "LITIGATION", "SELF_CORRECTION" }) @Pattern(
							regexp = "RECONSIDERATION|LITIGATION|SELF_CORRECTION") String by){
	}

	/** 送达. */
	public record Deliver(@NotBlank @Pattern(regexp = "[a-z]+(-[a-z]+)*(-[0-9]+)?") String documentKind,
			@NotNull @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"IN_PERSON", "LEFT_AT_ADDRESS", "POST", "ELECTRONIC", "PUBLIC_NOTICE" }) @Pattern(
							regexp = "IN_PERSON|LEFT_AT_ADDRESS|POST|ELECTRONIC|PUBLIC_NOTICE") String method,
			@NotBlank @Size(max = 100) String recipient, OffsetDateTime deliveredAt, @Size(max = 100) String witness,
			@Size(max = 60) String postalTrackingNumber, UUID receiptEvidenceId, @Size(max = 2000) String lateReason){
	}

}
