package org.shanzhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The guidance an agency gave a party before a case (Luohe art. 15): shown and counted in
 * the 案件调查终结报告. The guidance module, which knows its acts, provides it.
 */
public interface GuidanceGiven {

	/**
	 * The agency's guidance acts to the party issued on or before the day, newest first.
	 */
	List<ProcedureRecords.PriorGuidance> before(UUID agencyId, UUID partyId, LocalDate until);

}
