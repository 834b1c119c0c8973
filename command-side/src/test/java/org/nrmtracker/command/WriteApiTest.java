package org.nrmtracker.command;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the tests of the write API over HTTP share: the running command side's port and database, a client of its
 * API, and the streams it recorded. A subclass carries {@link RunningCommandSide}, or a {@code @SpringBootTest} of
 * its own when it needs other settings.
 */
public abstract class WriteApiTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MongoDatabase database;
    protected WriteApi api;
    protected RecordedStreams streams;

    @BeforeEach
    void connect() {
        api = new WriteApi(port);
        streams = new RecordedStreams(database);
    }
}
