/**
 * Legal-risk prevention and control 法律风险防控 (R1-R5): catalogues of violation risk points
 * per agency and party category, graded with an impact x likelihood matrix, put to public
 * consultation, published (public pages, open data, share cards), driving guidance in
 * advance and the parties' self-checks (issue 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk",
		allowedDependencies = { "shared", "security", "directory", "enforcement", "guidance", "documents", "joint" })
package org.shanzhi.risk;
