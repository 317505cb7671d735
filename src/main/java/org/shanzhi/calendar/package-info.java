/**
 * Calendar (C1): the official holiday calendar of the People's Republic of China
 * (statutory holidays and the adjusted working days 调休) as maintained by administrators,
 * and the working-day arithmetic every module uses for deadlines
 * ({@link org.shanzhi.calendar.WorkingDays}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
		allowedDependencies = { "shared", "security" })
package org.shanzhi.calendar;
