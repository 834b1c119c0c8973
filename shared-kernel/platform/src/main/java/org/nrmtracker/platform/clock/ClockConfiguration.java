package org.nrmtracker.platform.clock;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** The one clock of each application. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The only source of "now": business "today" is the date in Europe/London. */
    @Bean
    Clock clock() {
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        // event timestamps (recordedAt) come from the same clock, at the millisecond precision they are stored with
        GenericEventMessage.clock = Clock.tick(clock, Duration.ofMillis(1));
        return clock;
    }
}
