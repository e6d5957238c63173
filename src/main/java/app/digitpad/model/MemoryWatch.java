package app.digitpad.model;

import java.lang.management.ManagementFactory;

/**
 * Keeps the process's resident memory near a soft ceiling by asking for a garbage collection when it
 * passes it.
 *
 * <p>ND4J's arrays keep their bytes outside the Java heap and free them only when the collector finds their
 * Java objects, which are tiny: the heap sees no reason to collect while native memory grows. JavaCPP's own
 * ceiling ({@code org.bytedeco.javacpp.maxphysicalbytes}, twice the maximum heap by default) is a hard one:
 * past it an allocation fails with {@code OutOfMemoryError} even when most of the memory is garbage, so it
 * cannot be set near what the app really needs. {@link Forward} frees what forward passes make at once;
 * this watch catches the rest (network copies, training batches, DL4J's temporaries) by collecting when
 * the process passes {@link #ceilingBytes()}, then hands the C library's free memory back to the system
 * (glibc's {@code malloc_trim}: ND4J's freed buffers otherwise stay resident in malloc's free lists, and
 * the process would look as large as before). When a collection leaves the process above the ceiling (the
 * memory is really in use, e.g. a training run), the next one waits until it has grown by a quarter of
 * the ceiling more, so a busy process is not collected over and over.
 *
 * <p>One daemon thread per process, started by {@link Backend#configure()}.
 */
public final class MemoryWatch {

    /** System property: the soft ceiling in megabytes, for a user who wants another. */
    public static final String CEILING_PROPERTY = "digitpad.memory.ceiling.mb";
    private static final long MB = 1L << 20;
    /**
     * The default ceiling: with the headroom above it, under the 1 GB a command may use (and the 1.5 GB the
     * window may); 900 MB let a noisy 800x200 photo's number reading peak at 1.09 GB.
     */
    static final long DEFAULT_CEILING = 768 * MB;
    /** How often the resident size is read (a read of /proc costs microseconds). */
    private static final long PERIOD_MS = 250;
    /** Heap kept free after a full collection, at least and at most, in percent of the heap. */
    static final int MIN_HEAP_FREE_PERCENT = 10;
    static final int MAX_HEAP_FREE_PERCENT = 30;
    /** ND4J frees a collected array's memory on its own thread, shortly after the collection. */
    private static final long DEALLOCATOR_MS = 300;
    /** How far past the memory left after a collection the next collection waits, as a share of the ceiling. */
    private static final double HEADROOM = 0.25;

    private static Thread thread;
    /** Loaded on the watch's thread at its first collection. */
    private static GlibcMalloc malloc;
    private static volatile long collections;

    private MemoryWatch() {
    }

    /** Starts the watch once per process; later calls do nothing. */
    static synchronized void start() {
        if (thread != null || ProcessMemory.read().residentBytes() < 0) {
            return;
        }
        shrinkHeapAfterCollections();
        thread = new Thread(MemoryWatch::watch, "digitpad-memory-watch");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The soft ceiling: the property's value, else 768 MB, or a quarter of a machine smaller than 3 GB. */
    public static long ceilingBytes() {
        String set = System.getProperty(CEILING_PROPERTY);
        if (set != null) {
            try {
                return Math.max(64, Long.parseLong(set.trim())) * MB;
            } catch (NumberFormatException e) {
                org.slf4j.LoggerFactory.getLogger(MemoryWatch.class).warn("-D{}={} is not a number of megabytes; "
                        + "using {} MB", CEILING_PROPERTY, set, DEFAULT_CEILING / MB);
            }
        }
        return Math.min(DEFAULT_CEILING, machineBytes() / 4);
    }

    /** Collections the watch has asked for since the process started. */
    public static long collections() {
        return collections;
    }

    private static void watch() {
        long ceiling = ceilingBytes();
        long mark = ceiling;
        while (true) {
            if (!pause(PERIOD_MS)) {
                return;
            }
            long resident = ProcessMemory.read().residentBytes();
            if (resident < ceiling) {
                mark = ceiling;
            } else if (resident > mark) {
                System.gc();
                collections++;
                if (!pause(DEALLOCATOR_MS)) {
                    return;
                }
                trimNativeHeap();
                mark = Math.max(ceiling, ProcessMemory.read().residentBytes() + (long) (ceiling * HEADROOM));
            }
        }
    }

    /**
     * After a full collection the JVM gives back heap beyond 30% free (its default keeps up to 70% free: a
     * window whose heap holds 270 MB kept 740 MB of it). Both flags can be changed while running; a user's
     * own {@code -XX:MinHeapFreeRatio/MaxHeapFreeRatio} win.
     */
    private static void shrinkHeapAfterCollections() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption("MaxHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT
                    && vm.getVMOption("MinHeapFreeRatio").getOrigin() == com.sun.management.VMOption.Origin.DEFAULT) {
                vm.setVMOption("MinHeapFreeRatio", Integer.toString(MIN_HEAP_FREE_PERCENT));
                vm.setVMOption("MaxHeapFreeRatio", Integer.toString(MAX_HEAP_FREE_PERCENT));
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MemoryWatch.class).debug("heap free ratios left as they are: {}",
                    e.getMessage());
        }
    }

    /** glibc's call that returns free heap memory to the system. */
    private interface GlibcMalloc extends com.sun.jna.Library {
        int malloc_trim(long pad);
    }

    /** Returns malloc's free memory to the system where the C library is glibc; elsewhere does nothing. */
    static void trimNativeHeap() {
        if (!com.sun.jna.Platform.isLinux()) {
            return;
        }
        try {
            if (malloc == null) {
                malloc = com.sun.jna.Native.loadLibrary(com.sun.jna.Platform.C_LIBRARY_NAME, GlibcMalloc.class);
            }
            malloc.malloc_trim(0);
        } catch (LinkageError e) {
            // Not glibc (musl has no malloc_trim): freed memory is still reused, just not shown as returned.
        }
    }

    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static long machineBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 8192 * MB;
    }
}
