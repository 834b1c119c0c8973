package org.nrmtracker.query.reads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nrmtracker.platform.problem.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;

/**
 * {@code minPosition} and {@code NRM-Position} for every read endpoint (docs/api.md §1), in one place: before the
 * endpoint reads, it waits until its model ({@link ReadsFrom}) has every event at or below {@code minPosition}
 * (up to {@code nrm.reads.min-position-wait}), then names the model's position in the answer's header. That
 * position is taken before the model is read, so every event at or below it is in the answer.
 */
@Component
class PositionedReads implements HandlerInterceptor {

    static final String MIN_POSITION = "minPosition";
    static final String HEADER = "NRM-Position";

    private final ReadPositions positions;
    private final Duration wait;

    PositionedReads(ReadPositions positions, @Value("${nrm.reads.min-position-wait:PT5S}") Duration wait) {
        this.positions = positions;
        this.wait = wait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ReadsFrom reads = handler instanceof HandlerMethod method ? method.getMethodAnnotation(ReadsFrom.class) : null;
        if (reads == null) {
            return true;
        }
        Long minPosition = minPositionOf(request.getParameter(MIN_POSITION));
        long position = minPosition == null ? positions.of(reads.value())
                : positions.await(reads.value(), minPosition, wait);
        response.setHeader(HEADER, Long.toString(position));
        return true;
    }

    private static Long minPositionOf(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long minPosition = Long.parseLong(raw);
            if (minPosition >= 0) {
                return minPosition;
            }
        } catch (NumberFormatException e) {
            // answered below, without the value
        }
        throw new InvalidRequest(MIN_POSITION, "must be a position: a whole number, 0 or more");
    }
}
