package org.nrmtracker.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The MongoDB the command side writes to, and the one clock of this application. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoProperties properties) {
        return MongoClients.create(properties.uri());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient mongoClient, MongoProperties properties) {
        return mongoClient.getDatabase(properties.database());
    }

    /** Ready only when the event store's database answers. */
    @Bean
    HealthIndicator mongo(MongoDatabase mongoDatabase) {
        return () -> {
            try {
                mongoDatabase.runCommand(new Document("ping", 1));
                return Health.up().build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("mongodb", "unreachable").build();
            }
        };
    }

    /** The only source of "now": business "today" is the date in Europe/London. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
