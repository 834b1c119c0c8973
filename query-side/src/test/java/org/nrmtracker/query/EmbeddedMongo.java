package org.nrmtracker.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link RunningQuerySide}'s store: a server started for the application context and pointed to by
 * {@code nrm.mongodb.uri}, stopped once the context's beans are gone (its processors and client first); with
 * {@code NRM_TEST_MONGODB_URI} set, a database of its own on that MongoDB replica set instead.
 * Told apart by the class that carries the annotation, so nested test classes share their enclosing class's.
 */
final class EmbeddedMongo implements ContextCustomizer {

    /** A MongoDB replica set to run on instead (docs/consistency.md, "Tests on a real server"). */
    private static final String REAL_SERVER = System.getenv("NRM_TEST_MONGODB_URI") == null
            || System.getenv("NRM_TEST_MONGODB_URI").isBlank() ? null : System.getenv("NRM_TEST_MONGODB_URI");

    private final Class<?> testClass;
    private final Class<? extends RunningQuerySide.StoreBeforeStart> storeHolds;

    private EmbeddedMongo(Class<?> testClass, Class<? extends RunningQuerySide.StoreBeforeStart> storeHolds) {
        this.testClass = testClass;
        this.storeHolds = storeHolds;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        if (REAL_SERVER != null) {
            onRealServer(context);
            return;
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String uri = server.getConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            BeanUtils.instantiateClass(storeHolds).write(client.getDatabase("nrm"));
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("embeddedMongo", Map.of("nrm.mongodb.uri", uri)));
        // registered before every bean of the context, so destroyed after all of them
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("embeddedMongo", server::shutdownNow);
    }

    /** {@code NRM_TEST_MONGODB_URI}: a database of the context's own on that replica set, dropped after it. */
    private void onRealServer(ConfigurableApplicationContext context) {
        String database = "nrm_test_" + UUID.randomUUID().toString().replace("-", "");
        try (MongoClient client = MongoClients.create(REAL_SERVER)) {
            BeanUtils.instantiateClass(storeHolds).write(client.getDatabase(database));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realMongo",
                Map.of("nrm.mongodb.uri", REAL_SERVER, "nrm.mongodb.database", database)));
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("realMongo", () -> {
            try (MongoClient client = MongoClients.create(REAL_SERVER)) {
                client.getDatabase(database).drop();
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmbeddedMongo that && testClass == that.testClass && storeHolds == that.storeHolds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(testClass, storeHolds);
    }

    /** Named in {@link RunningQuerySide}: a store for each test class that carries it. */
    static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configurations) {
            TestContextAnnotationUtils.AnnotationDescriptor<RunningQuerySide> found =
                    TestContextAnnotationUtils.findAnnotationDescriptor(testClass, RunningQuerySide.class);
            return found == null ? null
                    : new EmbeddedMongo(found.getRootDeclaringClass(), found.getAnnotation().storeHolds());
        }
    }
}
