package org.shanzhi.mediation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationCases;
import org.shanzhi.mediation.MediationCommands;
import org.shanzhi.mediation.MediationDocuments;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Online mediation for the parties (M8): a citizen or enterprise signed in follows its
 * cases, reads and downloads their documents, consents (or refuses) and signs the
 * proposed agreement itself; each answer is recorded with its time, address and method.
 */
@Controller
@RequestMapping("/my/mediation")
class OnlineMediationWebController {

	private final MediationCases cases;

	private final MediationDocuments documents;

	private final MediationWebController pages;

	private final Actors actors;

	OnlineMediationWebController(MediationCases cases, MediationDocuments documents, MediationWebController pages,
			Actors actors) {
		this.cases = cases;
		this.documents = documents;
		this.pages = pages;
		this.actors = actors;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		me();
		model.addAttribute("result", cases.search(null, null, false, Math.max(page, 0), 20));
		return "mediation/mine";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Actor me = me();
		MediationCaseView c = cases.get(id);
		model.addAttribute("kase", c);
		model.addAttribute("names", pages.names(c));
		model.addAttribute("online", true);
		model.addAttribute("myself",
				c.parties().stream().filter(p -> p.partyId().equals(me.partyId())).findFirst().orElseThrow());
		return "mediation/online";
	}

	@PostMapping("/{id}/consent")
	String consent(@PathVariable UUID id, @RequestParam boolean consented, HttpServletRequest request, Model model) {
		Actor me = me();
		return act(id, model, () -> cases.consent(id, new MediationCommands.Consent(me.partyId(), consented),
				request.getRemoteAddr()));
	}

	@PostMapping("/{id}/signature")
	String sign(@PathVariable UUID id, HttpServletRequest request, Model model) {
		me();
		return act(id, model, () -> cases.sign(id, new MediationCommands.Signing(null), request.getRemoteAddr()));
	}

	@GetMapping("/{id}/documents/{kind}.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind) {
		me();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("mediation-" + kind + ".pdf").build().toString())
			.body(documents.pdf(id, kind));
	}

	private Actor me() {
		Actor me = actors.current();
		if (!me.isPublic() || me.partyId() == null) {
			throw new AccessDeniedException("the parties' own pages");
		}
		return me;
	}

	private String act(UUID id, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/my/mediation/" + id;
		}
		catch (RuntimeException ex) {
			MediationWebController.refusal(ex, model);
			return show(id, model);
		}
	}

	@Bean
	static NavigationEntry onlineMediationNavigation() {
		return new NavigationEntry("nav.myMediation", "/my/mediation", 36, java.util.Set.of("PUBLIC"));
	}

}
