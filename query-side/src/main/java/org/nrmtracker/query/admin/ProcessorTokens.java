package org.nrmtracker.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The read models' processors and their tokens, for the jobs that stop them, build a model themselves and let
 * them go on from where the job ended. Tokens are only read or written while the processor is stopped: reading
 * one claims it, and the claim is released at once.
 */
@Component
class ProcessorTokens {

    private final EventProcessingConfiguration processing;

    ProcessorTokens(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No processor " + group));
    }

    /** Stops the groups' processors one by one, adding each to {@code stopped} once it has stopped. */
    void stop(Collection<String> groups, List<StreamingEventProcessor> stopped) {
        for (String group : groups) {
            StreamingEventProcessor processor = processor(group);
            processor.shutDown();
            stopped.add(processor);
        }
    }

    /**
     * The lowest token of any segment of these groups that this instance can claim (a segment another instance
     * holds is that instance's to go on with); null when one of them has none (it starts at the tail).
     */
    TrackingToken slowest(Collection<String> groups) {
        TrackingToken slowest = null;
        boolean first = true;
        for (String group : groups) {
            TokenStore tokens = processing.tokenStore(group);
            for (int segment : tokens.fetchSegments(group)) {
                TrackingToken token;
                try {
                    token = tokens.fetchToken(group, segment);
                } catch (UnableToClaimTokenException heldElsewhere) {
                    continue;
                }
                tokens.releaseClaim(group, segment);
                slowest = first ? token : (slowest == null || token == null ? null : slowest.lowerBound(token));
                first = false;
            }
        }
        return slowest;
    }

    /**
     * Each segment of the group this instance can claim goes on after {@code end}, unless its token is already past
     * it; a segment another instance holds is left to it (its processor goes on from its own token).
     */
    void advanceTo(TrackingToken end, String group) {
        TokenStore tokens = processing.tokenStore(group);
        for (int segment : tokens.fetchSegments(group)) {
            TrackingToken token;
            try {
                token = tokens.fetchToken(group, segment);
            } catch (UnableToClaimTokenException heldElsewhere) {
                continue;
            }
            if (token == null || !token.covers(end)) {
                tokens.storeToken(end, group, segment);
            }
            tokens.releaseClaim(group, segment);
        }
    }

    /** Every segment of these groups goes on after {@code end}. */
    void pointAt(TrackingToken end, Collection<String> groups) {
        for (String group : groups) {
            TokenStore tokens = processing.tokenStore(group);
            for (int segment : tokens.fetchSegments(group)) {
                tokens.storeToken(end, group, segment);
                tokens.releaseClaim(group, segment);
            }
        }
    }
}
