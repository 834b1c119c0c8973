package org.nrmtracker.command.erasure;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.nrmtracker.command.referral.ErasePersonalData;
import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a referral's personal data (docs/personal-data.md): first the erasure is recorded in the referral's
 * stream (who, when, why), then its key is destroyed. Asked again, the key is destroyed again (it may have come back
 * with a restored backup) and the first erasure is the answer. {@code nrm_personal_data_erased_total}, by reason,
 * counts the referrals erased.
 */
@Component
class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final CommandGateway commands;
    private final PersonalData personalData;
    private final MeterRegistry meters;

    Erasures(CommandGateway commands, PersonalData personalData, MeterRegistry meters) {
        this.commands = commands;
        this.personalData = personalData;
        this.meters = meters;
    }

    /**
     * @param recordedBy   the client asking (the audit trail's {@code recordedBy})
     * @param organisation the caller's organisation: a provider erases only its own referrals
     * @throws org.nrmtracker.kernel.referral.ReferralNotFound (possibly wrapped by Axon) for an unknown referral
     *                                                         or another organisation's
     */
    RecordedEvent erase(ReferralId referralId, ErasureReason reason, String recordedBy, String organisation,
                        boolean byAdministrator) {
        MetaData metaData = MetaData.with(RecordingMetaData.RECORDED_BY, recordedBy)
                .and(RecordingMetaData.ORGANISATION, organisation);
        RecordedEvent erasure = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new ErasePersonalData(referralId, reason, byAdministrator)).withMetaData(metaData));
        boolean destroyed = personalData.erase(referralId);
        if (!erasure.duplicate()) {
            meters.counter("nrm.personal.data.erased", "reason", reason.name()).increment();
            log.info("Erased the personal data of referral {} ({})", referralId, reason);
        } else if (destroyed) {
            log.warn("Destroyed again the key of referral {}, erased before: it had come back", referralId);
        }
        return erasure;
    }
}
