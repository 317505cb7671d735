package org.shanzhi.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shanzhi.directory.Agencies;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.supervision.Courses;
import org.shanzhi.supervision.Exams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The training courses' page (S1): the courses an officer may attend (the city's and the
 * agency's) and the officer's training record — courses attended and exam papers; the
 * head — or the office — adds a course (topic, day, format: study, exam, on-site
 * observation) and the head ticks the agency's officers who attended.
 */
@Controller
@RequestMapping("/supervision/courses")
class CourseWebController {

	private final Courses courses;

	private final Agencies agencies;

	private final Actors actors;

	private final Exams exams;

	CourseWebController(Courses courses, Agencies agencies, Actors actors, Exams exams) {
		this.exams = exams;
		this.courses = courses;
		this.agencies = agencies;
		this.actors = actors;
	}

	@GetMapping
	String list(Model model) {
		Actor me = actors.current();
		List<Courses.CourseView> all = courses.list();
		model.addAttribute("courses", all);
		model.addAttribute("agencyNames", agencies.names());
		model.addAttribute("formats", Courses.Format.values());
		model.addAttribute("today", LocalDate.now(SupervisionWebController.ZONE));
		if (me.has(Role.AGENCY_HEAD) && me.agencyId() != null) {
			model.addAttribute("registers", courses.registers());
		}
		if (me.hasAny(Role.OFFICER, Role.AGENCY_HEAD)) {
			model.addAttribute("mine", courses.mine());
			model.addAttribute("papers", exams.mine());
		}
		return "supervision/courses";
	}

	@PostMapping
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String topic,
			@RequestParam(required = false) Courses.Format format, @RequestParam(required = false) LocalDate heldOn,
			Model model) {
		return step(model, () -> courses.create(title, topic, format, heldOn));
	}

	@PostMapping("/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam(name = "attended", required = false) Set<UUID> attended,
			Model model) {
		return step(model, () -> courses.attendance(id, null, attended == null ? Set.of() : attended));
	}

	private String step(Model model, java.util.function.Supplier<?> work) {
		try {
			work.get();
		}
		catch (RuntimeException ex) {
			FormErrors.refusal(ex, model, "supervision.incomplete");
			return list(model);
		}
		return "redirect:/supervision/courses";
	}

}
