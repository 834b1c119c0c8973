package org.nrmtracker.command.referral;

import org.axonframework.messaging.MetaData;

/**
 * A referral's refusal of a command (409 or 422), answered as a result instead of thrown, for a command that asks
 * for it with {@link #AS_ANSWER} in its metadata: the history import runs a batch of lines as nested commands of
 * one unit of work, and a nested command that throws makes Axon drop the referral from that unit of work and from
 * its cache, together with the batch's earlier, not yet stored events of that referral. Refusing changes nothing
 * in the referral, so answering instead keeps the batch's view of it whole. The key is never stored on any event.
 */
public record Refusal(RuntimeException reason) {

    /** Metadata key; any value asks for refusals as answers. */
    public static final String AS_ANSWER = "refusalAsAnswer";

    public static MetaData requested() {
        return MetaData.with(AS_ANSWER, true);
    }
}
