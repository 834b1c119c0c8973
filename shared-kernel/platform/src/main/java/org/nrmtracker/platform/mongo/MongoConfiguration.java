package org.nrmtracker.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One MongoDB client: the configured URI, or the embedded server when there is none, with the consistency settings
 * the code owns ({@link ConsistencySettings}) whatever the URI says.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoProperties.class)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoProperties properties, ObjectProvider<EmbeddedMongoConnection> embedded) {
        String uri = properties.uri() == null || properties.uri().isBlank()
                ? embedded.getObject().uri() : properties.uri();
        return MongoClients.create(ConsistencySettings.of(uri));
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient mongoClient, MongoProperties properties) {
        return mongoClient.getDatabase(properties.database());
    }
}
