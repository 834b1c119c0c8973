package org.nrmtracker.query.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/** The query side is ready only when the event store's database answers; the client is the platform's. */
@Configuration(proxyBeanMethods = false)
class MongoHealth {

    @Bean
    HealthIndicator mongo(MongoDatabase mongoDatabase) {
        return () -> {
            try {
                // bounded: without a primary the ping would wait for server selection (docs/consistency.md)
                mongoDatabase.withTimeout(2, TimeUnit.SECONDS).runCommand(new Document("ping", 1));
                return Health.up().build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("mongodb", "unreachable").build();
            }
        };
    }
}
