package org.shanzhi.portal.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shanzhi.portal.ApplicationStatus;
import org.shanzhi.portal.Applications;
import org.shanzhi.portal.PublicAccounts;
import org.shanzhi.portal.ServiceItems;
import org.shanzhi.security.PasswordlessSignIn;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.PageView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The portal's JSON API (P1, P2, S5): public service items, one-time codes, sign-up and
 * sign-in, applications submitted (JSON with base64 attachments, or multipart), tracked
 * by number and phone, supplemented and rated; for a signed-in party its own
 * applications; for the agency its service items, its queue, decisions, and walk-in
 * applications.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "portal")
class PortalApiController {

	private final ServiceItems items;

	private final Applications applications;

	private final PublicAccounts accounts;

	private final PasswordlessSignIn signIn;

	PortalApiController(ServiceItems items, Applications applications, PublicAccounts accounts,
			PasswordlessSignIn signIn) {
		this.items = items;
		this.applications = applications;
		this.accounts = accounts;
		this.signIn = signIn;
	}

	// ---- public

	@Operation(summary = "The service items of every agency, or of one (public)" + PageView.ONE_PAGE)
	@GetMapping("/public/service-items")
	PageView<ServiceItems.ServiceItemView> serviceItems(@RequestParam(required = false) UUID agencyId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(items.published(agencyId), page, size);
	}

	record CodeRequest(@Schema(description = "a mobile phone of mainland China, 11 digits (+86, spaces and - allowed)",
			example = "13800138000") @NotBlank @Size(max = 20) String phone) {
	}

