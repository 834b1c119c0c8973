package org.nrmtracker.query.admin;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/**
 * How far the build at start has read the event store, for those who say how far the read models have come while
 * their processors are stopped for it (the readiness package).
 */
@Component
public class StartUpBuildProgress {

    private volatile List<String> groups = List.of();
    private volatile long position;

    /** The position of the last event the build has read for this group; empty when no build is filling it. */
    public OptionalLong position(String group) {
        return groups.contains(group) ? OptionalLong.of(position) : OptionalLong.empty();
    }

    void started(List<String> building) {
        position = 0;
        groups = List.copyOf(building);
    }

    void read(long lastPosition) {
        position = lastPosition;
    }

    /** The group's processor has taken over again (its own position says how far it is). */
    void handedOver(String group) {
        groups = groups.stream().filter(g -> !g.equals(group)).toList();
    }

    void ended() {
        groups = List.of();
    }
}
