package org.shanzhi.enforcement;

/** The kinds of record of the investigation (调查取证). */
public enum RecordKind {

	/** 询问笔录: an interview of the party or a witness. */
	INQUIRY("inquiry-record", "询问笔录", "询"),
	/** 现场检查笔录: an on-site inspection (勘验). */
	ON_SITE_INSPECTION("inspection-record", "现场检查笔录", "检");

	private final String series;

	private final String title;

	private final String numberKind;

	RecordKind(String series, String title, String numberKind) {
		this.series = series;
		this.title = title;
		this.numberKind = numberKind;
	}

	/** The series of the case's documents, e.g. {@code inquiry-record} (-1, -2, …). */
	public String series() {
		return series;
	}

	public String title() {
		return title;
	}

	/** The kind of the agency's document numbers, e.g. 询. */
	public String numberKind() {
		return numberKind;
	}

}
