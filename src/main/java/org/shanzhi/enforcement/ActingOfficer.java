package org.shanzhi.enforcement;

import java.util.UUID;

/**
 * An officer named on an act of a case, with the certificate they showed (APL art. 42),
 * as recorded at the act.
 */
public record ActingOfficer(UUID officerId, String name, String certificateNumber) {
}
