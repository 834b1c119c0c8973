package org.nrmtracker.command.referral.http;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.nrmtracker.command.referral.RecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Sends a provider's command to its referral and waits for the answer, naming who recorded it: the audit
 * trail's {@code recordedBy}. Shared by the single-event endpoints and the history import.
 */
@Component
public class Recorder {

    /** Who recorded an event: the audit trail's {@code recordedBy}. */
    static final String RECORDED_BY = "recordedBy";

    private final CommandGateway commands;

    Recorder(CommandGateway commands) {
        this.commands = commands;
    }

    /** The client that sent the request, or {@code anonymous} while there is no authentication. */
    public static String recordedBy(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
    }

    /** Throws the aggregate's refusals (e.g. ReferralStateConflict), possibly wrapped by Axon. */
    public RecordedEvent record(Object command, String recordedBy) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(MetaData.with(RECORDED_BY, recordedBy)));
    }
}
