package org.nrmtracker.kernel.referral;

/** Why a referral's personal data was erased (docs/personal-data.md): no free text, which invites personal data. */
public enum ErasureReason {
    /** The person asked for it (UK GDPR article 17). */
    DATA_SUBJECT_REQUEST,
    /** It should never have been recorded, e.g. a name typed into subjectRef. */
    RECORDED_IN_ERROR,
    /** The retention period after the referral's last event has passed (storage limitation). */
    RETENTION_PERIOD
}
