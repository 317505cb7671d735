package org.shanzhi.portal;

import io.swagger.v3.oas.annotations.media.Schema;

import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.directory.PartyView;
import org.shanzhi.directory.RegisterPartyCommand;
import org.shanzhi.security.AccountView;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.CreateAccountCommand;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Public accounts of the portal: a person signs up and in with a mobile phone and a
 * one-time code, an enterprise with its credit code and an authorised contact's phone and
 * code. Codes go through the notification outbox, are six digits, valid five minutes,
 * used once, five tries at most; a phone gets at most one a minute and five an hour, a
 * client twenty an hour. Whether a phone has an account is never told before its code is
 * checked. An existing party is linked to a new account only when the phone is the one on
 * its record; otherwise the hall verifies the applicant.
 */
@Service
@Validated
public class PublicAccounts {

	static final String MOBILE = "1[3-9][0-9]{9}";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OneTimeCodes codes;

	private final Accounts accounts;

	private final Parties parties;

	PublicAccounts(OneTimeCodes codes, Accounts accounts, Parties parties) {
		this.codes = codes;
		this.accounts = accounts;
		this.parties = parties;
	}

	/** Sends a one-time code to the phone, within the limits. */
	public void requestCode(String phone, String client) {
		codes.request(mobile(phone), client);
	}

	/** Checks and uses up the phone's latest code (see {@link OneTimeCodes#check}). */
	public void checkCode(String phone, String code) {
		codes.check(mobile(phone), code);
	}

	/**
	 * Signing in: a person by phone, an enterprise's contact by credit code and phone.
	 */
	public record SignIn(
			@Schema(description = "a mobile phone of mainland China, 11 digits",
					example = "13800138000") @NotBlank String phone,
			@NotBlank String code, @Size(max = 18) String creditCode) {
	}

	/**
	 * The account the code proves; 404 {@code public-account} when there is none yet
	 * (sign up first).
	 */
	@Transactional
	public AccountView signIn(@Valid SignIn command) {
		return verify(command.phone(), command.code(), command.creditCode())
			.orElseThrow(() -> org.shanzhi.shared.NotFoundException.forId("public-account", "?"));
	}

	/**
	 * Checks the phone's code (using it up) and finds the account it proves, if any: the
	 * pages then sign in, or let the phone's holder sign up without another code.
	 */
	@Transactional
	public java.util.Optional<AccountView> verify(String phone, String code, String creditCode) {
		checkCode(phone, code);
		return accounts.findByUsername(username(phone, creditCode));
	}

	/**
	 * Signing up: a person (name, resident ID number) or an enterprise (its name, credit
	 * code, category, and the contact's name), with the phone's code.
	 */
	@Schema(description = "A PERSON gives idNumber, an ENTERPRISE creditCode",
			example = "{\"kind\":\"PERSON\",\"phone\":\"13800138000\",\"code\":\"123456\",\"name\":\"张三\","
					+ "\"idNumber\":\"41990019900307123X\"}")
	public record SignUp(@NotNull PartyKind kind, @NotBlank String phone, String code,
			@NotBlank @Size(max = 100) String name, @Size(max = 18) String idNumber, @Size(max = 18) String creditCode,
			PartyCategory category, @Size(max = 100) String contactName, @Size(max = 200) String address) {
	}

	@Transactional
	public AccountView signUp(@Valid SignUp command) {
		return create(command, true);
	}

	/**
	 * Signs up the holder of a phone whose code the caller checked moments ago
	 * ({@link #verify}; the pages keep that in the holder's session for ten minutes).
	 */
	@Transactional
	public AccountView signUpVerified(@Valid SignUp command) {
		return create(command, false);
	}

	private AccountView create(SignUp command, boolean checkCode) {
		String phone = mobile(command.phone());
		boolean enterprise = command.kind() == PartyKind.ORGANIZATION;
		if (enterprise && (command.contactName() == null || command.contactName().isBlank())) {
			throw new FieldRejectedException("contactName", "required");
		}
		if (enterprise && command.category() == null) {
			throw new FieldRejectedException("category", "required");
		}
		RegisterPartyCommand party = new RegisterPartyCommand(command.kind(), command.name().strip(),
				enterprise ? null : command.idNumber(), enterprise ? command.creditCode() : null,
				enterprise ? command.category() : PartyCategory.RESIDENT, command.address(), phone);
		if (checkCode) {
			checkCode(phone, command.code());
		}
		String username = username(phone, enterprise ? command.creditCode() : null);
		if (accounts.findByUsername(username).isPresent()) {
			throw RuleViolationException.conflict("public-account-exists");
		}
		return Actors.runAs(Actor.SYSTEM, () -> {
			UUID partyId = parties.existing(party).map(id -> {
				PartyView known = parties.get(id);
				if (known.phone() == null || !known.phone().replaceAll("[^0-9]", "").endsWith(phone)) {
					throw RuleViolationException.rule("party-phone-mismatch");
				}
				return id;
			}).orElseGet(() -> parties.register(party).id());
			String display = enterprise ? command.contactName().strip() + "（" + command.name().strip() + "）"
					: command.name().strip();
			byte[] secret = new byte[24];
			RANDOM.nextBytes(secret);
			return accounts.create(new CreateAccountCommand(username, display,
					java.util.Base64.getUrlEncoder().encodeToString(secret), Set.of(Role.PUBLIC), null, null, partyId));
		});
	}

	/**
	 * The username of a person's ({@code p-phone}) or an enterprise contact's account.
	 */
	static String username(String phone, String creditCode) {
		String p = mobile(phone);
		return creditCode == null || creditCode.isBlank() ? "p-" + p
				: "e-" + creditCode.strip().toUpperCase(java.util.Locale.ROOT) + "-" + p;
	}

	static String mobile(String phone) {
		String p = phone == null ? "" : phone.replaceAll("[\\s-]", "");
		if (p.startsWith("+86")) {
			p = p.substring(3);
		}
		if (!p.matches(MOBILE)) {
			throw new FieldRejectedException("phone", "mobile");
		}
		return p;
	}

}
