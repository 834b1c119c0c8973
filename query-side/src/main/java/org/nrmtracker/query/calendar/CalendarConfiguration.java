package org.nrmtracker.query.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bank holidays are read once, from the data shipped with the application, when it starts. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    BankHolidays bankHolidays() {
        return BankHolidays.shipped();
    }
}
