package org.nrmtracker.synthetic;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;

import java.time.LocalDate;
import java.util.List;

/**
 * The model alone against the published Home Office tables, counted the way docs/api.md §5.2 counts: every
 * generated RG or CG decision dated in a quarter counts once in that quarter, superseded ones included
 * (tolerances: {@link DecisionCounts}). The same year, imported through the command side, is checked there
 * ({@code ImportedSyntheticYearTest}).
 */
class SyntheticHistoryCalibrationTest {

    private static final int YEAR = 2023;
    private static final long SEED = 2023;
    private static final LocalDate END_OF_YEAR = LocalDate.of(YEAR, 12, 31);

    @Test
    void atFullScaleEveryQuarterOfTheTablesIsMatched() {
        // the model alone, at the published volumes, over every quarter with published decisions
        SyntheticHistory generator = new SyntheticHistory(SEED, 1.0, END_OF_YEAR);
        DecisionCounts generated = new DecisionCounts();
        for (List<ReferralEvent> history : generator.histories(new Quarter(2009, 2), new Quarter(YEAR, 4))) {
            AgeAtExploitation age = ((ReferralMade) history.get(0)).survivor().ageAtExploitation();
            for (ReferralEvent event : history) {
                if (event instanceof ReasonableGroundsDecisionRecorded rg) {
                    generated.count(DecisionStage.REASONABLE_GROUNDS, rg.decidedOn(), rg.outcome(), age);
                } else if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
                    generated.count(DecisionStage.CONCLUSIVE_GROUNDS, cg.decidedOn(), cg.outcome(), age);
                }
            }
        }
        for (int year = 2014; year <= YEAR; year++) {
            generated.assertFollowsThePublishedTables(generator, year, true);
        }
    }
}
