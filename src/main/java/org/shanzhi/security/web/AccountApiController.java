package org.shanzhi.security.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.CreateAccountCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Account administration (ADMIN only). */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	Map<String, Object> list() {
		List<AccountView> all = accounts.all();
		return Map.of("items", all, "page", 0, "size", all.size(), "total", all.size());
	}

	@PostMapping
	ResponseEntity<AccountView> create(@Valid @RequestBody CreateAccountCommand command) {
		AccountView created = accounts.create(command);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@PostMapping("/{id}/unlock")
	AccountView unlock(@PathVariable UUID id) {
		return accounts.unlock(id);
	}

}
