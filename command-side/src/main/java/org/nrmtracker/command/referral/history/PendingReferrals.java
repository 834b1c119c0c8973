package org.nrmtracker.command.referral.history;

import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.nrmtracker.kernel.referral.ReferralId;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The referrals to which a batch has applied events that are not stored yet, kept as a resource of the batch's
 * unit of work: a refused line of one of them is answered rather than thrown ({@link KeepRefusedReferrals}).
 */
final class PendingReferrals {

    private static final String RESOURCE = PendingReferrals.class.getName();

    private final Set<String> aggregateIds = new HashSet<>();

    private PendingReferrals() {
    }

    static PendingReferrals startIn(UnitOfWork<?> batch) {
        PendingReferrals pending = new PendingReferrals();
        batch.resources().put(RESOURCE, pending);
        return pending;
    }

    static Optional<PendingReferrals> of(UnitOfWork<?> batch) {
        return Optional.ofNullable(batch.getResource(RESOURCE));
    }

    void recorded(ReferralId referralId) {
        aggregateIds.add(referralId.toString());
    }

    boolean contains(String aggregateId) {
        return aggregateIds.contains(aggregateId);
    }
}
