package org.nrmtracker.kernel.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Axon that a unique-key violation on a stream position ({@code firstKey}, {@code lastKey}) is a concurrent
 * writer, not a failure. A violation of the {@code _id} (a global position taken twice) is not: it means the global
 * sequence was behind the stored commits (see {@link PositionTaken}), and answering it as a conflict would send
 * clients retrying into the same wall.
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final int DUPLICATE_KEY = 11000;
    /** MongoDB's and the embedded server's text alike: "E11000 duplicate key error collection: c index: _id_ ...". */
    private static final Pattern INDEX = Pattern.compile("index: (\\S+)");
    private static final String ID_INDEX = "_id_";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY && !isPositionTaken(write.getError());
        }
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream().anyMatch(e -> e.getCode() == DUPLICATE_KEY && !isPositionTaken(e));
        }
        return exception instanceof MongoServerException server && server.getCode() == DUPLICATE_KEY
                && !ID_INDEX.equals(indexOf(server.getMessage()));
    }

    /** Whether the error is a second commit at a global position already stored: the {@code _id}'s index. */
    static boolean isPositionTaken(WriteError error) {
        if (error.getCode() != DUPLICATE_KEY) {
            return false;
        }
        if (error.getDetails() != null && error.getDetails().isDocument("keyPattern")) {
            return error.getDetails().getDocument("keyPattern").keySet().equals(java.util.Set.of(CommitFields.ID));
        }
        return ID_INDEX.equals(indexOf(error.getMessage()));
    }

    private static String indexOf(String message) {
        Matcher index = message == null ? null : INDEX.matcher(message);
        return index != null && index.find() ? index.group(1) : null;
    }
}
