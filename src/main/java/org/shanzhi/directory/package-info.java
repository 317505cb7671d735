/**
 * Directory (X1, X2): enforcement agencies with their divisions and heads, officers with
 * their law-enforcement certificates, and the parties (行政相对人) the agencies serve.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "shared", "security" })
package org.shanzhi.directory;
