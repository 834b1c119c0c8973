package org.nrmtracker.query.audit;

import com.mongodb.client.MongoDatabase;
import org.nrmtracker.kernel.eventstore.StoredEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kernel's reader of events as stored is plain code (no Spring), so it becomes a bean here. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    StoredEvents storedEvents(MongoDatabase mongoDatabase) {
        return new StoredEvents(mongoDatabase);
    }
}
