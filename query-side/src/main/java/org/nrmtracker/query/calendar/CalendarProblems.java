package org.nrmtracker.query.calendar;

import org.nrmtracker.platform.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link OutsideCalendarRange} with {@code 422}: the request is well-formed, but the bank-holiday data
 * cannot answer it. Ordered first, because the general handler also catches every {@code Exception}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

    private static final Logger log = LoggerFactory.getLogger(CalendarProblems.class);

    @ExceptionHandler(OutsideCalendarRange.class)
    ProblemDetail outsideCalendar(OutsideCalendarRange e) {
        // the message names only the jurisdiction and the covered years, never a referral's dates
        log.warn("Refused a request the bank-holiday data does not cover; update bank-holidays.csv. {}", e.getMessage());
        return ProblemTypes.problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.OUT_OF_RANGE,
                "Outside the bank-holiday calendar", e.getMessage());
    }
}
