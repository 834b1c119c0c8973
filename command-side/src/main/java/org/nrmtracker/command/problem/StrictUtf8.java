package org.nrmtracker.command.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are well-formed UTF-8 (RFC 3629). Jackson's parser decodes overlong forms such as {@code C0 AF}
 * (a disguised "/") without complaint; the JDK's decoder refuses them, as it refuses encoded surrogates and
 * truncated sequences.
 */
public final class StrictUtf8 {

    public static boolean isWellFormed(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private StrictUtf8() {
    }
}
