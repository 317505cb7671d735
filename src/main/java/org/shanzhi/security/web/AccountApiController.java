package org.shanzhi.security.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	PageView<AccountView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(accounts.all(), page, size);
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
