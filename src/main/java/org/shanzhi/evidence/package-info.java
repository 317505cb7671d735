/**
 * Full-process recording 全过程记录 (E1): evidence files — video, audio, photos, documents —
 * attached to any record, stored content-addressed and never overwritten, hashed with
 * SHA-256 and SM3 while streaming, each with a hash-chained custody log of every upload,
 * view, download, export, verification and retention change; re-verified on a rolling
 * basis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
		allowedDependencies = { "shared", "security" })
package org.shanzhi.evidence;
