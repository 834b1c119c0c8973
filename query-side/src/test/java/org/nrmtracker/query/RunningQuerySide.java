package org.nrmtracker.query;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real query side on a random port, reading an embedded MongoDB-compatible server (in memory, on a free
 * port) that is its own: the server starts with the application context and stops after it. Each test class
 * carrying this gets its own context and so its own empty store (tests read the read models whole, so they must
 * not see another class's referrals); tests reach the store through the application's {@link MongoDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(EmbeddedMongo.Factory.class)
public @interface RunningQuerySide {

    /** What the store holds before the application starts, for a test of what the application does at start. */
    Class<? extends StoreBeforeStart> storeHolds() default StoreBeforeStart.Empty.class;

    /** Writes to the store before the application starts; made with its no-argument constructor. */
    interface StoreBeforeStart {

        void write(MongoDatabase database);

        final class Empty implements StoreBeforeStart {
            @Override
            public void write(MongoDatabase database) {
            }
        }
    }
}
