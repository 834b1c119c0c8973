package org.nrmtracker.command;

import com.mongodb.client.MongoClient;
import org.nrmtracker.kernel.eventstore.EmbeddedMongo;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * With {@code NRM_TEST_MONGODB_URI} set, the command side under test runs on that MongoDB replica set instead of
 * its embedded server, in a database of this test run's own, dropped when the context closes
 * (docs/consistency.md, "Tests on a real server"). Without it, nothing changes.
 */
public final class RealMongo implements ContextCustomizer {

    /** One per test run: the cached contexts share it, as they share the embedded server's in-memory store. */
    private static final String DATABASE = "nrm_test_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        String uri = EmbeddedMongo.REAL_SERVER;
        if (uri == null) {
            return;
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realMongo",
                Map.of("nrm.mongodb.uri", uri, "nrm.mongodb.database", DATABASE)));
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("dropTestDatabase", () -> {
            try (MongoClient client = EmbeddedMongo.newClient(uri)) {
                client.getDatabase(DATABASE).drop();
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealMongo;
    }

    @Override
    public int hashCode() {
        return RealMongo.class.hashCode();
    }

    /** Named by {@link RunningCommandSide}. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configurations) {
            return new RealMongo();
        }
    }
}
