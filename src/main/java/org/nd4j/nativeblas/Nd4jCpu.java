package org.nd4j.nativeblas;

/**
 * Bridges DL4J 1.0.0-M2.1's oneDNN check to where ND4J M2 moved the native environment.
 *
 * <p>{@code BaseMKLDNNHelper.mklDnnEnabled()} reflects on {@code org.nd4j.nativeblas.Nd4jCpu$Environment}
 * and its {@code isUseMKLDNN()}; in M2 that class became
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment} with {@code isUseONEDNN()}. The lookup
 * fails silently and every convolution falls back to im2col. This class answers the old name with the
 * new environment's answer, so the oneDNN layer helpers run.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The old name DL4J looks up; delegates to the real native environment. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
