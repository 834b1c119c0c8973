package org.nrmtracker.kernel.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Tells Axon that a unique-key violation on a stream position is a concurrent writer, not a failure. */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final int DUPLICATE_KEY = 11000;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(e -> e.getCode() == DUPLICATE_KEY);
        }
        return exception instanceof MongoServerException server && server.getCode() == DUPLICATE_KEY;
    }
}
