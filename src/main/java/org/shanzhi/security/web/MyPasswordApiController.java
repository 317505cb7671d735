package org.shanzhi.security.web;

import jakarta.validation.Valid;

import org.shanzhi.security.Accounts;
import org.shanzhi.security.ChangePasswordCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's own password. */
@RestController
@Tag(name = "accounts")
class MyPasswordApiController {

	private final Accounts accounts;

	MyPasswordApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Change my password: the current one (422 password-current-wrong), the new one twice; "
			+ "the tokens issued before stop working, so sign in again")
	@PostMapping("/api/v1/me/password")
	ResponseEntity<Void> change(@Valid @RequestBody ChangePasswordCommand command) {
		accounts.changeOwnPassword(command);
		return ResponseEntity.noContent().build();
	}

}
