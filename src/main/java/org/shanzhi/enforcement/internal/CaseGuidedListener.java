package org.shanzhi.enforcement.internal;

import org.shanzhi.enforcement.CaseGuided;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps on each case the day of its first act of guidance ({@link CaseGuided}), inside
 * the issuing transaction: the act and the case's day are written together or not at all.
 * An earlier day replaces a later one (an act imported after the fact), never the
 * reverse.
 */
@Component
class CaseGuidedListener {

	private final JdbcClient jdbc;

	CaseGuidedListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseGuided guided) {
		jdbc.sql("""
				update enforcement.enforcement_case set first_guided_on = :day
				where id = :id and (first_guided_on is null or first_guided_on > :day)
				""").param("id", guided.caseId()).param("day", guided.issuedOn()).update();
	}

}
