package org.shanzhi.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a list, once for the page's headers, its sorting and its Excel export: a
 * key (the sort parameter's value), the message key of its label, whether it sorts and in
 * which direction first, the row's value and — for a code — the message key prefix of its
 * words.
 */
public final class ListColumns<T> {

	/**
	 * A column; {@code words} is the message key prefix of a code's words ({@code null}
	 * for a value shown as it is); {@code pattern} the date pattern of a time.
	 */
	public record Column<T>(String key, String label, boolean sortable, boolean ascendingFirst,
			Function<T, Object> value, String words, String pattern) {

	}

	private final List<Column<T>> columns = new ArrayList<>();

	public static <T> ListColumns<T> of(Class<T> type) {
		return new ListColumns<>();
	}

	/** A column shown as it is, sorted ascending first. */
	public ListColumns<T> text(String key, String label, Function<T, Object> value) {
		return add(new Column<>(key, label, true, true, value, null, null));
	}

	/** A code shown as its words ({@code words} + the code's name). */
	public ListColumns<T> code(String key, String label, String words, Function<T, Object> value) {
		return add(new Column<>(key, label, true, true, value, words, null));
	}

	/** A time or date, newest first, shown in Beijing time with the pattern. */
	public ListColumns<T> time(String key, String label, String pattern, Function<T, Object> value) {
		return add(new Column<>(key, label, true, false, value, null, pattern));
	}

	/** A number, largest first. */
	public ListColumns<T> number(String key, String label, Function<T, Object> value) {
		return add(new Column<>(key, label, true, false, value, null, null));
	}

	/** A column that is shown and exported but not sorted by. */
	public ListColumns<T> plain(String key, String label, Function<T, Object> value) {
		return add(new Column<>(key, label, false, true, value, null, null));
	}

	/** A code column that is shown and exported but not sorted by. */
	public ListColumns<T> plainCode(String key, String label, String words, Function<T, Object> value) {
		return add(new Column<>(key, label, false, true, value, words, null));
	}

	private ListColumns<T> add(Column<T> column) {
		columns.add(column);
		return this;
	}

	public List<Column<T>> all() {
		return List.copyOf(columns);
	}

	/** The column of the key, {@code null} for none. */
	public Column<T> column(String key) {
		if (key == null) {
			return null;
		}
		for (Column<T> c : columns) {
			if (c.key().equals(key)) {
				return c;
			}
		}
		return null;
	}

}
