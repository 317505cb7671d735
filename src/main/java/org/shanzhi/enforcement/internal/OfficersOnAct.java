package org.shanzhi.enforcement.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.shanzhi.directory.OfficerView;
import org.shanzhi.shared.RuleViolationException;

/**
 * The officers named on an act of a case (APL art. 42: at least two, each with a valid
 * law-enforcement certificate), checked in the order API.md gives: fewer than two named →
 * 422 {@code two-certified-officers}; then per named officer, the first at fault gives
 * its rule and is named in the detail: {@code officer-certificate-invalid},
 * {@code officer-recused}, {@code not-a-case-officer}. The registration of a case names
 * its first officers with the same check (a case officer there: an officer of the case's
 * agency).
 */
public final class OfficersOnAct {

	private OfficersOnAct() {
	}

	/**
	 * @param named the officers the act names, in the order given
	 * @param directory the directory's record of an officer, {@code null} when unknown
	 * @param day the day of the act (certificates valid on it)
	 * @param recused whether an officer stepped aside from the case
	 * @param onCase whether an officer is one of the case's
	 * @return the named officers' records, in order, without repeats
	 */
	public static List<OfficerView> check(List<UUID> named, Function<UUID, OfficerView> directory, LocalDate day,
			Predicate<UUID> recused, Predicate<OfficerView> onCase) {
		Set<UUID> distinct = named == null ? Set.of() : new LinkedHashSet<>(named);
		if (distinct.size() < 2) {
			throw RuleViolationException.rule("two-certified-officers", distinct.size());
		}
		List<OfficerView> found = new java.util.ArrayList<>();
		for (UUID id : distinct) {
			OfficerView o = directory.apply(id);
			if (o == null) {
				throw RuleViolationException.rule("not-a-case-officer", id);
			}
			if (!o.certificateValidOn(day)) {
				throw RuleViolationException.rule("officer-certificate-invalid", o.name());
			}
			if (recused.test(id)) {
				throw RuleViolationException.rule("officer-recused", o.name());
			}
			if (!onCase.test(o)) {
				throw RuleViolationException.rule("not-a-case-officer", o.name());
			}
			found.add(o);
		}
		return List.copyOf(found);
	}

}
