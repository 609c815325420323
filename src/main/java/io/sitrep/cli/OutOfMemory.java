package io.sitrep.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What sitrep says when the JVM runs out of memory: one line with the heap it had and a larger
 * one to try, instead of a stack trace. The heap is set through {@code SITREP_JAVA_OPTS}.
 */
final class OutOfMemory {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private OutOfMemory() {
    }

    /** The line for {@code e} with this JVM's heap limit. */
    static String message(OutOfMemoryError e) {
        return message(e, maxHeap());
    }

    /** The line for {@code e} with a heap limit of {@code maxHeap} bytes. */
    static String message(OutOfMemoryError e, long maxHeap) {
        String why = reason(e);
        return "error: out of memory" + (why == null ? "" : " (" + why + ")") + " with a heap of " + size(maxHeap)
                + "; give sitrep more with SITREP_JAVA_OPTS=-Xmx" + suggestion(maxHeap);
    }

    /** Twice the heap, in whole GiB: {@code 2g} for 768 MiB, {@code 8g} for 4 GiB. */
    static String suggestion(long maxHeap) {
        long gib = Math.max(1, (2 * maxHeap + GIB - 1) / GIB);
        return gib + "g";
    }

    /** The JVM's own words ("Java heap space"), from the error or what it wraps (a parallel stream's copy has none). */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip().lines().findFirst().orElse(null);
            }
        }
        return null;
    }

    private static String size(long bytes) {
        return bytes % GIB == 0 ? bytes / GIB + " GiB" : String.format(Locale.ROOT, "%d MiB", Math.round(bytes / (double) MIB));
    }

    /** The heap limit as set ({@code -Xmx}); {@link Runtime#maxMemory()} is smaller by a survivor space. */
    private static long maxHeap() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Long.parseLong(vm.getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException | LinkageError notHotSpot) {
            return Runtime.getRuntime().maxMemory();
        }
    }
}
