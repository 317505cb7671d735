/**
 * Official documents (文书) (G3, M4, R5, S6): their numbers, unique per agency, year and
 * kind without gaps, and their rendering to PDF after the layout of GB/T 9704 (red header
 * line, title, number, body, agency and date) with the Noto Sans SC font embedded. Other
 * modules describe a document with {@link org.shanzhi.documents.OfficialDocument} and ask
 * {@link org.shanzhi.documents.DocumentRenderer} for the PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "shared", "security", "directory" })
package org.shanzhi.documents;
