package org.shanzhi.risk;

/**
 * The model in use changed (R6): a version was activated, or the active one retired and
 * the default took over; every score is to be recomputed with it.
 */
public record RiskModelChanged(String version) {
}
