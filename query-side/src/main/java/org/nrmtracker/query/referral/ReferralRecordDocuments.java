package org.nrmtracker.query.referral;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code referral_records} collection: one document per referral, events kept under their
 * sequence number ({@code events.3}) so that writing one is an idempotent {@code $set}.
 */
@Component
class ReferralRecordDocuments {

    static final String COLLECTION = "referral_records";
    private static final int MERGE_BATCH = 1_000;

    private final MongoDatabase database;
    private final MongoCollection<Document> collection;

    ReferralRecordDocuments(MongoDatabase database) {
        this.database = database;
        this.collection = database.getCollection(COLLECTION);
    }

    /** The update that records one fact; on the referral's first event also its attributes. */
    static Bson update(ReferralRecord attributes, RecordedFact fact) {
        List<Bson> sets = new ArrayList<>();
        sets.add(Updates.set("events." + fact.sequence(), toDocument(fact)));
        sets.add(Updates.max("version", fact.sequence()));
        if (attributes != null) {
            addAttributes(sets, attributes);
        }
        return Updates.combine(sets);
    }

    /** The updates of all of a record's facts and its attributes in one: merged into what the document holds. */
    private static Bson merge(ReferralRecord record) {
        List<Bson> sets = new ArrayList<>();
        long version = 0;
        for (RecordedFact fact : record.events()) {
            sets.add(Updates.set("events." + fact.sequence(), toDocument(fact)));
            version = Math.max(version, fact.sequence());
        }
        sets.add(Updates.max("version", version));
        addAttributes(sets, record);
        return Updates.combine(sets);
    }

    private static void addAttributes(List<Bson> sets, ReferralRecord attributes) {
        sets.add(Updates.set("organisation", attributes.organisation()));
        sets.add(Updates.set("referredOn", attributes.referredOn().toString()));
        sets.add(Updates.set("jurisdiction", attributes.jurisdiction().name()));
        sets.add(Updates.set("firstResponderType", attributes.firstResponderType().name()));
        sets.add(Updates.set("subjectRef", attributes.subjectRef()));
        sets.add(Updates.set("ageAtExploitation", attributes.ageAtExploitation().name()));
        sets.add(Updates.set("gender", attributes.gender().name()));
        sets.add(Updates.set("nationalities", attributes.nationalities()));
        sets.add(Updates.set("exploitationTypes",
                attributes.exploitationTypes().stream().map(Enum::name).sorted().toList()));
        sets.add(Updates.set("exploitationLocation", attributes.exploitationLocation().name()));
        sets.add(Updates.set("countyLines", attributes.countyLines()));
    }

    /** The idempotent upsert that records one fact, to be sent with others by {@link #writeAll}. */
    static WriteModel<Document> upsert(String referralId, ReferralRecord attributes, RecordedFact fact) {
        return new UpdateOneModel<>(Filters.eq("_id", referralId), update(attributes, fact),
                new UpdateOptions().upsert(true));
    }

