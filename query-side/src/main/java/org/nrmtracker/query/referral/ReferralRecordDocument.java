package org.nrmtracker.query.referral;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one mapping between a {@link ReferralRecord} and its document in {@code referral_records}: the referral's
 * attributes at the top, each event under its sequence number ({@code events.3}, see {@link EventDocuments}), and
 * {@code version}, the highest sequence written. Every writer sends {@link #update}, so writing is an idempotent
 * upsert that merges into whatever the document already holds: the projection one event at a time, the start-up
 * build and a rebuild whole records. {@link #document} is the same document whole, for the in-memory model's
 * snapshots.
 */
final class ReferralRecordDocument {

    /**
     * The shape's version, kept with every copy of documents outside {@code referral_records} (the in-memory model's
     * snapshots): raise it with any change to what {@link #document} writes or {@link #toRecord} reads, so that a
     * copy in an older shape is never read as if it were current.
     */
    static final int SHAPE = 2; // 2: corrections and retractions (corrects, retracts, replacement)

    /**
     * The update that writes {@code events}, and the attributes when given.
     *
     * @param attributes the referral's attributes (its events are not read), or null to leave them as they are
     */
    static Bson update(ReferralRecord attributes, Collection<ReferralRecordEvent> events) {
        List<Bson> updates = new ArrayList<>();
        long version = 0;
        for (ReferralRecordEvent recorded : events) {
            updates.add(Updates.set("events." + recorded.sequence(), EventDocuments.toDocument(recorded)));
            version = Math.max(version, recorded.sequence());
        }
        updates.add(Updates.max("version", version));
        if (attributes != null) {
            attributesOf(attributes).forEach((field, value) -> updates.add(Updates.set(field, value)));
        }
        return Updates.combine(updates);
    }

    /** The whole document {@link #update} would leave in an empty collection, for copies kept elsewhere. */
    static Document document(ReferralRecord record) {
        Document events = new Document();
        long version = 0;
        for (ReferralRecordEvent recorded : record.events()) {
            events.append(Long.toString(recorded.sequence()), EventDocuments.toDocument(recorded));
            version = Math.max(version, recorded.sequence());
        }
        Document document = new Document("_id", record.referralId());
        document.putAll(attributesOf(record));
        return document.append("events", events).append("version", version);
    }

    private static Document attributesOf(ReferralRecord attributes) {
        return new Document("organisation", attributes.organisation())
                .append("referredOn", attributes.referredOn().toString())
                .append("jurisdiction", attributes.jurisdiction().name())
                .append("firstResponderType", attributes.firstResponderType().name())
                .append("subjectRef", attributes.subjectRef())
                .append("ageAtExploitation", attributes.ageAtExploitation().name())
                .append("gender", attributes.gender().name())
                .append("nationalities", attributes.nationalities())
                .append("exploitationTypes", attributes.exploitationTypes().stream().map(Enum::name).sorted().toList())
                .append("exploitationLocation", attributes.exploitationLocation().name())
                .append("countyLines", attributes.countyLines());
    }

    /** The whole record: its attributes and all its events. */
    static Bson update(ReferralRecord record) {
        return update(record, record.events());
    }

    /** Whether the document holds a referral, not only events that arrived before it (a broken document). */
    static boolean holdsAReferral(Document document) {
        return document.containsKey("referredOn");
    }

    /** A document's id and what {@link #holdsAReferral} reads, to tell documents apart without reading them whole. */
    static Bson idAndWhetherAReferral() {
        return Projections.include("_id", "referredOn");
    }

    /** The record a document holds; only for documents that {@link #holdsAReferral}. */
    static ReferralRecord toRecord(Document d) {
        ReferralRecord attributes = new ReferralRecord(d.getString("_id"), d.getString("organisation"),
                LocalDate.parse(d.getString("referredOn")),
                Jurisdiction.valueOf(d.getString("jurisdiction")),
                FirstResponderType.valueOf(d.getString("firstResponderType")), d.getString("subjectRef"),
                AgeAtExploitation.valueOf(d.getString("ageAtExploitation")), Gender.valueOf(d.getString("gender")),
                d.getList("nationalities", String.class),
                d.getList("exploitationTypes", String.class).stream().map(ExploitationType::valueOf)
                        .collect(Collectors.toSet()),
                ExploitationLocation.valueOf(d.getString("exploitationLocation")), d.getBoolean("countyLines"),
                List.of());
        List<ReferralRecordEvent> events = new ArrayList<>();
        for (Object value : d.get("events", new Document()).values()) {
            events.add(EventDocuments.toEvent((Document) value, attributes));
        }
        events.sort(Comparator.comparingLong(ReferralRecordEvent::sequence));
        return new ReferralRecord(attributes.referralId(), attributes.organisation(), attributes.referredOn(),
                attributes.jurisdiction(), attributes.firstResponderType(), attributes.subjectRef(),
                attributes.ageAtExploitation(), attributes.gender(), attributes.nationalities(),
                attributes.exploitationTypes(), attributes.exploitationLocation(), attributes.countyLines(), events);
    }

    private ReferralRecordDocument() {
    }
}
