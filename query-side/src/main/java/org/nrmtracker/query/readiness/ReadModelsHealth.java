package org.nrmtracker.query.readiness;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code readModels} in the health endpoint: DOWN while a read model is not yet complete ({@link ReadModelsComplete}),
 * which makes readiness and the overall health DOWN (503) but leaves liveness alone: an instance that is building is
 * alive, and restarting it would only start the build again (application.yml puts it in the readiness group).
 */
@Component("readModels")
class ReadModelsHealth implements HealthIndicator {

    private final ReadModelsComplete readModels;

    ReadModelsHealth(ReadModelsComplete readModels) {
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        List<ModelProgress> progress = readModels.progress();
        Health.Builder health = ReadModelsComplete.allComplete(progress) ? Health.up() : Health.down();
        return health.withDetail("models", progress).build();
    }
}
