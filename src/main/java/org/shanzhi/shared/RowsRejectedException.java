package org.shanzhi.shared;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A file refused row by row (400): nothing of it was kept. Each refusal names the row
 * (the line of the file, the header being line 1), the column if one is at fault, and a
 * message code {@code shanzhi.rows.<code>} with its arguments.
 */
public class RowsRejectedException extends ErrorResponseException {

	private final List<Refusal> refusals;

	private final int more;

	/**
	 * The refusals, of which at most the first hundred are listed; {@code more} counts
	 * those left out.
	 */
	public RowsRejectedException(List<Refusal> refusals, int more) {
		super(HttpStatus.BAD_REQUEST, null);
		this.refusals = List.copyOf(refusals);
		this.more = more;
		getBody().setType(Problems.type("validation"));
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	public int more() {
		return more;
	}

	@Override
	public String getTitleMessageCode() {
		return "shanzhi.problem.validation.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "shanzhi.rows.rejected";
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return new Object[] { refusals.size() + more };
	}

	@Override
	public String getMessage() {
		return (refusals.size() + more) + " rows refused, first: " + (refusals.isEmpty() ? "-" : refusals.get(0));
	}

	/** A row refused: its line, the column at fault (or null), why. */
	public record Refusal(int row, String column, String code, Object... arguments) {

		@Override
		public String toString() {
			return "row " + row + (column == null ? "" : " " + column) + ": " + code;
		}

	}

}
