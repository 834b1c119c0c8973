package org.nrmtracker.command.referral.http;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Sends a provider's command to its referral and waits for the answer, naming who recorded it (the audit trail's
 * {@code recordedBy}) and for which organisation: the referral checks that it is its own. Shared by the
 * single-event endpoints and the history import.
 */
@Component
public class Recorder {

    private final CommandGateway commands;

    Recorder(CommandGateway commands) {
        this.commands = commands;
    }

    /** Throws the aggregate's refusals (e.g. ReferralStateConflict), possibly wrapped by Axon. */
    public RecordedEvent record(Object command, Caller caller) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaDataOf(caller)));
    }

    /** What every command of a caller carries, whichever way it is sent. */
    public static MetaData metaDataOf(Caller caller) {
        return MetaData.with(RecordingMetaData.RECORDED_BY, caller.client())
                .and(RecordingMetaData.ORGANISATION, caller.organisation());
    }
}
