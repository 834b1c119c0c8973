package org.nrmtracker.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The peer comparison's plumbing at a small size: its own PostgreSQL starts, the peer engine stores, replays and
 * loads what it was given, and the server is gone afterwards. Skipped where PostgreSQL is not installed (as in CI);
 * timings are for the benchmark, never asserted.
 */
class PeerPlumbingTest {

    @Test
    void thePeerStoresReplaysAndLoadsEveryEventOnItsOwnServer() throws Exception {
        Optional<Path> binaries = PostgresCluster.binaries();
        assumeTrue(binaries.isPresent(), "PostgreSQL's server is not installed (apt-get install postgresql)");
        List<ReferralHistories.History> histories = ReferralHistories.totalling(1_200, 5);
        PostgresCluster cluster = PostgresCluster.start(binaries.get());
        try (cluster; ComparedStore peer = ComparedStore.peer(cluster)) {
            assertThat(BatchedAppends.append("peer", peer.engine(), histories).events()).isEqualTo(1_200);
            new SingleEventAppender(peer.engine(), 9).send();

            NoOpHandler handler = new NoOpHandler(1_201);
            TimedReplay.Result replay = TimedReplay.replay("peer", peer.engine(), 1_201, Duration.ofMinutes(2),
                    handler, handler.deliveries);
            assertThat(replay.everyEventOnce()).isTrue();
            AggregateLoader loader = new AggregateLoader(peer.engine(), histories, 1);
            for (int i = 0; i < 50; i++) {
                assertThat(loader.send()).isEqualTo(200);
            }
        }
        assertThat(Files.exists(cluster.folder())).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl(), PostgresCluster.USER, "").close())
                .isInstanceOf(SQLException.class);
    }
}
