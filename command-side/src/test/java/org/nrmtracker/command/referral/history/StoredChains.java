package org.nrmtracker.command.referral.history;

import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.integrity.AuditedEvent;
import org.nrmtracker.kernel.integrity.HashChain;
import org.nrmtracker.kernel.referral.ReferralEventType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A stream's hash chain re-derived from what is stored, as an auditor would (docs/api.md §6.2). */
final class StoredChains {

    private StoredChains() {
    }

    static void assertVerify(List<StoredEvent> stream, String recordedBy) {
        String previousHash = HashChain.GENESIS;
        long sequence = 0;
        for (StoredEvent event : stream) {
            String type = ReferralEventType.ofEventClass(event.payloadType()).orElseThrow().name();
            String expected = HashChain.link(previousHash, new AuditedEvent(event.aggregateId(), event.sequence(),
                    type, event.payload(), event.recordedAt(), event.recordedBy()));
            assertThat(event.sequence()).isEqualTo(sequence++);
            assertThat(event.recordedBy()).isEqualTo(recordedBy);
            assertThat(event.previousHash()).as("previous hash of event %d", event.sequence()).isEqualTo(previousHash);
            assertThat(event.hash()).as("hash of event %d", event.sequence()).isEqualTo(expected);
            previousHash = event.hash();
        }
    }
}
