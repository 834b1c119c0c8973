package org.nrmtracker.query;

import org.nrmtracker.platform.Platform;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The read side: timelines, statistics, audit and administration over the event store
 * (docs/api.md §4–§7). It meets the command side only in MongoDB.
 */
@SpringBootApplication
@Import(Platform.class)
@EnableScheduling
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
