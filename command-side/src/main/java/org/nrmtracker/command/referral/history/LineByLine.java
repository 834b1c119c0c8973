package org.nrmtracker.command.referral.history;

import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies lines one at a time, each its own command exactly as the single-event endpoints send it: the way a
 * batch that could not be stored as one is applied again. A line whose event is found already recorded is a
 * duplicate, unless that event is the very one this line recorded in the failed batch (an ordered insert that
 * fails part-way keeps the commits before the failure): then the line is counted as accepted, once.
 */
final class LineByLine {

    private static final Logger log = LoggerFactory.getLogger(LineByLine.class);

    private final Recorder recorder;

    LineByLine(Recorder recorder) {
        this.recorder = recorder;
    }

    /** @param attempted the lines' outcomes in the failed batch, in order, for as many lines as it reached */
    List<LineOutcome> apply(List<PendingLine> lines, List<LineOutcome> attempted, Caller caller) {
        List<LineOutcome> outcomes = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineOutcome outcome = apply(lines.get(i), caller);
            LineOutcome before = i < attempted.size() ? attempted.get(i) : null;
            outcomes.add(recordedByTheFailedBatch(before, outcome)
                    ? LineOutcome.recorded(outcome.line(), asAccepted(outcome.recorded())) : outcome);
        }
        return outcomes;
    }

    private LineOutcome apply(PendingLine line, Caller caller) {
        if (line.rejection() != null) {
            return LineOutcome.rejected(line.line(), line.rejection());
        }
        try {
            return LineOutcome.recorded(line.line(), recorder.record(line.command(), caller));
        } catch (RejectedLine rejected) {
            return LineOutcome.rejected(line.line(), rejected);
        } catch (RuntimeException e) {
            RejectedLine refusal = RejectedLine.refusal(e);
            if (refusal.status() == RejectedLine.INTERNAL_ERROR) {
                log.error("History import: line {} failed: {}", line.line(), withoutMessages(e));
            }
            return LineOutcome.rejected(line.line(), refusal);
        }
    }

    // the same referral, position and recording time: the event the batch stored for this line, not an older one
    private static boolean recordedByTheFailedBatch(LineOutcome before, LineOutcome now) {
        return before != null && before.line() == now.line() && before.accepted()
                && now.recorded() != null && now.recorded().duplicate()
                && asAccepted(now.recorded()).equals(before.recorded());
    }

    private static RecordedEvent asAccepted(RecordedEvent event) {
        return new RecordedEvent(event.referralId(), event.sequence(), event.recordedAt(), false);
    }

    /** The causes' classes and where the innermost arose; no messages, which may quote the line. */
    private static String withoutMessages(Throwable e) {
        StringBuilder trace = new StringBuilder(e.getClass().getName());
        Throwable innermost = e;
        for (Throwable c = e.getCause(); c != null && c != innermost; c = c.getCause()) {
            trace.append(" caused by ").append(c.getClass().getName());
            innermost = c;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 5); i++) {
            trace.append("\n\tat ").append(frames[i]);
        }
        return trace.toString();
    }
}
