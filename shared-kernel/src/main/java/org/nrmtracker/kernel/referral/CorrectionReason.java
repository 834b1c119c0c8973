package org.nrmtracker.kernel.referral;

/**
 * Why an event was corrected or retracted (docs/api.md §2). A closed list, never free text: free text invites
 * personal data into a store that keeps everything.
 */
public enum CorrectionReason {
    DATA_ENTRY_ERROR, WRONG_REFERRAL, DUPLICATE, LATE_INFORMATION, OTHER
}
