package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One simulated referral: its REFERRED event and, as the simulation runs, its decisions, reconsideration
 * requests and withdrawal, in the order they happen. Every later draw for it comes from its own source.
 */
final class Case {

    static final int NEVER = Integer.MAX_VALUE;

    /** Orders the output: referral day first, then the quarter cell and the case's number in it. */
    final long order;
    final ReferralMade referral;
    final int referredOn;
    final SplittableRandom random;
    final SupportPlan support;
    /** When the adult would withdraw if still waiting for a decision then; NEVER for most. */
    final int plannedWithdrawal;
    final List<ReferralEvent> events = new ArrayList<>();
    /** The queue entry while the case waits for a decision, else null. */
    QueueEntry waiting;
    boolean withdrawn;
    /** After a CG decision the adult can no longer withdraw (even while a reconsideration is pending). */
    boolean conclusivelyDecided;
    private final EnumSet<DecisionStage> reconsiderationAsked = EnumSet.noneOf(DecisionStage.class);

    Case(long order, ReferralMade referral, SplittableRandom random, SupportPlan support, int plannedWithdrawal) {
        this.order = order;
        this.referral = referral;
        this.referredOn = (int) referral.referredOn().toEpochDay();
        this.random = random;
        this.support = support;
        this.plannedWithdrawal = plannedWithdrawal;
        events.add(referral);
    }

    AgeAtExploitation age() {
        return referral.survivor().ageAtExploitation();
    }

    /** A stage's negative decision is reconsidered at most once here (the rules would allow more). */
    boolean firstReconsiderationOf(DecisionStage stage) {
        return reconsiderationAsked.add(stage);
    }
}
