package org.nrmtracker.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * An id the server makes for a request (a referral posted without one) that is the same for every request of the
 * same client under the same {@code Idempotency-Key}: a retry after an unknown outcome then names the referral the
 * first attempt may have recorded, and is acknowledged as a duplicate instead of making a second one
 * (docs/consistency.md, "Unknown outcomes").
 */
public final class IdempotentIds {

    static final String KEY_ID = IdempotentIds.class.getName() + ".keyId";

    /** Empty for a request without an {@code Idempotency-Key}. */
    public static Optional<UUID> of(HttpServletRequest request) {
        return Optional.ofNullable(request.getAttribute(KEY_ID))
                .map(keyId -> UUID.nameUUIDFromBytes(("id-for:" + keyId).getBytes(StandardCharsets.UTF_8)));
    }

    private IdempotentIds() {
    }
}
