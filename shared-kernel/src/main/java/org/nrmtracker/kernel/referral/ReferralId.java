package org.nrmtracker.kernel.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** The identity of one referral: one event stream, one aggregate. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "referral id");
    }

    @JsonCreator
    public static ReferralId of(String raw) {
        return new ReferralId(UUID.fromString(raw));
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() { // Axon stores this as the aggregate identifier
        return value.toString();
    }
}
