package org.shanzhi.portal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.portal.Applications;
import org.shanzhi.portal.PublicAccounts;
import org.shanzhi.portal.ServiceItemType;
import org.shanzhi.portal.ServiceItems;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.PasswordlessSignIn;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RateLimitedException;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public portal's pages (P1): the service items, an item's page with its application
 * form (pre-filled for a signed-in party; files attached; a key per form so a double
 * click or a reload submits once), the receipt, tracking by number and phone with the
 * supplement and rating forms, signing in by a one-time code (and signing up on first
 * use), the signed-in party's applications, and the kiosk mode of self-service terminals
 * (large touch targets, reset after two minutes without a touch).
 */
@Controller
class PortalWebController {

	static final String VERIFIED_PHONE = "portal.verifiedPhone";

	static final String KIOSK = "portal.kiosk";

	private final ServiceItems items;

	private final Applications applications;

	private final PublicAccounts accounts;

	private final PasswordlessSignIn signIn;

	private final Actors actors;

	PortalWebController(ServiceItems items, Applications applications, PublicAccounts accounts,
			PasswordlessSignIn signIn, Actors actors) {
		this.items = items;
		this.applications = applications;
		this.accounts = accounts;
		this.signIn = signIn;
		this.actors = actors;
	}

	@ModelAttribute("kiosk")
	boolean kiosk(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(KIOSK));
	}

	/**
	 * The citizen or enterprise signed in, if any (the model's {@code signedIn} comes
	 * from the navigation).
	 */
	private Actor signedIn() {
		return actors.currentIfAny().filter(Actor::isPublic).orElse(null);
	}

	@GetMapping("/public/portal")
	String home(Model model) {
		Map<String, List<ServiceItems.ServiceItemView>> byAgency = new LinkedHashMap<>();
		items.published(null).forEach(i -> byAgency.computeIfAbsent(i.agencyName(), k -> new ArrayList<>()).add(i));
		model.addAttribute("byAgency", byAgency);
		return "portal/home";
	}

	@GetMapping("/public/portal/kiosk")
	String kioskMode(HttpServletRequest request) {
		request.getSession(true).setAttribute(KIOSK, true);
		return "redirect:/public/portal";
	}

	/** A kiosk left alone: sign out whoever used it, keep the kiosk mode. */
	@PostMapping("/public/portal/kiosk/reset")
	@SuccessNotice(SuccessNotice.NONE)
	String kioskReset(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		request.getSession(true).setAttribute(KIOSK, true);
		return "redirect:/public/portal";
	}

	@GetMapping("/public/portal/items/{code}")
	String item(@PathVariable String code, Model model) {
		ServiceItems.ServiceItemView item = items.byCode(code);
		model.addAttribute("item", item);
		model.addAttribute("formKey", UUID.randomUUID().toString());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		model.addAttribute("myFiles", signedIn() == null ? List.of() : applications.myFiles());
		return "portal/item";
	}

	@PostMapping("/public/portal/items/{code}")
	String apply(@PathVariable String code, @RequestParam Map<String, String> form,
			@RequestParam(value = "files", required = false) List<MultipartFile> files,
			@RequestParam(value = "reuse", required = false) List<UUID> reuse, HttpServletRequest request, Model model)
			throws IOException {
		Actor actor = signedIn();
		Map<String, String> details = details(form);
		Applications.Applicant applicant = actor != null ? null : new Applications.Applicant(form.get("name"),
				form.get("phone"), blankToNull(form.get("idNumber")), blankToNull(form.get("creditCode")));
		try {
			Applications.Receipt receipt = applications.submit(
					new Applications.Submission(code, applicant, form.getOrDefault("content", ""), details),
					PortalApiController.uploads(files), reuse == null ? List.of() : reuse,
					kiosk(request) ? Applications.Intake.KIOSK : Applications.Intake.WEB, form.get("formKey"),
					request.getRemoteAddr());
			model.addAttribute("receipt", receipt);
			model.addAttribute("item", items.byCode(code));
			return "portal/receipt";
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
			if (ex instanceof org.shanzhi.shared.FieldRejectedException f) {
				// shown beside its field too
				model.addAttribute("refusedField", f.field());
			}
		}
		model.addAttribute("form", form);
		return item(code, model);
	}

	/** The tracking form, the number filled in when the receipt links to it. */
	@GetMapping("/public/portal/track")
	String trackForm(@RequestParam(required = false) String trackingNumber, Model model) {
		if (trackingNumber != null && trackingNumber.matches("[A-Za-z0-9-]{1,16}")) {
			model.addAttribute("trackingNumber", trackingNumber);
		}
		return "portal/track";
	}

	@PostMapping("/public/portal/track")
	String track(@RequestParam(required = false) String trackingNumber, @RequestParam(required = false) String phone,
			Model model) {
		try {
			model.addAttribute("tracking", applications.track(trackingNumber, phone));
			model.addAttribute("phone", phone);
		}
		catch (NotFoundException ex) {
			model.addAttribute("notFound", true);
		}
		model.addAttribute("trackingNumber", trackingNumber);
		return "portal/track";
	}

	@PostMapping("/public/portal/track/rating")
	String rate(@RequestParam String trackingNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) Integer stars, @RequestParam(required = false) String comment,
			Model model) {
		boolean mine = signedIn() != null && (phone == null || phone.isBlank());
		try {
			applications.rate(trackingNumber, mine ? null : phone, new Applications.Rating(stars, comment));
			model.addAttribute("rated", true);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
		}
		return mine ? myApplication(trackingNumber, model) : track(trackingNumber, phone, model);
	}

	@PostMapping("/public/portal/track/supplement")
	String supplement(@RequestParam String trackingNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String note,
			@RequestParam(value = "files", required = false) List<MultipartFile> files, Model model)
			throws IOException {
		boolean mine = signedIn() != null && (phone == null || phone.isBlank());
		try {
			applications.supplement(trackingNumber, mine ? null : phone, note, PortalApiController.uploads(files));
			model.addAttribute("supplemented", true);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
		}
		return mine ? myApplication(trackingNumber, model) : track(trackingNumber, phone, model);
	}

	/** A document of the applicant's application, asked for with the number and phone. */
	@PostMapping("/public/portal/track/attachment")
	org.springframework.http.ResponseEntity<byte[]> attachment(@RequestParam String trackingNumber,
			@RequestParam String phone, @RequestParam UUID attachmentId) {
		return PortalApiController.file(applications.attachment(null, attachmentId, trackingNumber, phone));
	}

	@GetMapping("/my/applications/{trackingNumber}/attachments/{attachmentId}")
	org.springframework.http.ResponseEntity<byte[]> myAttachment(@PathVariable String trackingNumber,
			@PathVariable UUID attachmentId) {
		return PortalApiController.file(applications.attachment(null, attachmentId, trackingNumber, null));
	}

	// ---- signing in

	@GetMapping("/public/portal/sign-in")
	String signInForm() {
		return "portal/sign-in";
	}

	@PostMapping("/public/portal/sign-in/code")
	String sendCode(@RequestParam(required = false) String phone, @RequestParam(required = false) String creditCode,
			HttpServletRequest request, Model model) {
		model.addAttribute("phone", phone);
		model.addAttribute("creditCode", blankToNull(creditCode));
		try {
			accounts.requestCode(phone, request.getRemoteAddr());
			model.addAttribute("codeSent", true);
		}
		catch (RateLimitedException ex) {
			model.addAttribute("refusal", ex.getDetailMessageCode());
			model.addAttribute("codeSent", true);
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
		}
		return "portal/sign-in";
	}

	@PostMapping("/public/portal/sign-in")
	@SuccessNotice(SuccessNotice.NONE)
	String checkCode(@RequestParam(required = false) String phone, @RequestParam(required = false) String code,
			@RequestParam(required = false) String creditCode, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("phone", phone);
		model.addAttribute("creditCode", blankToNull(creditCode));
		model.addAttribute("codeSent", true);
		try {
			var account = accounts.verify(phone, code, blankToNull(creditCode));
			if (account.isPresent()) {
				signIn.session(account.get().username(), request, response);
				return "redirect:/my";
			}
			request.getSession(true)
				.setAttribute(VERIFIED_PHONE, new Verified(phone, blankToNull(creditCode), Instant.now()));
			model.addAttribute("categories", PartyCategory.values());
			return "portal/sign-up";
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
			return "portal/sign-in";
		}
	}

	/** A phone whose code was checked in this session, for ten minutes. */
	record Verified(String phone, String creditCode, Instant at) implements java.io.Serializable {

		boolean fresh() {
			return at.isAfter(Instant.now().minusSeconds(600));
		}

	}

	@PostMapping("/public/portal/sign-up")
	@SuccessNotice("notice.signedUp")
	String signUp(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
			Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		Verified verified = session == null ? null : (Verified) session.getAttribute(VERIFIED_PHONE);
		if (verified == null || !verified.fresh()) {
			// not saved: the sign-in page says why instead of a success notice
			redirect.addFlashAttribute("refusal", "portal.verificationExpired");
			redirect.addFlashAttribute("refusalArgs", new Object[0]);
			return "redirect:/public/portal/sign-in";
		}
		boolean enterprise = verified.creditCode() != null;
		try {
			var account = accounts.signUpVerified(
					new PublicAccounts.SignUp(enterprise ? PartyKind.ORGANIZATION : PartyKind.PERSON, verified.phone(),
							null, form.get("name"), enterprise ? null : form.get("idNumber"), verified.creditCode(),
							enterprise && form.get("category") != null && !form.get("category").isBlank()
									? PartyCategory.valueOf(form.get("category")) : null,
							blankToNull(form.get("contactName")), blankToNull(form.get("address"))));
			session.removeAttribute(VERIFIED_PHONE);
			signIn.session(account.username(), request, response);
			return "redirect:/my";
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "portal.incomplete");
			model.addAttribute("phone", verified.phone());
			model.addAttribute("creditCode", verified.creditCode());
			model.addAttribute("categories", PartyCategory.values());
			model.addAttribute("form", form);
			return "portal/sign-up";
		}
	}

	// ---- the signed-in party

	@GetMapping("/my/applications")
	String mine(Model model) {
		model.addAttribute("applications", applications.mine());
		return "portal/mine";
	}

	@GetMapping("/my/applications/{trackingNumber}")
	String myApplication(@PathVariable String trackingNumber, Model model) {
		model.addAttribute("tracking", applications.trackMine(trackingNumber));
		model.addAttribute("mine", true);
		return "portal/track";
	}

	@Bean
	static NavigationEntry myApplicationsNavigation() {
		return new NavigationEntry("nav.myApplications", "/my/applications", 36, java.util.Set.of("PUBLIC"));
	}

	@Bean
	static NavigationEntry portalNavigation() {
		return new NavigationEntry("nav.portal", "/public/portal", 35, java.util.Set.of("PUBLIC"));
	}

	/**
	 * The details a form carries for its type: the respondent, whom a complaint is about,
	 * the decision's number.
	 */
	static Map<String, String> details(Map<String, String> form) {
		Map<String, String> details = new LinkedHashMap<>();
		for (String key : List.of("respondent", "complainedOf", "caseNumber")) {
			if (form.get(key) != null && !form.get(key).isBlank()) {
				details.put(key, form.get(key));
			}
		}
		return details;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The types whose form asks for the other side of a dispute. */
	static boolean needsRespondent(ServiceItemType type) {
		return type == ServiceItemType.MEDIATION_APPLICATION;
	}

}
