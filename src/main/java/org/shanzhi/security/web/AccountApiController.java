package org.shanzhi.security.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shanzhi.security.AccountStatus;
import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.ResetPasswordCommand;
import org.shanzhi.security.Role;
import org.shanzhi.security.UpdateAccountCommand;
import org.shanzhi.shared.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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

	@Operation(
			summary = "Accounts whose username or name contains q, or whose agency's name does; of a role, in a status"
					+ PageView.ONE_PAGE)
	@GetMapping
	PageView<AccountView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return accounts.search(q, role, status, page, size);
	}

	@GetMapping("/{id}")
	AccountView get(@PathVariable UUID id) {
		return accounts.get(id);
	}

	@Operation(summary = "Open an account with an initial password, which its holder must change at the first sign-in")
	@PostMapping
	ResponseEntity<AccountView> create(@Valid @RequestBody CreateAccountCommand command) {
		AccountView created = accounts.register(command);
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@Operation(summary = "Change the name, roles, agency and officer record (409 on a stale version; "
			+ "422 account-last-admin for the last enabled administrator's role)")
	@PutMapping("/{id}")
	AccountView update(@PathVariable UUID id, @Valid @RequestBody UpdateAccountCommand command) {
		return accounts.update(id, command);
	}

	@Operation(summary = "Disable: no sign-in, its tokens and sessions stop (422 account-last-admin)")
	@PostMapping("/{id}/disable")
	AccountView disable(@PathVariable UUID id) {
		return accounts.disable(id);
	}

	@PostMapping("/{id}/enable")
	AccountView enable(@PathVariable UUID id) {
		return accounts.enable(id);
	}

	@PostMapping("/{id}/unlock")
	AccountView unlock(@PathVariable UUID id) {
		return accounts.unlock(id);
	}

	@Operation(summary = "Set a new initial password, which the holder must change at the next sign-in; "
			+ "lifts the lock and revokes the account's tokens")
	@PostMapping("/{id}/password-reset")
	AccountView resetPassword(@PathVariable UUID id, @Valid @RequestBody ResetPasswordCommand command) {
		return accounts.resetPassword(id, command);
	}

}
