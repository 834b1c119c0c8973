package org.nrmtracker.benchmark;

import org.nrmtracker.query.endtoend.CommandSideProcess;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time both JVMs spend during one load run, per request answered. Throughput and latency on this shared
 * 2-core machine vary by a third from one run to the next; CPU time per request varies far less, so it is what
 * shows whether a change made the work itself cheaper.
 */
final class CpuUse {

    private final CommandSideProcess commandSide;
    private final long thisJvmStart;
    private final Duration commandSideStart;

    private CpuUse(CommandSideProcess commandSide) {
        this.commandSide = commandSide;
        this.thisJvmStart = thisJvmNanos();
        this.commandSideStart = commandSide.cpuTime();
    }

    static CpuUse from(CommandSideProcess commandSide) {
        return new CpuUse(commandSide);
    }

    /** "CPU per request: ..." since this was made, over {@code requests} answered requests. */
    String perRequest(long requests) {
        double here = (thisJvmNanos() - thisJvmStart) / 1e6 / Math.max(1, requests);
        double there = commandSide.cpuTime().minus(commandSideStart).toNanos() / 1e6 / Math.max(1, requests);
        return String.format("CPU per request: query side and clients %.2f ms, command side %.2f ms", here, there);
    }

    private static long thisJvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
