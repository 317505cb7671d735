/**
 * Leniency (L1-L3, 包容审慎监管): each agency's list of minor violations exempt from penalty
 * (轻微违法免罚清单) and list of violations with lighter or mitigated penalty (一般违法从轻减轻处罚清单),
 * versioned with effective dates, and the assessment of a violation against the version
 * in force on the day it occurred, by named condition policies that explain which
 * conditions held.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leniency",
		allowedDependencies = { "shared", "security", "directory", "enforcement" })
package org.shanzhi.leniency;
