package org.nrmtracker.kernel.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.nrmtracker.kernel.referral.ReferralId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Every referral's data key, stored only wrapped by a master key, in {@code personal_data_keys} (one document per
 * referral: {@code _id} the referral id, {@code masterKey} the id of the key that wrapped it, {@code wrapped}).
 * Destroying a referral's document is its erasure (docs/personal-data.md). Both applications use it: the command
 * side creates and destroys keys and rewraps them, the query side only opens them.
 */
public final class DataKeys {

    public static final String COLLECTION = "personal_data_keys";

    private final MongoCollection<Document> keys;
    private final MasterKeys masterKeys;
    private final Clock clock;

    public DataKeys(MongoDatabase database, MasterKeys masterKeys, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /** The referral's key, or empty when it never had one or it was destroyed. */
    public Optional<DataKey> find(ReferralId referralId) {
        Document stored = keys.find(Filters.eq("_id", referralId.toString())).first();
        return Optional.ofNullable(stored).map(document -> unwrapped(referralId, document));
    }

    /**
     * The referral's key, made and stored first when it has none. Mostly called for new referrals, which have none
     * (a correction of a referral made before references were sealed is the exception): so the insert comes first,
     * and only when a key is already stored is it read, one store operation for a new referral, not two.
     */
    public DataKey findOrCreate(ReferralId referralId) {
        DataKey created = DataKey.generate(referralId);
        try {
            keys.insertOne(new Document("_id", referralId.toString())
                    .append("masterKey", masterKeys.currentId())
                    .append("wrapped", new Binary(masterKeys.wrap(referralId, created.raw())))
                    .append("createdAt", Date.from(clock.instant())));
            return created;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(referralId).orElseThrow(); // stored before, or by another request for the same referral
        }
    }

    /** Destroys the referral's key: whatever was sealed with it can never be opened again. Idempotent. */
    public boolean destroy(ReferralId referralId) {
        return keys.deleteOne(Filters.eq("_id", referralId.toString())).getDeletedCount() == 1;
    }

    /** The referrals that still have a key: those whose personal data can still be read or erased. */
    public List<ReferralId> referralsWithKeys() {
        List<ReferralId> ids = new ArrayList<>();
        for (Document document : keys.find().projection(Projections.include("_id"))) {
            ids.add(ReferralId.of(document.getString("_id")));
        }
        return ids;
    }

    /**
     * Rewraps every key not wrapped by the current master key with it (rotation, docs/personal-data.md); a key
     * destroyed meanwhile stays destroyed.
     *
     * @return how many keys were rewrapped
     */
    public long rewrap() {
        long rewrapped = 0;
        for (Document stored : keys.find(Filters.ne("masterKey", masterKeys.currentId()))) {
            ReferralId referralId = ReferralId.of(stored.getString("_id"));
            byte[] raw = unwrapped(referralId, stored).raw();
            rewrapped += keys.updateOne(Filters.and(Filters.eq("_id", stored.getString("_id")),
                            Filters.eq("masterKey", stored.getString("masterKey"))),
                    Updates.combine(Updates.set("masterKey", masterKeys.currentId()),
                            Updates.set("wrapped", new Binary(masterKeys.wrap(referralId, raw)))))
                    .getModifiedCount();
        }
        return rewrapped;
    }

    private DataKey unwrapped(ReferralId referralId, Document stored) {
        byte[] wrapped = stored.get("wrapped", Binary.class).getData();
        return new DataKey(referralId, masterKeys.unwrap(stored.getString("masterKey"), referralId, wrapped));
    }
}
