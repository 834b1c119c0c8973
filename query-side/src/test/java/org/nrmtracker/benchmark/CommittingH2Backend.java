package org.nrmtracker.benchmark;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 file storage as the command side's embedded default configures it (its
 * {@code DurableH2Backend}, package-private over there): a commit after every command that changed
 * something, before the reply, and no fsync. Copied rather than shared because query-side does not
 * depend on command-side; both engines pay the same per-write cost, so the comparison stays fair.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String fileName) {
        super(open(fileName));
    }

    private static MVStore open(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).open();
        store.setRetentionTime(0); // as the default: without it a commit per write grows the file ~70 KB per event
        return store;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            synchronized (this) {
                commit(); // free when the command changed nothing, so reads cost no more
            }
        }
    }
}
