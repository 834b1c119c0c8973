package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 file backend, made durable: H2's MVStore otherwise commits in the
 * background about once a second, so a crash loses acknowledged writes (up to two thirds of 2,000
 * inserts in notes/embedded-mongodb.md). Committing after every command, before the reply is sent,
 * means an acknowledged write is on disk; a command that changed nothing commits nothing.
 * <p>
 * Its unique indexes (every index the server uses) order their keys by value ({@link OrderedKeyType}), which made
 * index lookups, and so reading the event stream, about twice as fast.
 * <p>
 * In the kernel, not in the command side, so that the benchmark compares event stores on the very server the
 * embedded default runs.
 */
public final class DurableH2Backend extends H2Backend {

    private final boolean syncToDisk;

    public DurableH2Backend(String fileName, boolean syncToDisk) {
        super(open(fileName));
        this.syncToDisk = syncToDisk;
    }

    private static MVStore open(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).open();
        // MVStore keeps replaced chunks for 45 s before reusing their space. With a commit per write
        // that grew the file by ~70 KB per event (700 MB after 10,000 events); reusing at once keeps
        // it to the live data (41 MB after 10,000 events of ~1 KB). A killed process loses nothing
        // the OS already has; only power loss needs the fsync of syncToDisk as well.
        store.setRetentionTime(0);
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return OrderedIndexDatabase.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            synchronized (this) {
                long version = getMvStore().getCurrentVersion();
                commit();
                // commit() hands the chunk to the OS; sync() also survives power loss, at ~1 ms a write
                if (syncToDisk && getMvStore().getCurrentVersion() != version) {
                    getMvStore().sync();
                }
            }
        }
    }
}
