package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;

import java.util.Locale;
import java.util.Set;

/**
 * The embedded server's H2 file backend, made durable: H2's MVStore otherwise commits in the
 * background about once a second, so a crash loses acknowledged writes (up to two thirds of 2,000
 * inserts, docs/decisions.md, "Acknowledged writes are durable"). Committing after every command that writes, before the reply is sent,
 * means an acknowledged write is on disk. A commit takes every change made so far, so writes that arrive while
 * one is being committed share the next.
 * <p>
 * Documents and index keys are stored in encodings of their own ({@link TypedH2Database}) rather than
 * Java-serialised, and index keys are ordered by value: index lookups, and so reading the event stream, became about
 * twice as fast, and a commit, which rewrites every page it changed, about a third cheaper.
 * <p>
 * In the kernel, not in the command side, so that the benchmark compares event stores on the very server the
 * embedded default runs.
 */
public final class DurableH2Backend extends H2Backend {

    /** Commands that only read: they have nothing to commit (and must not pay for the writes of others). */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "ismaster", "hello", "ping",
            "listcollections", "listindexes", "listdatabases", "buildinfo", "killcursors", "endsessions",
            "getparameter", "dbstats", "collstats", "serverstatus", "getlasterror", "whatsmyuri", "connectionstatus");

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
        return TypedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            if (needsCommit(command, query)) {
                commit(getMvStore());
            }
        }
    }

    /**
     * Whether the command's changes must be on disk before it is answered. Not a read; and not a reservation of the
     * global sequence ({@link SequencedMongoEventStorageEngine#SEQUENCES}): an index counts only through the commit
     * stored under it, and the commit that stores one commits the reservation with it (a commit of the store takes
     * every change made so far). A reservation lost with the process leaves nothing behind that refers to it.
     */
    private static boolean needsCommit(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (READS.contains(name)) {
            return false;
        }
        return !(name.equals("findandmodify") && query.get(command) instanceof String collection
                && collection.endsWith(SequencedMongoEventStorageEngine.SEQUENCES));
    }

    private synchronized void commit(MVStore store) {
        long version = store.getCurrentVersion();
        commit();
        // commit() hands the chunk to the OS; sync() also survives power loss, at ~1 ms a write
        if (syncToDisk && store.getCurrentVersion() != version) {
            store.sync();
        }
    }
}
