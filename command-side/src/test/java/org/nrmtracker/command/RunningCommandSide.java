package org.nrmtracker.command;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real command side on a random port, with the embedded MongoDB-compatible server on a free port
 * and in memory. Every test class carrying it shares one application context (Spring caches it by
 * these properties), so each test makes its own referrals rather than relying on an empty store. The application
 * class is named, as Spring would find it, so that tests outside its package (the generator's) run it too. With
 * {@code NRM_TEST_MONGODB_URI} set it runs on that MongoDB replica set instead ({@link RealMongo}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nrm.embedded-mongodb.port=0", "nrm.embedded-mongodb.file=", "demo=true"})
@ContextCustomizerFactories(RealMongo.Factory.class)
public @interface RunningCommandSide {
}
