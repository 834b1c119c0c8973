package org.nrmtracker.query.calendar;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose answer counts working days, and so can be refused with {@code 422}
 * {@code out-of-calendar-range} when the shipped bank holidays do not cover its dates (docs/api.md §4.1). The API
 * description says so for each marked operation.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CountsWorkingDays {
}
