/**
 * Accounts, sign-in (form and bearer token), lockout, roles, the current actor and the
 * agency scope every query is filtered by; protection of personal data at rest (SM4,
 * blind index).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.shanzhi.security;
