package org.shanzhi.mediation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shanzhi.mediation.MediationCaseView;
import org.shanzhi.mediation.MediationStatus;
import org.shanzhi.security.AgencyScope;
import org.shanzhi.shared.ListQuery;
import org.shanzhi.shared.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query behind a list of mediation cases (the facade checks who reads): within the
 * reader's agencies (or a party's own cases), of a party, a status, the overdue ones, a
 * search text matching the number or naming one of the parties the directory found for
 * it, newest first or by number.
 */
@Component
public class MediationCaseListing {

	private final JdbcClient jdbc;

	private final MediationCaseRepository cases;

	MediationCaseListing(JdbcClient jdbc, MediationCaseRepository cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	public PageView<MediationCaseView> page(AgencyScope scope, boolean ownOnly, UUID partyId, MediationStatus status,
			boolean overdue, String search, Collection<UUID> partiesNamed, LocalDate today, String sort,
			boolean ascending, PageRequest paging) {
		String text = search == null || search.isBlank() ? null : search.strip();
		String where = (ownOnly ? "true" : "(:all or agency_id in (:agencies) or respondent_agency_id in (:agencies))")
				+ (partyId == null ? "" : " and parties @> cast(:party as jsonb)")
				+ (status == null ? "" : " and status = :status")
				+ (overdue ? " and ((status = 'AWAITING_ACCEPTANCE' and acceptance_due < :today)"
						+ " or (status in ('ACCEPTED', 'IN_SESSION') and conclusion_due < :today))" : "")
				+ (text == null ? "" : " and (number ilike :text escape '\\'"
						+ (partiesNamed.isEmpty() ? "" : " or exists (select 1 from jsonb_array_elements(parties) p"
								+ " where p->>'partyId' in (:named))")
						+ ")");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("all", scope.all());
		params.put("agencies", scope.idsForQuery());
		if (partyId != null) {
			params.put("party", "[{\"partyId\":\"" + partyId + "\"}]");
		}
		if (status != null) {
			params.put("status", status.name());
		}
		if (overdue) {
			params.put("today", today);
		}
		if (text != null) {
			params.put("text", new ListQuery(text, null, true, 0).likePattern());
			if (!partiesNamed.isEmpty()) {
				params.put("named", partiesNamed.stream().map(UUID::toString).toList());
			}
		}
		long total = jdbc.sql("select count(*) from mediation.mediation_case where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", paging.getPageSize());
		params.put("offset", paging.getOffset());
		String direction = ascending ? " asc" : " desc";
		String order = sort == null ? "created_at desc" : switch (sort) {
			case "number" -> "number" + direction;
			default -> "created_at" + direction;
		};
		List<UUID> ids = jdbc
			.sql("select id from mediation.mediation_case where " + where + " order by " + order
					+ ", id limit :limit offset :offset")
			.params(params)
			.query(UUID.class)
			.list();
		Map<UUID, MediationCaseView> byId = new HashMap<>();
		cases.findAllById(ids).forEach(c -> byId.put(c.id(), c.view()));
		return new PageView<>(ids.stream().map(byId::get).toList(), paging.getPageNumber(), paging.getPageSize(),
				total);
	}

}
