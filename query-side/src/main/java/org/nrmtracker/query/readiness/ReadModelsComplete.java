package org.nrmtracker.query.readiness;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.query.admin.StartUpBuildProgress;
import org.nrmtracker.query.referral.ProcessorStarts;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.StreamShares;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whether both referral read models hold every event the store held when they had to start: the store's head read
 * as this instance started (before its processors and its web server do), or, for a model whose processor found no
 * tokens and so starts from nothing (the in-memory one at every start, {@code referral_records} on a new deployment
 * or when its tokens are gone), the head at that moment ({@link ProcessorStarts}). Until then lists and statistics
 * would count only part of the referrals, so the instance is not ready (docs/api.md §1).
 * <p>
 * A model is complete once the tokens of its segments hold every event stored at or below that head
 * ({@link #holdsAllUpTo}: gap-aware, so a commit still in flight then is not waited for). Once complete it stays
 * so, whatever its lag later, until its processor starts from nothing again; a projection rebuild, which builds
 * beside the live models, changes nothing.
 * A segment of {@code referral_records} that another instance holds is that instance's to fill.
 */
@Component
public class ReadModelsComplete implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReadModelsComplete.class);
    private static final List<String> MODELS = ReferralReadModels.PROCESSING_GROUPS;

    private final EventStorageEngine eventStore;
    private final EventProcessingConfiguration processing;
    private final ProcessorStarts starts;
    private final StartUpBuildProgress build;
    /** The store's head as this instance started; null until it could be read. */
    private volatile TrackingToken startHead;
    /** Per model, the target (a token or a {@link ProcessorStarts.TailStart}) it has been seen to hold. */
    private final Map<String, Object> reached = new ConcurrentHashMap<>();

    ReadModelsComplete(EventStorageEngine eventStore, EventProcessingConfiguration processing, ProcessorStarts starts,
                       StartUpBuildProgress build) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.starts = starts;
        this.build = build;
    }

    /** Every singleton exists, no processor and no web server has started yet: the head as the instance starts. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            startHead();
        } catch (RuntimeException e) {
            log.warn("Could not read the event store's head at start ({}); asked again until it answers", e.toString());
        }
    }

    /** How far each read model has come; once all are complete, the instance may answer from them. */
    public List<ModelProgress> progress() {
        return MODELS.stream().map(this::progressOrUnknown).toList();
    }

    /**
     * While the event store cannot be read (MongoDB unreachable), what it holds is unknown: a model not yet seen
     * complete cannot be vouched for, so the data endpoints answer 503 until it can, never a 500. A model already
     * seen complete stays so, as it would while merely behind.
     */
    private ModelProgress progressOrUnknown(String model) {
        try {
            return progressOf(model);
        } catch (RuntimeException storeUnreadable) {
            return new ModelProgress(model, 0, 0, reached.containsKey(model));
        }
    }

    public static boolean allComplete(List<ModelProgress> progress) {
        return progress.stream().allMatch(ModelProgress::complete);
    }

    private ModelProgress progressOf(String model) {
        ProcessorStarts.TailStart tailStart = starts.latestTailStart(model).orElse(null);
        Object target = tailStart != null ? tailStart : startHead();
        TrackingToken head = tailStart != null ? tailStart.head() : (TrackingToken) target;
        long targetPosition = positionOf(head);
        if (reached.get(model) == target) {
            return new ModelProgress(model, targetPosition, targetPosition, true);
        }
        Map<Integer, EventTrackerStatus> statuses = statusesOf(model);
        double covered = 0;
        long position = Long.MAX_VALUE;
        for (EventTrackerStatus status : statuses.values()) {
            TrackingToken token = status.getTrackingToken();
            if (!status.isErrorState() && holdsAllUpTo(token, head)) {
                covered += StreamShares.of(status.getSegment());
            }
            position = Math.min(position, status.getCurrentPosition().orElse(0L));
        }
        position = Math.max(statuses.isEmpty() ? 0 : position, build.position(model).orElse(0L));
        boolean complete = targetPosition <= 0 || StreamShares.isWhole(covered) || (model.equals(
                ReferralReadModels.DURABLE_GROUP) && StreamShares.isWhole(covered + heldElsewhere(model, statuses)));
        if (complete) {
            reached.put(model, target);
        }
        return new ModelProgress(model, Math.min(position, targetPosition), targetPosition, complete);
    }

    /**
     * Whether a model at {@code token} holds every event stored at or below {@code head}, as far as the store can
     * tell. {@code covers} says so when each gap of the token at or below the head is a gap of the head too (not
     * stored then). A gap older than the indexes the head vouches for is not held against the model: the processor
     * looks its gaps up at every read, so such a gap is a reservation whose commit failed, which would otherwise keep
     * the model incomplete until a new event moved its token on; wrong only for a commit that was still in flight
     * behind {@value SequencedMongoEventStorageEngine#HEAD_GAPS_WINDOW} newer ones, until the processor's next read.
     */
    static boolean holdsAllUpTo(TrackingToken token, TrackingToken head) {
        if (token == null || token.covers(head)) {
            return token != null;
        }
        if (!(token instanceof GapAwareTrackingToken model) || !(head instanceof GapAwareTrackingToken store)
                || model.getIndex() < store.getIndex()) {
            return false;
        }
        long vouchedFrom = store.getIndex() - SequencedMongoEventStorageEngine.HEAD_GAPS_WINDOW + 1;
        return model.getGaps().headSet(store.getIndex() + 1).stream()
                .allMatch(gap -> gap < vouchedFrom || store.getGaps().contains(gap));
    }

    private TrackingToken startHead() {
        TrackingToken head = startHead;
        if (head == null) {
            head = eventStore.createHeadToken();
            startHead = head;
        }
        return head;
    }

    private Map<Integer, EventTrackerStatus> statusesOf(String model) {
        return processing.eventProcessor(model, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
    }

    /** The share of the stream in segments that another instance has claimed. */
    private double heldElsewhere(String model, Map<Integer, EventTrackerStatus> ours) {
        TokenStore tokens = processing.tokenStore(model);
        int[] segments = tokens.fetchSegments(model);
        Set<Integer> claimable = tokens.fetchAvailableSegments(model).stream().map(Segment::getSegmentId)
                .collect(Collectors.toSet());
        double share = 0;
        for (int segment : segments) {
            if (!ours.containsKey(segment) && !claimable.contains(segment)) {
                share += StreamShares.of(Segment.computeSegment(segment, segments));
            }
        }
        return share;
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0L);
    }
}
