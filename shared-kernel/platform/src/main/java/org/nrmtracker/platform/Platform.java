package org.nrmtracker.platform;

import org.nrmtracker.platform.clock.ClockConfiguration;
import org.nrmtracker.platform.eventstore.EventStoreConfiguration;
import org.nrmtracker.platform.mongo.MongoConfiguration;
import org.nrmtracker.platform.openapi.ApiDocs;
import org.nrmtracker.platform.personaldata.PersonalDataConfiguration;
import org.nrmtracker.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What both applications configure alike, imported by each with {@code @Import(Platform.class)}.
 * <p>
 * Imported, not auto-configured: these beans then count as the application's own configuration, registered before
 * Spring Boot's and Axon's auto-configurations, which back off from a {@code SecurityFilterChain}, a
 * {@code Serializer} or an {@code EventStorageEngine} already defined, exactly as when each application declared
 * them itself. As auto-configuration they would come after the application's own and would have to be ordered
 * before each of Boot's and Axon's by name to win.
 */
@Configuration(proxyBeanMethods = false)
@Import({ResourceServerSecurity.class, MongoConfiguration.class, EventStoreConfiguration.class,
        ClockConfiguration.class, ApiDocs.class, PersonalDataConfiguration.class})
public class Platform {
}
