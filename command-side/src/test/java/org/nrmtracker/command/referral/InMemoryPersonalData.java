package org.nrmtracker.command.referral;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.nrmtracker.kernel.personaldata.DataKeys;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.kernel.personaldata.PersonalData;

import java.time.Clock;

/** Personal data keys in an in-memory server, for the aggregate's fixture tests: one for the whole test run. */
public final class InMemoryPersonalData {

    public static final PersonalData INSTANCE = start();

    private static PersonalData start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new PersonalData(new DataKeys(MongoClients.create(server.getConnectionString()).getDatabase("nrm"),
                MasterKeys.parse(MasterKeys.newEntry("test")), Clock.systemUTC()));
    }

    private InMemoryPersonalData() {
    }
}
