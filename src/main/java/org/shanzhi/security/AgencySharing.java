package org.shanzhi.security;

import java.util.Set;
import java.util.UUID;

/**
 * Extension point for information sharing among agencies (J2): which agencies share their
 * records with the given one. The joint-enforcement module provides it from explicit
 * sharing rules.
 */
public interface AgencySharing {

	Set<UUID> agenciesSharingWith(UUID agencyId);

}
