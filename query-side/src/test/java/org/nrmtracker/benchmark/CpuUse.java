package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time both JVMs spend during one load run, per request answered. Throughput and latency on this shared
 * 2-core machine vary by a third from one run to the next; CPU time per request varies far less, so it is what
 * shows whether a change made the work itself cheaper.
 */
record CpuUse(CommandSideProcess commandSide, long thisJvmStart, Optional<Duration> commandSideStart) {

    static CpuUse from(CommandSideProcess commandSide) {
        return new CpuUse(commandSide, thisJvmNanos(), commandSide.cpuTime());
    }

    /** "CPU per request: ..." since this was made, over {@code requests} answered requests. */
    String perRequest(long requests) {
        long answered = Math.max(1, requests);
        double here = (thisJvmNanos() - thisJvmStart) / 1e6 / answered;
        Optional<Duration> now = commandSide.cpuTime();
        String there = now.isPresent() && commandSideStart.isPresent()
                ? String.format("%.2f ms", now.get().minus(commandSideStart.get()).toNanos() / 1e6 / answered)
                : "n/a";
        return String.format("CPU per request: query side and clients %.2f ms, command side %s", here, there);
    }

    private static long thisJvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
