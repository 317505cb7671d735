/**
 * Joint enforcement and information sharing 跨部门联合执法与信息共享 (J1, J2): joint actions planned
 * by a lead agency with participating agencies, one visit covering the matters of several
 * (进一次门、查多项事), one shared record of the findings, and one combined notice to the party;
 * explicit sharing rules among agencies (issue 10, begun).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Joint enforcement",
		allowedDependencies = { "shared", "security", "directory" })
package org.shanzhi.joint;
