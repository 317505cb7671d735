package org.shanzhi.supervision.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Schema;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shanzhi.shared.PageView;
import org.shanzhi.supervision.Courses;
import org.shanzhi.supervision.DemonstrationUnits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Demonstration units (S4) and training courses (S1) through the API. */
@RestController
@Tag(name = "supervision")
class UnitsAndCoursesApiController {

	private final DemonstrationUnits units;

	private final Courses courses;

	UnitsAndCoursesApiController(DemonstrationUnits units, Courses courses) {
		this.units = units;
		this.courses = courses;
	}

	@Schema(description = "validUntil after validFrom",
			example = "{\"agencyId\":\"00000000-0000-4000-8000-000000000000\",\"validFrom\":\"2027-01-01\","
					+ "\"validUntil\":\"2029-12-31\",\"reason\":\"包容审慎监管成效突出\"}")
	record Designation(UUID agencyId, LocalDate validFrom, LocalDate validUntil, String reason) {
	}

	@Operation(summary = "Designate a demonstration unit for a period (SUPERVISOR)")
	@PostMapping("/api/v1/demonstration-units")
	ResponseEntity<DemonstrationUnits.UnitView> designate(@Valid @RequestBody Designation body) {
		var unit = units.designate(body.agencyId(), body.validFrom(), body.validUntil(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/demonstration-units/" + unit.id())).body(unit);
	}

	@GetMapping("/api/v1/demonstration-units")
	PageView<DemonstrationUnits.UnitView> units(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(units.units(), page, size);
	}

	record Review(Map<String, Boolean> criteria, String note) {
	}

	@Operation(summary = "Review a unit against the criteria; a failed review revokes it")
	@PostMapping("/api/v1/demonstration-units/{id}/reviews")
	DemonstrationUnits.UnitView review(@PathVariable UUID id, @Valid @RequestBody Review body) {
		return units.review(id, body.criteria(), body.note());
	}

	record Revocation(String reason, long version) {
	}

	@PostMapping("/api/v1/demonstration-units/{id}/revocation")
	DemonstrationUnits.UnitView revoke(@PathVariable UUID id, @Valid @RequestBody Revocation body) {
		return units.revoke(id, body.reason(), body.version());
	}

	record Recommendation(String reasons) {
	}

	@Operation(summary = "Recommend a unit to the province with the reasons")
	@PostMapping("/api/v1/demonstration-units/{id}/recommendation")
	DemonstrationUnits.UnitView recommend(@PathVariable UUID id, @Valid @RequestBody Recommendation body) {
		return units.recommend(id, body.reasons());
	}

	@GetMapping("/api/v1/demonstration-units/recommendations")
	PageView<DemonstrationUnits.UnitView> recommendations(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(units.recommendations(), page, size);
	}

	record Pairing(UUID agencyId, String plan) {
	}

	@Operation(summary = "Pair a unit with a weaker agency (结对帮扶) by a plan")
	@PostMapping("/api/v1/demonstration-units/{id}/pairings")
	DemonstrationUnits.PairingView pair(@PathVariable UUID id, @Valid @RequestBody Pairing body) {
		return units.pair(id, body.agencyId(), body.plan());
	}

	@GetMapping("/api/v1/demonstration-units/{id}/pairings")
	PageView<DemonstrationUnits.PairingView> pairings(@PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageView.slice(units.pairings(id), page, size);
	}

	record Progress(String text) {
	}

	@PostMapping("/api/v1/pairings/{id}/progress")
	DemonstrationUnits.PairingView progress(@PathVariable UUID id, @Valid @RequestBody Progress body) {
		return units.progress(id, body.text());
	}

	record Course(String title, String topic, Courses.Format format, LocalDate heldOn) {
	}

	@Operation(summary = "Set a training course: city-wide (SUPERVISOR) or the agency's own (AGENCY_HEAD)")
	@PostMapping("/api/v1/courses")
	ResponseEntity<Courses.CourseView> course(@Valid @RequestBody Course body) {
		var course = courses.create(body.title(), body.topic(), body.format(), body.heldOn());
		return ResponseEntity.created(URI.create("/api/v1/courses/" + course.id())).body(course);
	}

	@GetMapping("/api/v1/courses")
	PageView<Courses.CourseView> courses(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(courses.list(), page, size);
	}

	record Attendance(UUID agencyId, Set<UUID> attended) {
	}

	@Operation(summary = "Record who of the agency's officers attended a course")
	@PutMapping("/api/v1/courses/{id}/attendance")
	List<Courses.Attendee> attendance(@PathVariable UUID id, @Valid @RequestBody Attendance body) {
		return courses.attendance(id, body.agencyId(), body.attended());
	}

	@GetMapping("/api/v1/courses/mine")
	PageView<Courses.AttendanceLine> mine(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(courses.mine(), page, size);
	}

}
