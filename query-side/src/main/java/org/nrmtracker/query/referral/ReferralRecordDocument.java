package org.nrmtracker.query.referral;

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
 * build and a rebuild whole records.
 */
final class ReferralRecordDocument {

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
            updates.add(Updates.set("organisation", attributes.organisation()));
            updates.add(Updates.set("referredOn", attributes.referredOn().toString()));
            updates.add(Updates.set("jurisdiction", attributes.jurisdiction().name()));
            updates.add(Updates.set("firstResponderType", attributes.firstResponderType().name()));
            updates.add(Updates.set("subjectRef", attributes.subjectRef()));
            updates.add(Updates.set("ageAtExploitation", attributes.ageAtExploitation().name()));
            updates.add(Updates.set("gender", attributes.gender().name()));
            updates.add(Updates.set("nationalities", attributes.nationalities()));
            updates.add(Updates.set("exploitationTypes",
                    attributes.exploitationTypes().stream().map(Enum::name).sorted().toList()));
            updates.add(Updates.set("exploitationLocation", attributes.exploitationLocation().name()));
            updates.add(Updates.set("countyLines", attributes.countyLines()));
        }
        return Updates.combine(updates);
    }

    /** The whole record: its attributes and all its events. */
    static Bson update(ReferralRecord record) {
        return update(record, record.events());
    }

    /** Whether the document holds a referral, not only events that arrived before it (a broken document). */
    static boolean holdsAReferral(Document document) {
        return document.containsKey("referredOn");
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
