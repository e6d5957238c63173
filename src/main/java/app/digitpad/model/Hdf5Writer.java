package app.digitpad.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.H5Object;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

/**
 * The little of HDF5 a Keras 2 file needs, written the way h5py writes it (strings as fixed-length, null
 * padded ASCII; weights as little-endian 32-bit floats), through the HDF5 library DL4J's importer already
 * loads. The HDF5 library is not thread-safe: every call holds DL4J's own HDF5 lock.
 */
final class Hdf5Writer implements AutoCloseable {

    static {
        Loader.load(hdf5.class);
    }

    private final H5File file;

    Hdf5Writer(String path) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            file = new H5File(path, hdf5.H5F_ACC_TRUNC);
        }
    }

    /** The file's root group. */
    Group root() {
        return file;
    }

    Group group(Group parent, String name) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            return parent.createGroup(name);
        }
    }

    void attribute(H5Object at, String name, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            try (StrType type = stringType(bytes.length); DataSpace scalar = new DataSpace(hdf5.H5S_SCALAR);
                 Attribute attribute = at.createAttribute(name, type, scalar);
                 BytePointer data = new BytePointer(bytes)) {
                attribute.write(type, data);
            }
        }
    }

    void attribute(H5Object at, String name, List<String> values) {
        int width = Math.max(1, values.stream().mapToInt(v -> v.getBytes(StandardCharsets.UTF_8).length).max().orElse(1));
        byte[] all = new byte[width * values.size()];
        for (int i = 0; i < values.size(); i++) {
            byte[] v = values.get(i).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(v, 0, all, i * width, v.length);
        }
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            try (StrType type = stringType(width); DataSpace space = new DataSpace(1, new long[] {values.size()});
                 Attribute attribute = at.createAttribute(name, type, space);
                 BytePointer data = new BytePointer(Math.max(1, all.length))) {
                data.put(all);
                attribute.write(type, data);
            }
        }
    }

    void floats(Group at, String name, long[] shape, float[] values) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            try (DataSpace space = new DataSpace(shape.length, shape);
                 DataSet set = at.createDataSet(name, PredType.IEEE_F32LE(), space);
                 FloatPointer data = new FloatPointer(values)) {
                set.write(data, PredType.NATIVE_FLOAT());
            }
        }
    }

    private static StrType stringType(long width) {
        StrType type = new StrType(PredType.C_S1(), width);
        type.setStrpad(hdf5.H5T_STR_NULLPAD);
        type.setCset(hdf5.H5T_CSET_ASCII);
        return type;
    }

    @Override
    public void close() {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            file._close();
            file.close();
        }
    }
}
