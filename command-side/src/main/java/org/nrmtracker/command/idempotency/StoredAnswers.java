package org.nrmtracker.command.idempotency;

import org.bson.Document;
import org.bson.types.Binary;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * An idempotency key's stored answer, sealed with a key derived from the master key (docs/personal-data.md): answers
 * are not meant to hold personal data, but whatever a handler answers is kept 30 days, so it is never stored in
 * clear. After a master key is rotated out, answers it sealed read as empty: keep it configured for the keys'
 * retention (31 days) after the rewrap.
 */
@Component
class StoredAnswers {

    private static final String PURPOSE = "idempotency answer";

    private final MasterKeys masterKeys;

    StoredAnswers(MasterKeys masterKeys) {
        this.masterKeys = masterKeys;
    }

    Document seal(String body) {
        if (body == null) {
            return null;
        }
        MasterKeys.Sealed sealed = masterKeys.seal(PURPOSE, body.getBytes(StandardCharsets.UTF_8));
        return new Document("masterKey", sealed.masterKeyId()).append("sealed", new Binary(sealed.bytes()));
    }

    String open(Document stored) {
        if (stored == null) {
            return null;
        }
        try {
            return new String(masterKeys.open(new MasterKeys.Sealed(stored.getString("masterKey"),
                    stored.get("sealed", Binary.class).getData()), PURPOSE), StandardCharsets.UTF_8);
        } catch (IllegalStateException rotatedOut) {
            return null;
        }
    }
}
