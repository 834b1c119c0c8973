package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;

import java.util.SplittableRandom;

/**
 * A case's support, drawn when the referral is made (always the same number of draws, so the decisions drawn
 * later never shift): which periods it would have, and after how long they would end. {@link SupportJourney}
 * turns it into events once the decisions are known.
 *
 * @param early          entered support (a safe house, mostly) before the RG decision; else only the implicit
 *                       recovery period of a positive RG decision
 * @param dropout        a period ends before the CG decision (lost contact, left the UK...)
 * @param rnaExtension   extra days of support after a positive CG decision (a recovery needs assessment), or 0
 */
record SupportPlan(boolean early, int earlyAfter, SupportKind earlyKind, int endAfterNegative,
                   boolean restart, int restartAfter, SupportKind restartKind,
                   boolean dropout, int dropoutAfter, SupportEndReason dropoutReason,
                   boolean reentry, int reentryAfter, SupportKind reentryKind, int rnaExtension) {

    private static final SupportEndReason[] DROPOUT_REASONS =
            {SupportEndReason.LOST_CONTACT, SupportEndReason.LEFT_UK, SupportEndReason.OTHER};

    static SupportPlan draw(SplittableRandom random, AgeAtExploitation age) {
        boolean child = age == AgeAtExploitation.CHILD;
        double earlyChance = child ? 0 : age == AgeAtExploitation.ADULT ? 0.30 : 0.15;
        return new SupportPlan(
                Draws.chance(random, earlyChance), Draws.lognormalDays(random, 1.5, 0.8),
                Draws.chance(random, 0.85) ? SupportKind.ACCOMMODATION : SupportKind.OUTREACH,
                2 + random.nextInt(8),
                Draws.chance(random, 0.5), random.nextInt(8),
                Draws.chance(random, 0.3) ? SupportKind.ACCOMMODATION : SupportKind.OUTREACH,
                Draws.chance(random, child ? 0.05 : 0.15), 1 + Draws.lognormalDays(random, 150, 1.0),
                DROPOUT_REASONS[Draws.weighted(random, new double[]{0.6, 0.15, 0.25})],
                Draws.chance(random, 0.35), 1 + Draws.lognormalDays(random, 45, 0.8),
                Draws.chance(random, 0.2) ? SupportKind.ACCOMMODATION : SupportKind.OUTREACH,
                rnaExtension(Draws.chance(random, 0.35), Draws.lognormalDays(random, 150, 0.7)));
    }

    private static int rnaExtension(boolean assessed, int days) {
        return assessed ? days : 0;
    }
}
