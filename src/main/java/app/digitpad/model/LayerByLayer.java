package app.digitpad.model;

import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.layers.convolution.MaxPooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's forward pass run layer by layer, as {@code MultiLayerNetwork.output} runs it, except that max
 * pooling is libnd4j's own loop instead of oneDNN's. On [256, 20, 26, 26] oneDNN's pooling took 21-25 ms and
 * libnd4j's 5.4 ms, as long as the convolutions around it (BENCHMARKS.md, "max pooling through oneDNN"), and
 * oneDNN can only be switched off for the whole process, convolutions included (three times slower); here it
 * is declined for the pooling op alone ({@link OpContext#allowHelpers}). A maximum is the same number
 * whoever takes it, so the answers are DL4J's to the bit (ForwardTest checks every bundled network).
 *
 * <p>Only networks made of the layers it knows, channels first, take this way ({@link #handles}); any other
 * goes through DL4J's own pass. Layer outputs alternate between two workspaces, as DL4J's do, so a pass holds
 * two layers' activations at a time, not all of them. The calling thread's; one thread per network.
 */
final class LayerByLayer {

    private static final Set<Class<?>> KNOWN = Set.of(ConvolutionLayer.class, SubsamplingLayer.class,
            DenseLayer.class, OutputLayer.class, BatchNormalization.class, DropoutLayer.class, ActivationLayer.class);
    private static final String[] ACTIVATIONS = {"digitpad-layer-a", "digitpad-layer-b"};

    private LayerByLayer() {
    }

    /** True when every layer is one it knows, its convolutions and pooling channels first, pooling unpadded. */
    static boolean handles(MultiLayerNetwork network) {
        for (int i = 0; i < network.getnLayers(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = network.getLayer(i).conf().getLayer();
            if (!KNOWN.contains(conf.getClass())) {
                return false;
            }
            if (conf instanceof ConvolutionLayer c && c.getCnn2dDataFormat() != CNN2DFormat.NCHW) {
                return false;
            }
            if (conf instanceof BatchNormalization b && b.getCnn2DFormat() != CNN2DFormat.NCHW) {
                return false;
            }
            if (conf instanceof SubsamplingLayer s && (s.getCnn2dDataFormat() != CNN2DFormat.NCHW
                    || s.getConvolutionMode() != ConvolutionMode.Truncate
                    || s.getPadding()[0] != 0 || s.getPadding()[1] != 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The network's output rows for {@code x} (a batch of {@code n}), with {@code x} in the caller's open
     * workspace {@code inputWorkspace}; every array the pass makes is gone when it returns.
     */
    static float[][] outputs(MultiLayerNetwork network, INDArray x, int n, String inputWorkspace) {
        LayerWorkspaceMgr[] mgrs = {workspaces(0, inputWorkspace), workspaces(1, inputWorkspace)};
        MemoryWorkspace caller = Nd4j.getMemoryManager().getCurrentWorkspace();
        MemoryWorkspace holding = null;
        int parity = 0;
        try {
            INDArray a = x;
            for (int i = 0; i < network.getnLayers(); i++) {
                MemoryWorkspace next = mgrs[parity].notifyScopeEntered(ArrayType.ACTIVATIONS);
                // Closing one out of order then hands the thread back to the caller's workspace.
                next.setPreviousWorkspace(caller);
                a = layer(network, i, a, n, mgrs[parity]);
                if (holding != null && in(a, ACTIVATIONS[1 - parity])) {
                    // A layer that hands its input back (dropout, when not training) leaves it where it was.
                    next.close();
                } else {
                    if (holding != null) {
                        holding.close();
                    }
                    holding = next;
                    parity = 1 - parity;
                }
            }
            return a.toFloatMatrix();
        } finally {
            if (holding != null) {
                holding.close();
            }
            network.clearLayersStates();
        }
    }

    private static boolean in(INDArray array, String workspace) {
        return array.isAttached() && workspace.equals(array.data().getParentWorkspace().getId());
    }

    private static INDArray layer(MultiLayerNetwork network, int i, INDArray in, int n, LayerWorkspaceMgr mgr) {
        INDArray a = in;
        InputPreProcessor pre = network.getLayerWiseConfigurations().getInputPreProcess(i);
        if (pre != null) {
            a = pre.preProcess(a, n, mgr);
        }
        Layer layer = network.getLayer(i);
        if (layer.conf().getLayer() instanceof SubsamplingLayer s && s.getPoolingType() == PoolingType.MAX) {
            return maxPool(s, a, mgr);
        }
        return layer.activate(a, false, mgr);
    }

    /** Max pooling by libnd4j's own loop: oneDNN is declined for this op alone. */
    private static INDArray maxPool(SubsamplingLayer s, INDArray in, LayerWorkspaceMgr mgr) {
        int[] k = s.getKernelSize();
        int[] st = s.getStride();
        int[] d = s.getDilation();
        long[] shape = in.shape();
        long h = (shape[2] - (long) d[0] * (k[0] - 1) - 1) / st[0] + 1;
        long w = (shape[3] - (long) d[1] * (k[1] - 1) - 1) / st[1] + 1;
        INDArray out = mgr.createUninitialized(ArrayType.ACTIVATIONS, in.dataType(),
                new long[] {shape[0], shape[1], h, w}, 'c');
        Pooling2DConfig config = Pooling2DConfig.builder().kH(k[0]).kW(k[1]).sH(st[0]).sW(st[1]).pH(0).pW(0)
                .dH(d[0]).dW(d[1]).paddingMode(PaddingMode.VALID).type(Pooling2D.Pooling2DType.MAX)
                .isNHWC(false).build();
        MaxPooling2D op = new MaxPooling2D(in, out, config);
        OpContext context = Nd4j.getExecutioner().buildContext();
        try {
            context.allowHelpers(false);
            context.setIArguments(op.iArgs());
            context.setInputArrays(in);
            context.setOutputArrays(out);
            Nd4j.getExecutioner().exec(op, context);
        } finally {
            closeQuietly(context);
        }
        return out;
    }

    private static void closeQuietly(OpContext context) {
        try {
            context.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not free a pooling op's native context", e);
        }
    }

    /** Layer outputs (and their working memory) in workspace {@code parity}; inputs are never copied over. */
    private static LayerWorkspaceMgr workspaces(int parity, String inputWorkspace) {
        String name = ACTIVATIONS[parity];
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.builder()
                .with(ArrayType.ACTIVATIONS, name, Forward.SCRATCH)
                .with(ArrayType.INPUT, name, Forward.SCRATCH)
                .with(ArrayType.FF_WORKING_MEM, name, Forward.SCRATCH)
                .noWorkspaceFor(ArrayType.FF_CACHE)
                .noWorkspaceFor(ArrayType.BP_WORKING_MEM)
                .noWorkspaceFor(ArrayType.ACTIVATION_GRAD)
                .noWorkspaceFor(ArrayType.RNN_FF_LOOP_WORKING_MEM)
                .noWorkspaceFor(ArrayType.RNN_BP_LOOP_WORKING_MEM)
                .noWorkspaceFor(ArrayType.UPDATER_WORKING_MEM)
                .build();
        mgr.setNoLeverageOverride(inputWorkspace);
        mgr.setNoLeverageOverride(ACTIVATIONS[1 - parity]);
        return mgr;
    }
}
