package org.nrmtracker.kernel.referral;

/** The two decisions of the NRM; a reconsideration names the stage it challenges. */
public enum DecisionStage {
    REASONABLE_GROUNDS, CONCLUSIVE_GROUNDS
}
