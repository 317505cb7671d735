package org.shanzhi.directory.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyView;
import org.shanzhi.directory.OfficerView;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyExchange;
import org.shanzhi.directory.PartyImportReport;
import org.shanzhi.directory.PartyView;
import org.shanzhi.directory.RegisterAgencyCommand;
import org.shanzhi.directory.RegisterOfficerCommand;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.directory.UpdatePartyCommand;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** JSON API of the directory (API.md, "Directory"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "directory")
class DirectoryApiController {

	private final Agencies agencies;

	private final Parties parties;

	private final PartyExchange exchange;

	DirectoryApiController(Agencies agencies, Parties parties, PartyExchange exchange) {
		this.agencies = agencies;
		this.parties = parties;
		this.exchange = exchange;
	}

	@GetMapping("/agencies")
	PageView<AgencyView> agencies(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(agencies.all(), page, size);
	}

	@Operation(summary = "Register an agency (ADMIN)")
	@PostMapping("/agencies")
	ResponseEntity<AgencyView> registerAgency(@Valid @RequestBody RegisterAgencyCommand command) {
		AgencyView agency = agencies.register(command);
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.id())).body(agency);
	}

	@Operation(summary = "Register an officer of an agency (ADMIN)")
	@PostMapping("/officers")
	ResponseEntity<OfficerView> registerOfficer(@Valid @RequestBody RegisterOfficerCommand command) {
		OfficerView officer = agencies.registerOfficer(command);
		return ResponseEntity.created(URI.create("/api/v1/officers/" + officer.id())).body(officer);
	}

	@GetMapping("/agencies/{id}")
	AgencyView agency(@PathVariable UUID id) {
		return agencies.get(id);
	}

	@GetMapping("/agencies/{id}/officers")
	PageView<OfficerView> officersOf(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(agencies.officersOf(id), page, size);
	}

	@Operation(summary = "An officer; 404 when the officer belongs to an agency the caller may not see")
	@GetMapping("/officers/{id}")
	OfficerView officer(@PathVariable UUID id) {
		return agencies.officer(id);
	}

	@PostMapping("/parties")
	ResponseEntity<PartyView> register(@Valid @RequestBody RegisterPartyCommand command) {
		PartyView party = parties.register(command);
		return ResponseEntity.created(URI.create("/api/v1/parties/" + party.id())).body(party);
	}

	@GetMapping("/parties")
	PageView<PartyView> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return parties.search(q, page, size);
	}

	@GetMapping("/parties/{id}")
	PartyView party(@PathVariable UUID id) {
		return parties.get(id);
	}

	@PutMapping("/parties/{id}")
	PartyView update(@PathVariable UUID id, @Valid @RequestBody UpdatePartyCommand command) {
		return parties.update(id, command);
	}

	@Operation(summary = "The unmasked resident ID number of a person (logged in the audit trail)")
	@GetMapping("/parties/{id}/identity")
	Map<String, String> identity(@PathVariable UUID id) {
		return Map.of("idNumber", parties.revealIdNumber(id));
	}

	@Operation(summary = "Import parties from an xlsx file; answers a per-row report of refused rows")
	@PostMapping(path = "/parties/import", consumes = "multipart/form-data")
	PartyImportReport importParties(@RequestPart("file") MultipartFile file) throws IOException {
		try (var in = file.getInputStream()) {
			return exchange.importXlsx(in);
		}
	}

	@GetMapping("/parties/export.xlsx")
	void export(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"parties.xlsx\"");
		exchange.exportXlsx(q, response.getOutputStream());
	}

}
