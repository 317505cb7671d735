package org.shanzhi.calendar;

/** How an entry of the official calendar changes a day. */
public enum DayKind {

	/** A day off of an official holiday period (法定节假日及其调休假日). */
	HOLIDAY,

	/** A weekend day made a working day by the adjustment (调休上班). */
	WORKDAY

}
