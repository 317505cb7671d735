package org.shanzhi.calendar.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shanzhi.calendar.CalendarDayView;
import org.shanzhi.calendar.DayKind;

@Entity
@Table(name = "calendar_day", schema = "calendar")
public class CalendarDay {

	@Id
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	private boolean statutory;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private long version;

	protected CalendarDay() {
	}

	public CalendarDay(LocalDate day, DayKind kind, String name, boolean statutory, OffsetDateTime now) {
		this.day = day;
		change(kind, name, statutory, now);
	}

	public void change(DayKind kind, String name, boolean statutory, OffsetDateTime now) {
		this.kind = kind;
		this.name = name;
		this.statutory = statutory && kind == DayKind.HOLIDAY;
		this.updatedAt = now;
	}

	public CalendarDayView view() {
		return new CalendarDayView(day, kind, name, statutory, version);
	}

}
