package org.nrmtracker.benchmark;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.query.QuerySideApplication;
import org.nrmtracker.query.endtoend.CommandSideProcess;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.ReferralRecords;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The query side, started in this JVM against the command side's embedded MongoDB, as the local run starts it;
 * in-process so that the benchmark can see its processors' positions and its in-memory model directly.
 */
final class QuerySide implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    final int port;

    private QuerySide(ConfigurableApplicationContext app) {
        this.app = app;
        this.port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static QuerySide start(CommandSideProcess commandSide) {
        return new QuerySide(new SpringApplicationBuilder(QuerySideApplication.class, LagProbe.class).run("--server.port=0",
                "--nrm.mongodb.uri=mongodb://127.0.0.1:" + commandSide.mongoPort,
                "--nrm.oauth.jwk-set-uri=http://127.0.0.1:" + commandSide.httpPort + "/oauth2/jwks",
                "--logging.level.root=WARN"));
    }

    /** The global position of the newest stored event. */
    long headPosition() {
        TrackingToken head = app.getBean(EventStorageEngine.class).createHeadToken();
        return head == null ? 0 : head.position().orElse(0L);
    }

    /** The lowest position any segment of any read model's processor has handled; -1 before they have one. */
    long slowestPosition() {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        long slowest = Long.MAX_VALUE;
        for (String group : ReferralReadModels.PROCESSING_GROUPS) {
            StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow();
            if (processor.processingStatus().isEmpty()) {
                return -1;
            }
            for (EventTrackerStatus status : processor.processingStatus().values()) {
                OptionalLong position = status.getCurrentPosition();
                slowest = Math.min(slowest, position.orElse(-1));
            }
        }
        return slowest;
    }

    /** Waits until every read model has handled every stored event; false when {@code limit} passed first. */
    boolean awaitCaughtUp(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long head = headPosition();
        while (System.nanoTime() < deadline) {
            if (slowestPosition() >= head) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Waits until the query side says it is ready (docs/api.md §1); false when {@code limit} passed first. */
    boolean awaitReady(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health/readiness")).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not answering yet
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** The position of the in-memory model's latest snapshot, or -1 without one. */
    long snapshotPosition() {
        return app.getBean(ReferralReadModels.class).snapshotPosition();
    }

    /** Waits until the in-memory model has a snapshot, as its schedule writes one; false when {@code limit} passed. */
    boolean awaitSnapshot(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (snapshotPosition() >= 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    LagProbe lagProbe() {
        return app.getBean(LagProbe.class);
    }

    ReferralRecords records() {
        return app.getBean(ReferralRecords.class);
    }

    @Override
    public void close() {
        app.close();
    }
}
