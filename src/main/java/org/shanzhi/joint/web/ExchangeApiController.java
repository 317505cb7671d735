package org.shanzhi.joint.web;

import jakarta.validation.Valid;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shanzhi.joint.Exchange;
import org.shanzhi.shared.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchange with other departments' systems (J2): administrators register clients; a
 * client posts signed findings for its agency ({@code docs/exchange.md}).
 */
@RestController
@Tag(name = "joint")
class ExchangeApiController {

	private final Exchange exchange;

	ExchangeApiController(Exchange exchange) {
		this.exchange = exchange;
	}

	record Registration(String name, UUID agencyId) {
	}

	@Operation(summary = "Register another department's system for one agency; the secret is shown only now")
	@PostMapping("/api/v1/exchange-clients")
	ResponseEntity<Exchange.ClientView> register(@Valid @RequestBody Registration body) {
		var client = exchange.register(body.name(), body.agencyId());
		return ResponseEntity.created(URI.create("/api/v1/exchange-clients/" + client.id())).body(client);
	}

	@GetMapping("/api/v1/exchange-clients")
	PageView<Exchange.ClientView> clients(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageView.slice(exchange.clients(), page, size);
	}

	@DeleteMapping("/api/v1/exchange-clients/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		exchange.revoke(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Another department's system posts a finding for its agency, signed (HMAC-SHA256)")
	@PostMapping(value = "/api/v1/exchange/findings", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Exchange.Received> receive(@RequestHeader(name = "X-Shanzhi-Client", required = false) String client,
			@RequestHeader(name = "X-Shanzhi-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Shanzhi-Signature", required = false) String signature, @RequestBody byte[] body) {
		Exchange.Received received = exchange.receive(client, timestamp, signature, body);
		return ResponseEntity.status(received.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(received);
	}

}
