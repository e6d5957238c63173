package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.nd4j.linalg.factory.Nd4j;

/** The thread settings the speed figures depend on, checked on the real natives. */
class BackendTest {

    @Test
    void openBlasGetsOneThread() {
        Backend.configure();
        assertEquals(1, Nd4j.factory().blas().getMaxThreads());
    }

    @Test
    void openBlasIsGivenItsThreadCountOncePerProcess() {
        // Setting it walks every loaded library (dlopen/dlclose inside dl_iterate_phdr): done on every model load,
        // it deadlocked against the FX thread's font set-up. Later calls must leave OpenBLAS alone.
        Backend.configure();
        try {
            Nd4j.factory().blas().setMaxThreads(2);
            Backend.configure();
            assertEquals(2, Nd4j.factory().blas().getMaxThreads(), "a later configure() does not set it again");
        } finally {
            Nd4j.factory().blas().setMaxThreads(1);
        }
    }

    @Test
    void openMpThreadsWaitPassivelyUnlessTheUserChose() {
        Backend.configure();
        String chosen = System.getenv(Backend.OMP_WAIT_POLICY);
        assertEquals(chosen == null ? Backend.WAIT_POLICY : chosen, Backend.openMpWaitPolicy());
        assertEquals(Backend.openMpWaitPolicy(), NativeEnvironment.get(Backend.OMP_WAIT_POLICY).orElseThrow());
    }

    @Test
    void nativeEnvironmentKeepsAValueAlreadySet() {
        String name = "DIGITPAD_TEST_" + ProcessHandle.current().pid();
        assertTrue(NativeEnvironment.get(name).isEmpty());
        assertTrue(NativeEnvironment.setIfAbsent(name, "first"));
        assertTrue(NativeEnvironment.setIfAbsent(name, "second"));
        assertEquals("first", NativeEnvironment.get(name).orElseThrow());
    }

    @Test
    void singleThreadedScopeIsPerThreadAndRestored() throws Exception {
        Backend.configure();
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int original = ops.ompGetMaxThreads();
        ops.setOmpNumThreads(3);
        try {
            checkScopes();
        } finally {
            ops.setOmpNumThreads(original);
        }
    }

    /**
     * With this thread at 3 OpenMP threads (whatever OMP_NUM_THREADS or a CPU quota made the default), a
     * single-threaded scope on another thread changes only that thread, and 3 comes back when it closes.
     */
    private static void checkScopes() throws Exception {
        int before = Backend.openMpThreads();
        assertEquals(3, before);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> {
            try (Backend.SingleThreaded one = Backend.singleThreaded()) {
                inside.countDown();
                checked.await();
                return Backend.openMpThreads();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        inside.await();
        assertEquals(before, Backend.openMpThreads(), "another thread's scope must not change this thread");
        checked.countDown();
        assertEquals(1, other.get());
        try (Backend.SingleThreaded one = Backend.singleThreaded()) {
            assertEquals(1, Backend.openMpThreads());
        }
        assertEquals(before, Backend.openMpThreads());
    }
}
