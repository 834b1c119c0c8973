package org.nrmtracker.kernel.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a second writer at a stream position is a concurrency conflict; a taken global position is not. */
class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void aDuplicateStreamPositionIsAConcurrentWriter() {
        assertThat(resolver.isDuplicateKeyViolation(duplicate("firstKey_1", new BsonDocument()))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(duplicate("lastKey_1", new BsonDocument()))).isTrue();
    }

    @Test
    void aDuplicateGlobalPositionIsNot() {
        assertThat(resolver.isDuplicateKeyViolation(duplicate("_id_", new BsonDocument()))).isFalse();
    }

    @Test
    void aKeyPatternInTheErrorsDetailsDecidesWhenItIsThere() {
        BsonDocument idPattern = new BsonDocument("keyPattern", new BsonDocument("_id", new BsonInt32(1)));
        BsonDocument streamPattern = new BsonDocument("keyPattern", new BsonDocument("firstKey", new BsonInt32(1)));

        assertThat(resolver.isDuplicateKeyViolation(duplicate("anything", idPattern))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(duplicate("anything", streamPattern))).isTrue();
    }

    private static MongoWriteException duplicate(String index, BsonDocument details) {
        return new MongoWriteException(new WriteError(11000, "E11000 duplicate key error collection: nrm.events index: "
                + index + " dup key: { : 5 }", details), new ServerAddress());
    }
}
