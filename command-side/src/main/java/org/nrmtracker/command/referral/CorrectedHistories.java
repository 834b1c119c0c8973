package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.referral.Amendment;
import org.nrmtracker.kernel.referral.CorrectedHistory;
import org.nrmtracker.kernel.referral.ReferralEventType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a referral's history, with one more correction or retraction, still follows every rule of
 * docs/api.md §2 as if it had been posted that way: the rules of {@link ReferralState} checked on each event in
 * effect, in order. A refusal names the event that would break a rule, and the rule.
 */
final class CorrectedHistories {

    static void ensureFollowsTheRules(List<StreamEvent> stream, Amendment amendment, String what, Clock clock) {
        List<StreamEvent> candidate = new ArrayList<>(stream);
        long next = stream.isEmpty() ? 0 : stream.get(stream.size() - 1).sequence() + 1;
        candidate.add(new StreamEvent(next, amendment));
        ReferralState state = ReferralState.NOT_MADE;
        for (CorrectedHistory.Entry<StreamEvent> entry : CorrectedHistory.of(candidate).effective()) {
            String where = "With this %s, sequence %d (%s) would break a rule: "
                    .formatted(what, entry.sequence(), ReferralEventType.of(entry.event()));
            try {
                state.ensureAllows(entry.event(), clock);
            } catch (ReferralStateConflict e) {
                throw new ReferralStateConflict(where + e.getMessage());
            } catch (ImpossibleReferralDates e) {
                throw new ImpossibleReferralDates(where + e.getMessage());
            }
            state = state.after(entry.event());
        }
    }

    private CorrectedHistories() {
    }
}
