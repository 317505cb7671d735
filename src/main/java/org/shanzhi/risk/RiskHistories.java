package org.shanzhi.risk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.Role;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.NotFoundException;
import org.shanzhi.shared.RowsRejectedException;
import org.shanzhi.shared.RowsRejectedException.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legacy inspection histories imported from CSV (R6), so an agency can backtest the model
 * and fit its weights on its own past before the platform has a history: one row per
 * inspection — {@code party_id, date, result, violation_codes} and, optionally,
 * {@code occurred_on} and the features of {@link #FEATURES}. The whole file is checked
 * first; any refused row refuses the file with every row's reason, and nothing is kept.
 * An agency head sees the agency's imports, supervisors every import.
 */
@Service
public class RiskHistories {

	static final Role[] USERS = { Role.ADMIN, Role.SUPERVISOR, Role.AGENCY_HEAD };

	static final List<String> REQUIRED = List.of("party_id", "date", "result", "violation_codes");

	/** The optional columns that are features, in the order of the table's columns. */
	static final List<String> FEATURES = List.of("penalties", "complaints", "guidance_declined", "not_corrected",
			"follow_up_failed", "satisfaction", "category_high_risk_points");

	static final int MAX_ROWS = 500_000;

	private static final int MAX_LISTED = 100;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Actors actors;

	private final Clock clock;

	RiskHistories(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.actors = actors;
		this.clock = clock;
	}

	/** An imported history: its size, span and columns. */
	public record HistoryView(UUID id, String name, UUID agencyId, int rows, int parties, int violations,
			LocalDate firstDate, LocalDate lastDate, List<String> columns, OffsetDateTime importedAt) {
	}

	/** Checks the whole file and keeps it, or refuses it with every row's reason. */
	@Transactional
	public HistoryView importCsv(String name, byte[] content) {
		Actor actor = actors.require(USERS);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new FieldRejectedException("name", name == null || name.isBlank() ? "required" : "textTooLong");
		}
		Parsed parsed = parse(content, LocalDate.now(clock.withZone(RiskCatalogues.ZONE)));
		UUID id = UUID.randomUUID();
		Set<String> parties = new HashSet<>();
		int violations = 0;
		LocalDate first = null;
		LocalDate last = null;
		for (Row r : parsed.rows()) {
			parties.add(r.party());
			violations += r.violation() ? 1 : 0;
			first = first == null || r.date().isBefore(first) ? r.date() : first;
			last = last == null || r.date().isAfter(last) ? r.date() : last;
		}
		jdbc.sql("""
				insert into risk.history_import (id, name, agency_id, row_count, party_count, violations, first_date,
				  last_date, columns, imported_by, imported_at)
				values (:id, :name, :agency, :rows, :parties, :violations, :first, :last, :columns, :by, :at)
				""")
			.param("id", id)
			.param("name", name.strip())
			.param("agency", actor.agencyId())
			.param("rows", parsed.rows().size())
			.param("parties", parties.size())
			.param("violations", violations)
			.param("first", first)
			.param("last", last)
			.param("columns", String.join(",", parsed.columns()))
			.param("by", actor.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		List<Object[]> batch = new ArrayList<>();
		for (Row r : parsed.rows()) {
			Object[] values = new Object[7 + FEATURES.size()];
			values[0] = id;
			values[1] = r.line();
			values[2] = r.party();
			values[3] = r.date();
			values[4] = r.occurred();
			values[5] = r.violation();
			values[6] = r.codes();
			for (int i = 0; i < FEATURES.size(); i++) {
				values[7 + i] = r.features()[i];
			}
			batch.add(values);
			if (batch.size() == 5000) {
				insert(batch);
			}
		}
		insert(batch);
		return get(id);
	}

	private void insert(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		jdbcTemplate.batchUpdate("""
				insert into risk.history_row (import_id, row_no, party_key, inspected_on, occurred_on, violation,
				  violation_codes, penalties, complaints, guidance_declined, not_corrected, follow_up_failed,
				  satisfaction, category_high_risk_points)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", batch);
		batch.clear();
	}

	@Transactional(readOnly = true)
	public List<HistoryView> list() {
		Actor actor = actors.require(USERS);
		return jdbc.sql("""
				select * from risk.history_import
				where :all or agency_id is null or agency_id = :agency order by imported_at desc
				""")
			.param("all", actor.seesAllAgencies())
			.param("agency", actor.agencyId() == null ? new UUID(0, 0) : actor.agencyId())
			.query((rs, n) -> view(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public HistoryView get(UUID id) {
		Actor actor = actors.require(USERS);
		HistoryView view = jdbc.sql("select * from risk.history_import where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> NotFoundException.forId("history", id));
		if (!actor.seesAllAgencies() && view.agencyId() != null && !view.agencyId().equals(actor.agencyId())) {
			throw NotFoundException.forId("history", id);
		}
		return view;
	}

	/** Removes an imported history that no model version was fitted on. */
	@Transactional
	public void remove(UUID id) {
		HistoryView view = get(id);
		Actor actor = actors.current();
		boolean own = view.agencyId() != null && view.agencyId().equals(actor.agencyId());
		if (!own && !actor.seesAllAgencies()) {
			throw NotFoundException.forId("history", id);
		}
		int removed = jdbc.sql("""
				delete from risk.history_import h where id = :id
				and not exists (select 1 from risk.model_version m where m.history_id = h.id)
				""").param("id", id).update();
		if (removed == 0) {
			throw org.shanzhi.shared.RuleViolationException.conflict("history-in-use");
		}
	}

	/** The history as a source of indicators and outcomes, for a backtest or a fit. */
	History history(UUID id) {
		HistoryView view = get(id);
		return new ImportedHistory(jdbc, view);
	}

	private static HistoryView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new HistoryView(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("agency_id", UUID.class), rs.getInt("row_count"), rs.getInt("party_count"),
				rs.getInt("violations"), rs.getObject("first_date", LocalDate.class),
				rs.getObject("last_date", LocalDate.class), List.of(rs.getString("columns").split(",")),
				rs.getObject("imported_at", OffsetDateTime.class));
	}

	/** A row that passed its checks. */
	record Row(int line, String party, LocalDate date, LocalDate occurred, boolean violation, String codes,
			Double[] features) {
	}

	record Parsed(List<String> columns, List<Row> rows) {
	}

	/**
	 * Parses and checks a whole file: the header names the required columns and only
	 * known optional ones; each row its values; no row repeats another. Rows are the
	 * lines of the file, the header being line 1.
	 */
	static Parsed parse(byte[] content, LocalDate today) {
		List<Refusal> refusals = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(false)
			.get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(withoutBom(content)),
				StandardCharsets.UTF_8.newDecoder()); CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((k, v) -> header.put(k.toLowerCase(Locale.ROOT).strip(), v));
			columns.addAll(parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT).strip()).toList());
			for (String required : REQUIRED) {
				if (!header.containsKey(required)) {
					refusals.add(new Refusal(1, required, "column-missing", required));
				}
			}
			Set<String> named = new HashSet<>();
			for (String c : columns) {
				if (!named.add(c)) {
					refusals.add(new Refusal(1, c, "column-duplicate", c));
				}
				else if (!REQUIRED.contains(c) && !FEATURES.contains(c) && !c.equals("occurred_on")) {
					refusals.add(new Refusal(1, c, "column-unknown", c));
				}
			}
			if (!refusals.isEmpty()) {
				throw new RowsRejectedException(refusals, 0);
			}
			Map<String, Integer> seen = new HashMap<>();
			int more = 0;
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber() + 1;
				if (rows.size() + refusals.size() + more >= MAX_ROWS) {
					throw new RowsRejectedException(List.of(new Refusal(line, null, "too-many-rows", MAX_ROWS)), 0);
				}
				List<Refusal> here = new ArrayList<>();
				if (record.size() != columns.size()) {
					here.add(new Refusal(line, null, "column-count", record.size(), columns.size()));
				}
				else {
					Row row = row(record, line, header, today, here);
					if (here.isEmpty()) {
						String key = row.party() + "|" + row.date() + "|" + row.violation() + "|" + row.codes();
						Integer earlier = seen.putIfAbsent(key, line);
						if (earlier != null) {
							here.add(new Refusal(line, null, "duplicate", earlier));
						}
						else {
							rows.add(row);
						}
					}
				}
				for (Refusal r : here) {
					if (refusals.size() < MAX_LISTED) {
						refusals.add(r);
					}
					else {
						more++;
					}
				}
			}
			if (!refusals.isEmpty()) {
				throw new RowsRejectedException(refusals, more);
			}
			if (rows.isEmpty()) {
				throw new RowsRejectedException(List.of(new Refusal(2, null, "no-rows")), 0);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			// unbalanced quotes, a duplicated or empty column name, bytes that are not
			// UTF-8
			throw new RowsRejectedException(List.of(new Refusal(lineOf(ex), null, "malformed")), 0);
		}
		return new Parsed(columns, rows);
	}

	private static Row row(CSVRecord record, int line, Map<String, Integer> header, LocalDate today,
			List<Refusal> refusals) {
		String party = record.get(header.get("party_id"));
		if (party.isEmpty()) {
			refusals.add(new Refusal(line, "party_id", "required"));
		}
		else if (party.length() > 64) {
			refusals.add(new Refusal(line, "party_id", "too-long", 64));
		}
		LocalDate date = date(record, line, header, "date", today, refusals, true);
		LocalDate occurred = header.containsKey("occurred_on")
				? date(record, line, header, "occurred_on", today, refusals, false) : null;
		if (date != null && occurred != null && occurred.isAfter(date)) {
			refusals.add(new Refusal(line, "occurred_on", "occurred-after-inspection"));
		}
		String result = record.get(header.get("result")).toUpperCase(Locale.ROOT);
		Boolean violation = switch (result) {
			case "VIOLATION", "违法", "发现违法" -> true;
			case "NO_VIOLATION", "未发现违法", "合格" -> false;
			default -> null;
		};
		if (violation == null) {
			refusals.add(new Refusal(line, "result", "result"));
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String c : record.get(header.get("violation_codes")).split("[;；]")) {
			if (!c.isBlank()) {
				codes.add(c.strip());
			}
		}
		String joined = String.join(";", codes);
		if (joined.length() > 500) {
			refusals.add(new Refusal(line, "violation_codes", "too-long", 500));
		}
		if (Boolean.TRUE.equals(violation) && codes.isEmpty()) {
			refusals.add(new Refusal(line, "violation_codes", "codes-required"));
		}
		if (Boolean.FALSE.equals(violation) && !codes.isEmpty()) {
			refusals.add(new Refusal(line, "violation_codes", "codes-without-violation"));
		}
		Double[] features = new Double[FEATURES.size()];
		for (int i = 0; i < FEATURES.size(); i++) {
			String column = FEATURES.get(i);
			Integer at = header.get(column);
			String text = at == null ? "" : record.get(at);
			if (text.isEmpty()) {
				continue;
			}
			try {
				double v = Double.parseDouble(text);
				boolean satisfaction = column.equals("satisfaction");
				if (!Double.isFinite(v) || v < (satisfaction ? 1 : 0) || v > (satisfaction ? 5 : 10_000)) {
					refusals.add(new Refusal(line, column, satisfaction ? "satisfaction" : "number"));
				}
				features[i] = v;
			}
			catch (NumberFormatException ex) {
				refusals.add(new Refusal(line, column, column.equals("satisfaction") ? "satisfaction" : "number"));
			}
		}
		return new Row(line, party, date, occurred, Boolean.TRUE.equals(violation), codes.isEmpty() ? null : joined,
				features);
	}

	private static LocalDate date(CSVRecord record, int line, Map<String, Integer> header, String column,
			LocalDate today, List<Refusal> refusals, boolean required) {
		String text = record.get(header.get(column));
		if (text.isEmpty()) {
			if (required) {
				refusals.add(new Refusal(line, column, "required"));
			}
			return null;
		}
		try {
			LocalDate d = LocalDate.parse(text.replace('/', '-'));
			if (d.isAfter(today)) {
				refusals.add(new Refusal(line, column, "date-future"));
			}
			else if (d.getYear() < 1990) {
				refusals.add(new Refusal(line, column, "date"));
			}
			return d;
		}
		catch (DateTimeParseException ex) {
			refusals.add(new Refusal(line, column, "date"));
			return null;
		}
	}

	private static byte[] withoutBom(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
				&& (content[2] & 0xff) == 0xBF) {
			return java.util.Arrays.copyOfRange(content, 3, content.length);
		}
		return content;
	}

	private static int lineOf(Exception ex) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)")
			.matcher(String.valueOf(ex.getMessage()));
		return m.find() ? Integer.parseInt(m.group(1)) : 1;
	}

}
