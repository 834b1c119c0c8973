package org.nrmtracker.query.readiness;

import com.mongodb.MongoTimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.nrmtracker.query.admin.StartUpBuildProgress;
import org.nrmtracker.query.referral.ProcessorStarts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An instance that starts while MongoDB cannot be reached cannot tell what the store held: it is not ready, and its
 * data endpoints answer 503 with Retry-After rather than fail with a 500.
 */
class StoreUnreadableTest {

    @Test
    void whileTheStoreCannotBeReadNoModelIsCompleteAndDataEndpointsAnswer503() {
        EventStorageEngine store = mock(EventStorageEngine.class);
        when(store.createHeadToken()).thenThrow(new MongoTimeoutException("no server answered"));
        ReadModelsComplete readModels = new ReadModelsComplete(store, mock(EventProcessingConfiguration.class),
                new ProcessorStarts(), new StartUpBuildProgress());
        readModels.afterSingletonsInstantiated();

        assertThat(readModels.progress()).hasSize(2).noneMatch(ModelProgress::complete);
        assertThatThrownBy(() -> new BuildingGuard(readModels).preHandle(null, null, null))
                .isInstanceOfSatisfying(ReadModelsBuilding.class, building -> {
                    assertThat(building.getStatusCode().value()).isEqualTo(503);
                    assertThat(building.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                });
    }
}
