package app.digitpad.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The TF2 tutorial CNN as a Keras model_config, for weights saved without their architecture
 * ({@code model.save_weights('x.h5')}). Keras names layers by creation order (conv2d, conv2d_3, ...), so the
 * file's weight groups are matched to the tutorial's layers by their kernels' shapes, which the tutorial's
 * five weighted layers all have different.
 */
final class KerasTutorial {

    /** Kernel shape (Keras order) of each weighted layer of the tutorial, in layer order. */
    private static final Map<String, long[]> KERNELS = new LinkedHashMap<>();

    static {
        KERNELS.put("conv 1", new long[] {3, 3, 1, 32});
        KERNELS.put("conv 2", new long[] {3, 3, 32, 64});
        KERNELS.put("conv 3", new long[] {3, 3, 64, 64});
        KERNELS.put("dense 1", new long[] {576, 64});
        KERNELS.put("dense 2", new long[] {64, 10});
    }

    private KerasTutorial() {
    }

    static String configFor(Path weights) throws ImportException {
        List<String> names = new ArrayList<>();
        List<String> others;
        try (Hdf5Archive archive = new Hdf5Archive(weights.toString())) {
            for (Map.Entry<String, long[]> slot : KERNELS.entrySet()) {
                names.add(find(archive, slot.getKey(), slot.getValue()));
            }
            others = new ArrayList<>(archive.getGroups());
            others.removeAll(names);
        } catch (ImportException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new ImportException("the weights file cannot be read (" + e.getMessage() + ")");
        }
        List<String> weightless = weightless(others);
        List<ObjectNode> layers = List.of(
                KerasConfig.conv(names.get(0), 32, 3, "valid", "relu"),
                KerasConfig.pool(weightless.get(0), "MaxPooling2D", 2),
                KerasConfig.conv(names.get(1), 64, 3, "valid", "relu"),
                KerasConfig.pool(weightless.get(1), "MaxPooling2D", 2),
                KerasConfig.conv(names.get(2), 64, 3, "valid", "relu"),
                KerasConfig.flatten(weightless.get(2)),
                KerasConfig.dense(names.get(3), 64, "relu"),
                KerasConfig.dense(names.get(4), 10, "linear"));
        return KerasConfig.model(layers).toString();
    }

    /**
     * The file's groups for the two poolings and the flattening, in that order: the importer looks every
     * group of the file up among the model's layers, so they must carry the file's names.
     */
    private static List<String> weightless(List<String> groups) throws ImportException {
        List<String> pools = groups.stream().filter(g -> !g.contains("flatten")).sorted(KerasTutorial::byKerasOrder).toList();
        List<String> flats = groups.stream().filter(g -> g.contains("flatten")).toList();
        if (pools.size() != 2 || flats.size() != 1) {
            throw new ImportException("weights without an architecture are read as the TF2 tutorial CNN's (8 layers), "
                    + "but this file's other layers are " + groups + ", not two poolings and a flattening; save the "
                    + "whole model with model.save('model.h5') instead");
        }
        return List.of(pools.get(0), pools.get(1), flats.get(0));
    }

    /** Keras' own naming order: max_pooling2d before max_pooling2d_1 before max_pooling2d_10. */
    private static int byKerasOrder(String a, String b) {
        return Long.compare(suffix(a), suffix(b)) != 0 ? Long.compare(suffix(a), suffix(b)) : a.compareTo(b);
    }

    private static long suffix(String name) {
        int cut = name.lastIndexOf('_');
        String tail = cut < 0 ? "" : name.substring(cut + 1);
        return tail.matches("\\d{1,9}") ? Long.parseLong(tail) : -1;
    }

    private static String find(Hdf5Archive archive, String slot, long[] shape) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String group : archive.getGroups()) {
            for (String inner : archive.getGroups(group)) {
                for (String set : archive.getDataSets(group, inner)) {
                    if (set.startsWith("kernel")) {
                        INDArray kernel = archive.readDataSet(set, group, inner);
                        long[] found = kernel.shape();
                        kernel.close();
                        if (Arrays.equals(found, shape)) {
                            return group;
                        }
                        seen.add(group + " " + Arrays.toString(found));
                    }
                }
            }
        }
        throw new ImportException("weights without an architecture are read as the TF2 tutorial CNN's, but this "
                + "file has no " + slot + " kernel of shape " + Arrays.toString(shape) + " (it has: "
                + (seen.isEmpty() ? "no kernels" : String.join(", ", seen)) + "); save the whole model with "
                + "model.save('model.h5') instead");
    }
}
