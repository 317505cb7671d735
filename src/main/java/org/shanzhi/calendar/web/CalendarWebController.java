package org.shanzhi.calendar.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.calendar.DayKind;
import org.shanzhi.calendar.SetCalendarDayCommand;
import org.shanzhi.calendar.WorkingDays;
import org.shanzhi.shared.FormErrors;
import org.shanzhi.shared.NavigationEntry;
import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the official holiday calendar. */
@Controller
class CalendarWebController {

	private final WorkingDays workingDays;

	CalendarWebController(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	@GetMapping("/admin/calendar")
	String page(@RequestParam(required = false) Integer year, Model model) {
		int y = (year != null) ? year : Year.now(org.shanzhi.shared.PeopleTime.ZONE).getValue();
		if (!model.containsAttribute("day")) {
			model.addAttribute("day", new DayForm(null, DayKind.HOLIDAY, "", false));
		}
		return render(y, model);
	}

	@PostMapping("/admin/calendar")
	String set(@Valid @ModelAttribute("day") DayForm day, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var saved = FormErrors.attempt(errors,
				() -> workingDays.set(new SetCalendarDayCommand(day.date(), day.kind(), day.name(), day.statutory())));
		if (saved == null) {
			return render(day.date() != null ? day.date().getYear() : Year.now().getValue(), model);
		}
		redirect.addFlashAttribute("saved", saved.date());
		return "redirect:/admin/calendar?year=" + saved.date().getYear();
	}

	@PostMapping("/admin/calendar/{date}/delete")
	@SuccessNotice("notice.deleted")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		workingDays.remove(date);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	private String render(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("days", workingDays.year(year));
		model.addAttribute("kinds", DayKind.values());
		return "admin/calendar";
	}

	@Bean
	static NavigationEntry calendarNavigation() {
		return new NavigationEntry("nav.calendar", "/admin/calendar", 96, Set.of("ADMIN"), "nav.group.admin");
	}

	record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @NotNull DayKind kind,
			@NotBlank @Size(max = 40) String name, boolean statutory) {
	}

}
