package org.nrmtracker.kernel.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A personal field as it is stored: encrypted with its referral's own key, never readable without it
 * (docs/personal-data.md). The token names its format; what it hides is opened only by the query side, for the
 * referral's own provider, and by nobody once the referral's key is destroyed.
 */
public record SealedText(@JsonValue String token) {

    /** Every token starts with this: the format (AES-256-GCM, version 1). */
    public static final String PREFIX = "sealed:v1:";

    @JsonCreator
    public SealedText {
        Objects.requireNonNull(token, "token");
        if (!isToken(token)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
    }

    public static boolean isToken(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() > PREFIX.length();
    }
}
