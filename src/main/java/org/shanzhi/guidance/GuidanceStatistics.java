package org.shanzhi.guidance;

import java.util.List;

/**
 * Counts of an agency's guidance for its dashboard (G7): per form and outcome, the
 * rectifications overdue and the follow-up visits due.
 */
public record GuidanceStatistics(List<FormCount> byForm, long total, long overdueRectifications, long followUpsDue,
		long openComplaints, Double averageSatisfaction) {

	public record FormCount(String form, long total, long issued, long accepted, long declined, long corrected,
			long notCorrected, long completed) {
	}

}
