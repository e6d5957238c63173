package app.digitpad.model;

import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Puts ND4J on the fast CPU path before the first array is made.
 *
 * <p>DL4J 1.0.0-M2.1 ships its oneDNN layer helpers switched off, and JavaCPP loads the plain natives
 * unless told to take the {@code -onednn} build. Both are system properties read lazily, so every entry
 * point (CLI, GUI, tests) calls {@link #configure()} first; it is idempotent. The build puts one native
 * build on the class path (the oneDNN one where ND4J publishes it for the platform, the plain one on
 * ARM Macs and Linux, or with {@code -Pplain-natives}), so the extension is asked for only when the jar
 * holds it; with the plain build the helpers find oneDNN absent and DL4J uses its own layers.
 *
 * <p>Thread counts matter as much on a small machine: OpenBLAS, which ND4J uses only for the dense layers'
 * small matrix products, keeps its own worker threads spinning after each call, and they take a core from
 * oneDNN's OpenMP threads (one OpenBLAS thread: tutorial training 2,032 -> 3,372 images/s at batch 64, see
 * BENCHMARKS.md). A single drawing is too little work to share between cores, so a prediction runs on its
 * caller's thread alone ({@link #singleThreaded()}).
 *
 * <p>OpenMP's threads wait for work passively: libgomp's default, spinning about 300,000 times before
 * sleeping, made every parallel region wait for a thread the OS had descheduled as soon as anything else
 * ran, the app's own FX and JIT threads included (a 1-epoch run beside a second one: 150 instead of 530
 * images/s each; alone: the same speed either way; BENCHMARKS.md "Training on a busy machine").
 */
public final class Backend {

    /** JavaCPP picks the native build by this suffix. */
    static final String PLATFORM_EXTENSION = "org.bytedeco.javacpp.platform.extension";
    /** The suffix of ND4J's oneDNN build. */
    static final String ONEDNN = "-onednn";
    /** The line libnd4j's build info carries when compiled with oneDNN. */
    private static final String HAVE_ONEDNN = "HAVE_ONEDNN";
    /** Where ND4J's native builds lie on the class path, one folder per platform and extension. */
    private static final String BINDINGS = "/org/nd4j/linalg/cpu/nativecpu/bindings/";
    /** DL4J's switch for its cuDNN/oneDNN layer helpers; defaults to disabled. */
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";
    /** libgomp reads it once, when ND4J's natives load. */
    static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
    /** Idle OpenMP threads sleep instead of spinning: speed degrades in proportion to the CPU left. */
    static final String WAIT_POLICY = "PASSIVE";
    /** How many threads OpenMP takes, when the user (or the test run) says. */
    static final String OMP_NUM_THREADS = "OMP_NUM_THREADS";

    /**
     * The natives are chosen and loaded, and OpenBLAS given its thread count, once per process; later calls only
     * re-apply the cheap settings.
     */
    private static boolean nativesChosen;

    private Backend() {
    }

    /**
     * Sets the properties and OpenMP's wait policy (unless the user set them), makes float32 the default
     * data type and gives OpenBLAS one thread. Any thread; the first call loads the natives.
     */
    public static synchronized void configure() {
        if (!nativesChosen) {
            MemoryWatch.start();
            NativeCache.unpackedBefore();
            NativeEnvironment.setIfAbsent(OMP_WAIT_POLICY, WAIT_POLICY);
            setIfAbsent(PLATFORM_EXTENSION, oneDnnBuildPresent() ? ONEDNN : "");
            setIfAbsent(HELPERS_DISABLE, "false");
        }
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        if (!nativesChosen) {
            // Once: OpenBLAS keeps the count for the process, and each call looks its symbol up in every loaded
            // library (dl_iterate_phdr with dlopen/dlclose inside), which deadlocked against the FX thread's
            // font set-up (FontConfigManager's dlclose) when a model loaded beside it.
            Nd4j.factory().blas().setMaxThreads(1);
        }
        if (!nativesChosen && !oneDnnCompiledIn()) {
            // The plain build's environment still says "use oneDNN"; DL4J would then attach helpers
            // that only re-enter the generic ops.
            org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().setUseONEDNN(false);
        }
        nativesChosen = true;
    }

    /** True when the natives loaded were compiled with oneDNN (their build info says so). */
    private static boolean oneDnnCompiledIn() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains(HAVE_ONEDNN);
    }

    /**
     * Until closed, OpenMP parallel regions the calling thread starts (oneDNN's and ND4J's) run on that
     * thread alone. OpenMP keeps the thread count per thread, so other threads (a training run) keep all
     * cores.
     */
    public static SingleThreaded singleThreaded() {
        return new SingleThreaded(NativeOpsHolder.getInstance().getDeviceNativeOps());
    }

    /** Restores the calling thread's OpenMP thread count when closed. */
    public static final class SingleThreaded implements AutoCloseable {
        private final NativeOps ops;
        private final int previous;

        private SingleThreaded(NativeOps ops) {
            this.ops = ops;
            this.previous = ops.ompGetMaxThreads();
            ops.setOmpNumThreads(1);
        }

        @Override
        public void close() {
            ops.setOmpNumThreads(previous);
        }
    }

    /** OpenMP threads the calling thread's next parallel region would use. */
    public static int openMpThreads() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    /**
     * The cores a pass may use: {@code OMP_NUM_THREADS} as the natives see it, when the user (or the test run) set
     * it, else every processor the JVM sees. Any thread; unlike {@link #openMpThreads}, not lowered inside {@link #singleThreaded}.
     */
    public static int cores() {
        int processors = Runtime.getRuntime().availableProcessors();
        try {
            return NativeEnvironment.get(OMP_NUM_THREADS)
                    .map(set -> Math.max(1, Math.min(processors, Integer.parseInt(set.trim())))).orElse(processors);
        } catch (NumberFormatException e) {
            return processors;
        }
    }

    /** OpenMP's wait policy as the natives read it ("PASSIVE" unless the user chose otherwise), or "default". */
    public static String openMpWaitPolicy() {
        return NativeEnvironment.get(OMP_WAIT_POLICY).orElse("default");
    }

    /** True when ND4J's native environment reports oneDNN in use (the helpers' own check). */
    public static boolean oneDnnActive() {
        configure();
        return org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN();
    }

    /** True unless the user switched DL4J's layer helpers off with the system property. */
    public static boolean helpersEnabled() {
        configure();
        return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE));
    }

    /** True when the class path holds ND4J's oneDNN build for this platform (read without loading it). */
    static boolean oneDnnBuildPresent() {
        return Backend.class.getResource(bindingsFolder(ONEDNN) + System.mapLibraryName("jnind4jcpu")) != null;
    }

    /** The class-path folder of ND4J's natives for this platform and {@code extension}, ending in "/". */
    static String bindingsFolder(String extension) {
        return BINDINGS + Loader.getPlatform() + extension + "/";
    }

    /**
     * What the natives in use are, for {@code bench}, {@code --version} and the About dialog: loads them if
     * not yet loaded.
     */
    public static NativeInfo nativeInfo() {
        configure();
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        return new NativeInfo(Loader.getPlatform(), oneDnnCompiledIn(),
                oneDnnActive(), helpersEnabled(), NativeInfo.levelName(ops.binaryLevel()),
                NativeInfo.levelName(ops.optimalLevel()), openMpWaitPolicy());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