	@Operation(summary = "Send a one-time code to a mobile phone (202; throttled: 429)")
	@PostMapping("/public/one-time-codes")
	ResponseEntity<Void> code(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
		accounts.requestCode(body.phone(), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@Operation(summary = "Sign in with a phone's one-time code (an enterprise's contact also gives the credit code)")
	@PostMapping("/public/sessions")
	PasswordlessSignIn.Token session(@Valid @RequestBody PublicAccounts.SignIn body) {
		return signIn.token(accounts.signIn(body).username());
	}

	@Operation(summary = "Sign up a person or an enterprise with a phone's one-time code")
	@PostMapping("/public/accounts")
	ResponseEntity<PasswordlessSignIn.Token> signUp(@Valid @RequestBody PublicAccounts.SignUp body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(signIn.token(accounts.signUp(body).username()));
	}

	/** A file in JSON: its name, declared type and base64 content. */
	record AttachmentBody(@Size(max = 200) String filename, @Size(max = 100) String contentType,
			@Schema(description = "the file's content in base64", format = "byte", example = "aGVsbG8=") String data) {
	}

	/** An application in JSON, as API.md gives it. */
	record ApplicationBody(@NotBlank @Size(max = 40) String serviceItemCode, @Valid Applications.Applicant applicant,
			@NotBlank @Size(max = 4000) String content,
			@Schema(description = "what the item's type needs: `respondent` (the other side) for a mediation application, "
					+ "`complainedOf` (被投诉人, whom it is about) for a complaint or report, `caseNumber` for a hearing "
					+ "request") java.util.Map<String, String> details,
			List<@Valid AttachmentBody> attachments, @Size(max = 5) List<UUID> reuseAttachmentIds) {

		Applications.Submission submission() {
			return new Applications.Submission(serviceItemCode, applicant, content, details);
		}

	}

	@Operation(summary = "Submit an application (Idempotency-Key honoured) → 201 {trackingNumber, status, dueBy}")
	@PostMapping(value = "/public/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Applications.Receipt> apply(@Valid @RequestBody ApplicationBody body,
			@RequestHeader(value = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		return created(applications.submit(body.submission(), decoded(body.attachments()), body.reuseAttachmentIds(),
				Applications.Intake.API, key, request.getRemoteAddr()));
	}

	@Operation(summary = "Submit an application as multipart: the JSON part 'application' and the files 'files'")
	@PostMapping(value = "/public/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Applications.Receipt> applyMultipart(@Valid @RequestPart("application") ApplicationBody body,
			@RequestPart(value = "files", required = false) List<MultipartFile> files,
			@RequestHeader(value = "Idempotency-Key", required = false) String key, HttpServletRequest request)
			throws IOException {
		return created(applications.submit(body.submission(), uploads(files), body.reuseAttachmentIds(),
				Applications.Intake.API, key, request.getRemoteAddr()));
	}

	@Operation(summary = "Follow an application by its tracking number and the applicant's phone (or signed in)")
	@GetMapping("/public/applications/{trackingNumber}")
	Applications.Tracking track(@PathVariable String trackingNumber, @RequestParam(required = false) String phone) {
		return phone == null ? applications.trackMine(trackingNumber) : applications.track(trackingNumber, phone);
	}

	record RatingBody(Integer stars, @Size(max = 1000) String comment, @Size(max = 20) String phone) {
	}

	@Operation(summary = "Rate a completed application once: stars 1-5 and a comment")
	@PostMapping("/public/applications/{trackingNumber}/rating")
	ResponseEntity<Applications.Tracking> rate(@PathVariable String trackingNumber,
			@RequestParam(required = false) String phone, @Valid @RequestBody RatingBody body) {
		String p = phone != null ? phone : body.phone();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(applications.rate(trackingNumber, p, new Applications.Rating(body.stars(), body.comment())));
	}

	record SupplementBody(@Size(max = 4000) String note, @Size(max = 20) String phone,
			List<@Valid AttachmentBody> attachments) {
	}

	@Operation(summary = "Supplement the material asked for")
	@PostMapping(value = "/public/applications/{trackingNumber}/supplements",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	Applications.Tracking supplement(@PathVariable String trackingNumber, @RequestParam(required = false) String phone,
			@Valid @RequestBody SupplementBody body) {
		return applications.supplement(trackingNumber, phone != null ? phone : body.phone(), body.note(),
				decoded(body.attachments()));
	}

	@GetMapping("/public/applications/{trackingNumber}/attachments/{attachmentId}")
	ResponseEntity<byte[]> ownAttachment(@PathVariable String trackingNumber, @PathVariable UUID attachmentId,
			@RequestParam(required = false) String phone) {
		return file(applications.attachment(null, attachmentId, trackingNumber, phone));
	}

	@Operation(summary = "The files the signed-in party sent before, to name in reuseAttachmentIds" + PageView.ONE_PAGE)
	@GetMapping("/my/files")
	PageView<Applications.AttachmentLine> myFiles(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(applications.myFiles(), page, size);
	}

	@Operation(summary = "The signed-in party's applications" + PageView.ONE_PAGE)
	@GetMapping("/my/applications")
	PageView<Applications.Line> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(applications.mine(), page, size);
	}

	// ---- the agency

	@GetMapping("/service-items")
	PageView<ServiceItems.ServiceItemView> ownItems(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(items.ofMyAgency(), page, size);
	}

	@Operation(summary = "Add a service item to your agency's catalogue (AGENCY_HEAD; ADMIN for any agency)")
	@PostMapping("/service-items")
	ResponseEntity<ServiceItems.ServiceItemView> addItem(@Valid @RequestBody ServiceItems.ItemCommand command) {
		var item = items.create(command);
		return ResponseEntity.created(URI.create("/api/v1/service-items/" + item.id())).body(item);
	}

	@PutMapping("/service-items/{id}")
	ServiceItems.ServiceItemView changeItem(@PathVariable UUID id,
			@Valid @RequestBody ServiceItems.ItemCommand command) {
		return items.update(id, command);
	}

	@Operation(summary = "Your agency's applications: open ones, or of a status" + PageView.ONE_PAGE)
	@GetMapping("/applications")
	PageView<Applications.Line> queue(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(applications.queue(status), page, size);
	}

	@Operation(summary = "Enter an application for a walk-in party at the hall (officers)")
	@PostMapping(value = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Applications.Receipt> walkIn(@Valid @RequestBody ApplicationBody body,
			@RequestHeader(value = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		return created(applications.submit(body.submission(), decoded(body.attachments()), Applications.Intake.WALK_IN,
				key, request.getRemoteAddr()));
	}

	@GetMapping("/applications/{id}")
	Applications.ApplicationView application(@PathVariable UUID id) {
		return applications.get(id);
	}

	@Operation(summary = "Accept, ask for material, refuse (with reasons) or complete (with the outcome)")
	@PostMapping("/applications/{id}/decisions")
	Applications.ApplicationView decide(@PathVariable UUID id, @Valid @RequestBody DecisionBody body) {
		return applications.decide(id,
				new Applications.Decision(body.action(), body.note(), body.version(), body.handling()),
				decoded(body.documents()));
	}

	/** A decision, with the agency's documents for the applicant (base64). */
	record DecisionBody(@jakarta.validation.constraints.NotNull Applications.Action action,
			@Size(max = 4000) String note, Long version, @Valid org.shanzhi.portal.ApplicationRouting.Handling handling,
			@Size(max = 5) List<@Valid AttachmentBody> documents) {
	}

	record HearingRecord(@Size(max = 8000) String record) {
	}

	@Operation(summary = "Record a scheduled hearing once held")
	@PostMapping("/applications/{id}/hearing-record")
	Applications.ApplicationView hearingRecord(@PathVariable UUID id, @Valid @RequestBody HearingRecord body) {
		return applications.recordHearing(id, body.record());
	}

	@GetMapping("/applications/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return file(applications.attachment(id, attachmentId, null, null));
	}

	@Operation(summary = "Ratings per agency (S5)" + PageView.ONE_PAGE)
	@GetMapping("/service-ratings")
	PageView<Applications.RatingFigures> ratings(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(applications.ratingFigures(), page, size);
	}

	// ---- helpers

	private static ResponseEntity<Applications.Receipt> created(Applications.Receipt receipt) {
		return ResponseEntity.created(URI.create("/api/v1/public/applications/" + receipt.trackingNumber()))
			.body(receipt);
	}

	static List<Applications.Upload> decoded(List<@Valid AttachmentBody> attachments) {
		List<Applications.Upload> out = new ArrayList<>();
		if (attachments == null) {
			return out;
		}
		for (AttachmentBody a : attachments) {
			try {
				out.add(new Applications.Upload(a.filename(), a.contentType(),
						Base64.getDecoder().decode(a.data() == null ? "" : a.data())));
			}
			catch (IllegalArgumentException ex) {
				throw new FieldRejectedException("attachments", "base64");
			}
		}
		return out;
	}

	static List<Applications.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<Applications.Upload> out = new ArrayList<>();
		if (files == null) {
			return out;
		}
		for (MultipartFile f : files) {
			if (!f.isEmpty()) {
				out.add(new Applications.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
			}
		}
		return out;
	}

	static ResponseEntity<byte[]> file(Applications.Upload upload) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(upload.contentType()))
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename(upload.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(upload.content());
	}

}
