package org.shanzhi.enforcement;

import java.util.UUID;

/**
 * Whether a delivered decision was performed (API.md, "结案"): no fine, or the fine and its
 * late fee paid, or the court's ruling on the application for enforcement recorded.
 */
public interface ExecutionFacts {

	boolean performed(UUID caseId);

}
