/**
 * Value types used by every module: GB-coded identifiers, legal basis, masking, the
 * problem exceptions every module throws and the contract of audited domain events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shanzhi.shared;
