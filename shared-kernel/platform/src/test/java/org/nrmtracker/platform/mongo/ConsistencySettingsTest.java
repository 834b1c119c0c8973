package org.nrmtracker.platform.mongo;

import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The code's consistency settings hold whatever the URI says (docs/consistency.md, "Settings the code owns"). */
class ConsistencySettingsTest {

    private static final String WEAKER_URI = "mongodb://db-1.example.org,db-2.example.org/?replicaSet=rs0"
            + "&w=1&journal=false&readConcernLevel=local&readPreference=secondaryPreferred&maxStalenessSeconds=120";

    @Test
    void aUriAskingForWeakerConsistencyStillGetsMajorityJournaledWritesMajorityReadsFromThePrimary() {
        MongoClientSettings settings = ConsistencySettings.of(WEAKER_URI);

        assertThat(settings.getWriteConcern().getWObject()).isEqualTo("majority");
        assertThat(settings.getWriteConcern().getJournal()).isTrue();
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        assertThat(settings.getReadPreference()).isEqualTo(ReadPreference.primary());
        assertThat(settings.getRetryWrites()).isTrue();
    }

    @Test
    void theApplicationsDatabaseHasTheCodesSettings() {
        MongoConfiguration configuration = new MongoConfiguration();
        MongoProperties properties = new MongoProperties(WEAKER_URI, "nrm");
        try (MongoClient client = configuration.mongoClient(properties,
                new StaticListableBeanFactory().getBeanProvider(EmbeddedMongoConnection.class))) {
            MongoDatabase database = configuration.mongoDatabase(client, properties);

            assertThat(database.getWriteConcern()).isEqualTo(ConsistencySettings.WRITE_CONCERN);
            assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
            assertThat(database.getReadPreference()).isEqualTo(ReadPreference.primary());
        }
    }

    @Test
    void everyWaitIsBoundedWhereTheUriSetsNone() {
        MongoClientSettings settings = ConsistencySettings.of("mongodb://db-1.example.org/?replicaSet=rs0");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(15);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(60);
        assertThat(settings.getWriteConcern().getWTimeout(TimeUnit.SECONDS)).isEqualTo(15);
        assertThat(settings.getConnectionPoolSettings().getMaxWaitTime(TimeUnit.SECONDS)).isEqualTo(15);
    }

    @Test
    void timeBoundsTheUriGivesAreKept() {
        MongoClientSettings settings = ConsistencySettings.of(
                "mongodb://db-1.example.org/?replicaSet=rs0&serverSelectionTimeoutMS=5000&socketTimeoutMS=20000");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(20000);
        assertThat(settings.getWriteConcern()).isNotEqualTo(WriteConcern.W1);
    }
}
