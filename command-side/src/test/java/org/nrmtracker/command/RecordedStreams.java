package org.nrmtracker.command;

import com.mongodb.client.MongoDatabase;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.eventstore.StoredEvents;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store as MongoDB holds it, read beside the API to see what a request really recorded. */
public final class RecordedStreams {

    private final MongoDatabase database;
    private final StoredEvents stored;

    public RecordedStreams(MongoDatabase database) {
        this.database = database;
        this.stored = new StoredEvents(database);
    }

    public List<StoredEvent> of(Object referralId) {
        return stored.streamOf(referralId.toString());
    }

    public int lengthOf(Object referralId) {
        return of(referralId).size();
    }

    /** Commits of every stream: grows with any recorded event, whatever its referral. */
    public long commits() {
        return database.getCollection("events").countDocuments();
    }

    /**
     * Sends a request and asserts it recorded nothing: neither on the referral's stream nor anywhere
     * else (the tests of one context run one at a time).
     */
    public HttpAnswer recordNothing(Object referralId, Supplier<HttpAnswer> request) {
        int length = lengthOf(referralId);
        long commits = commits();
        HttpAnswer answer = request.get();
        assertThat(lengthOf(referralId)).as("events of the referral after %s", answer).isEqualTo(length);
        assertThat(commits()).as("commits in the store after %s", answer).isEqualTo(commits);
        return answer;
    }
}
