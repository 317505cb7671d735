package org.shanzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoRecordHasItsEntryAndTheChainVerifies() throws Exception {
		long parties = jdbc.sql("select count(*) from directory.party").query(Long.class).single();
		long registered = jdbc
			.sql("select count(*) from audit.entry where subject_type = 'PARTY' and action = 'REGISTERED'")
			.query(Long.class)
			.single();
		assertThat(registered).isEqualTo(parties);
		mvc.perform(post("/api/v1/audit/verify").header("Authorization", bearer("demo-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.checked").isNumber());
	}

	@Test
	void theTableRefusesUpdatesAndDeletes() {
		assertThatThrownBy(() -> jdbc.sql("update audit.entry set actor = 'mallory' where seq = 1").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where seq = 1").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void reportsTheFirstBrokenLinkWhenARowIsEditedBehindTheTriggersBack() throws Exception {
		long seq = 5;
		String original = jdbc.sql("select after_state from audit.entry where seq = :seq")
			.param("seq", seq)
			.query(String.class)
			.single();
		jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
		try {
			jdbc.sql("update audit.entry set after_state = '{\"name\":\"forged\"}' where seq = :seq")
				.param("seq", seq)
				.update();
			mvc.perform(post("/api/v1/audit/verify").header("Authorization", bearer("demo-admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(seq))
				.andExpect(jsonPath("$.reason").value("altered"))
				.andExpect(jsonPath("$.checked").value(seq - 1));
		}
		finally {
			jdbc.sql("update audit.entry set after_state = :v where seq = :seq")
				.param("v", original)
				.param("seq", seq)
				.update();
			jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
		}
		mvc.perform(post("/api/v1/audit/verify").header("Authorization", bearer("demo-admin")))
			.andExpect(jsonPath("$.intact").value(true));
	}

	@Test
	void reportsADeletedRowAsAGap() throws Exception {
		long seq = 7;
		var row = jdbc.sql("select * from audit.entry where seq = :seq").param("seq", seq).query().singleRow();
		jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
		try {
			jdbc.sql("delete from audit.entry where seq = :seq").param("seq", seq).update();
			mvc.perform(post("/api/v1/audit/verify").header("Authorization", bearer("demo-admin")))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(seq))
				.andExpect(jsonPath("$.reason").value("missing"));
		}
		finally {
			jdbc.sql(
					"""
							insert into audit.entry (seq, id, occurred_at, actor, actor_agency_id, subject_type, subject_id, agency_id,
							                         action, before_state, after_state, prev_hash, hash)
							values (:seq, :id, :occurred_at, :actor, :actor_agency_id, :subject_type, :subject_id, :agency_id,
							        :action, :before_state, :after_state, :prev_hash, :hash)
							""")
				.params(row)
				.update();
			jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
		}
		mvc.perform(post("/api/v1/audit/verify").header("Authorization", bearer("demo-admin")))
			.andExpect(jsonPath("$.intact").value(true));
	}

}