    /** One round trip for all of them, applied in order (a referral's facts may follow each other). */
    void writeAll(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /**
     * Writes whole records as the projection's own updates would, fact by fact, merged into the documents: a
     * processor of another instance writing the same documents meanwhile loses nothing. In bulk writes of 1,000.
     */
    void mergeAll(Collection<ReferralRecord> records) {
        List<WriteModel<Document>> batch = new ArrayList<>(MERGE_BATCH);
        for (ReferralRecord record : records) {
            batch.add(new UpdateOneModel<>(Filters.eq("_id", record.referralId()), merge(record),
                    new UpdateOptions().upsert(true)));
            if (batch.size() == MERGE_BATCH) {
                collection.bulkWrite(batch, new BulkWriteOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.bulkWrite(batch, new BulkWriteOptions().ordered(false));
        }
    }

    Optional<ReferralRecord> find(String referralId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", referralId)).first())
                .filter(d -> d.containsKey("referredOn"))
                .map(ReferralRecordDocuments::toRecord);
    }

    /** Every stored record, for comparing with a rebuild; one full read of the collection. */
    Map<String, ReferralRecord> readAll() {
        Map<String, ReferralRecord> all = new HashMap<>();
        for (Document d : collection.find()) {
            if (d.containsKey("referredOn")) {
                all.put(d.getString("_id"), toRecord(d));
            } else {
                all.put(d.getString("_id"), null); // events without their referral: a broken document
            }
        }
        return all;
    }

    /** Writes a rebuilt model beside the live one, then puts it in the live one's place at once. */
    void replaceWith(Map<String, ReferralRecord> rebuilt, String buildId) {
        MongoCollection<Document> target = database.getCollection(COLLECTION + "_rebuild_" + buildId);
        target.drop();
        List<Document> batch = new ArrayList<>(1000);
        for (ReferralRecord record : rebuilt.values()) {
            batch.add(fullDocument(record));
            if (batch.size() == 1000) {
                target.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch);
        }
        target.renameCollection(new MongoNamespace(database.getName(), COLLECTION),
                new RenameCollectionOptions().dropTarget(true));
    }

    /** The same document the incremental updates build, written in one go. */
    private static Document fullDocument(ReferralRecord record) {
        Document events = new Document();
        long version = 0;
        for (RecordedFact fact : record.events()) {
            events.append(String.valueOf(fact.sequence()), toDocument(fact));
            version = Math.max(version, fact.sequence());
        }
        return new Document("_id", record.referralId())
                .append("events", events).append("version", version)
                .append("organisation", record.organisation())
                .append("referredOn", record.referredOn().toString())
                .append("jurisdiction", record.jurisdiction().name())
                .append("firstResponderType", record.firstResponderType().name())
                .append("subjectRef", record.subjectRef())
                .append("ageAtExploitation", record.ageAtExploitation().name())
                .append("gender", record.gender().name())
                .append("nationalities", record.nationalities())
                .append("exploitationTypes", record.exploitationTypes().stream().map(Enum::name).sorted().toList())
                .append("exploitationLocation", record.exploitationLocation().name())
                .append("countyLines", record.countyLines());
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }

    private static Document toDocument(RecordedFact fact) {
        return new Document("sequence", fact.sequence()).append("type", fact.type().name())
                .append("date", fact.date().toString())
                .append("outcome", name(fact.outcome())).append("stage", name(fact.stage()))
                .append("kind", name(fact.kind())).append("reason", name(fact.reason()))
                .append("recordedAt", Date.from(fact.recordedAt()));
    }

    static ReferralRecord toRecord(Document d) {
        Document events = d.get("events", Document.class);
        List<RecordedFact> facts = new ArrayList<>();
        for (Object value : events.values()) {
            Document e = (Document) value;
            facts.add(new RecordedFact(e.get("sequence", Number.class).longValue(),
                    ReferralEventType.valueOf(e.getString("type")), LocalDate.parse(e.getString("date")),
                    parse(e.getString("outcome"), DecisionOutcome::valueOf),
                    parse(e.getString("stage"), DecisionStage::valueOf),
                    parse(e.getString("kind"), SupportKind::valueOf),
                    parse(e.getString("reason"), SupportEndReason::valueOf),
                    e.getDate("recordedAt").toInstant()));
        }
        facts.sort(Comparator.comparingLong(RecordedFact::sequence));
        return new ReferralRecord(d.getString("_id"), d.getString("organisation"),
                LocalDate.parse(d.getString("referredOn")),
                Jurisdiction.valueOf(d.getString("jurisdiction")),
                FirstResponderType.valueOf(d.getString("firstResponderType")), d.getString("subjectRef"),
                AgeAtExploitation.valueOf(d.getString("ageAtExploitation")), Gender.valueOf(d.getString("gender")),
                d.getList("nationalities", String.class),
                d.getList("exploitationTypes", String.class).stream().map(ExploitationType::valueOf)
                        .collect(java.util.stream.Collectors.toSet()),
                ExploitationLocation.valueOf(d.getString("exploitationLocation")), d.getBoolean("countyLines"),
                facts);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E> E parse(String value, Function<String, E> parser) {
        return value == null ? null : parser.apply(value);
    }
}
