package org.nrmtracker.kernel.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
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
    static final int REWRAP_BATCH = 1_000;

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
     * destroyed meanwhile stays destroyed (an update by id inserts nothing).
     * <p>
     * {@value #REWRAP_BATCH} keys at a time, each page one read and one bulk write, since a rewrapped key no longer
     * matches: the embedded server answers a find whole, in one reply, and all of a million events' keys at once
     * made a reply larger than the driver accepts, failing the command side's start (docs/benchmark.md). Updates
     * are by {@code _id} alone, which the embedded server finds by its index; with the old master key in the filter
     * as well it scanned every key for each one. At most as many pages as the keys stored allow, so two instances
     * configured with different current keys cannot pass them back and forth for ever.
     *
     * @return how many keys were rewrapped, and whether none is left to rewrap
     */
    public Rewrapped rewrap() {
        long rewrapped = 0;
        long pages = 2 * (keys.estimatedDocumentCount() / REWRAP_BATCH) + 2;
        for (long page = 0; page < pages; page++) {
            List<WriteModel<Document>> writes = new ArrayList<>(REWRAP_BATCH);
            for (Document stored : keys.find(Filters.ne("masterKey", masterKeys.currentId())).limit(REWRAP_BATCH)) {
                ReferralId referralId = ReferralId.of(stored.getString("_id"));
                byte[] raw = unwrapped(referralId, stored).raw();
                writes.add(new UpdateOneModel<>(Filters.eq("_id", stored.getString("_id")),
                        Updates.combine(Updates.set("masterKey", masterKeys.currentId()),
                                Updates.set("wrapped", new Binary(masterKeys.wrap(referralId, raw))))));
            }
            if (writes.isEmpty()) {
                return new Rewrapped(rewrapped, true);
            }
            rewrapped += keys.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
        }
        return new Rewrapped(rewrapped, false);
    }

    /**
     * What a {@link #rewrap} did: {@code keys} rewrapped; {@code complete} when every key is then wrapped by the
     * current master key, so that an older one may be removed (found by the read that came back empty).
     */
    public record Rewrapped(long keys, boolean complete) {
    }

    private DataKey unwrapped(ReferralId referralId, Document stored) {
        byte[] wrapped = stored.get("wrapped", Binary.class).getData();
        return new DataKey(referralId, masterKeys.unwrap(stored.getString("masterKey"), referralId, wrapped));
    }
}
