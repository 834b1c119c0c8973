package org.nrmtracker.command.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Forgets keys after their retention (at least 30 days, docs/api.md §1). A sweep rather than a TTL
 * index, because the embedded server does not enforce TTL indexes.
 */
@Component
class IdempotencyKeySweeper {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeySweeper.class);

    private final IdempotencyKeys keys;
    private final Duration retention;

    IdempotencyKeySweeper(IdempotencyKeys keys, @Value("${nrm.idempotency.retention:P31D}") Duration retention) {
        if (retention.compareTo(Duration.ofDays(30)) < 0) {
            throw new IllegalArgumentException("Idempotency keys must be kept at least 30 days");
        }
        this.keys = keys;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT6H")
    void sweep() {
        long deleted = keys.deleteOlderThan(retention);
        if (deleted > 0) {
            log.info("Forgot {} idempotency keys older than {}", deleted, retention);
        }
    }
}
