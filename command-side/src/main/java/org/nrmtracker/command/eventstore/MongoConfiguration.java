package org.nrmtracker.command.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.nrmtracker.command.embedded.EmbeddedMongoConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One MongoDB client: the configured URI, or the embedded server when there is none. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoProperties properties, ObjectProvider<EmbeddedMongoConnection> embedded) {
        String uri = properties.uri() == null || properties.uri().isBlank()
                ? embedded.getObject().uri() : properties.uri();
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient mongoClient, MongoProperties properties) {
        return mongoClient.getDatabase(properties.database());
    }
}
