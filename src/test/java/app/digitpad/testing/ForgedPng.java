package app.digitpad.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG whose header declares any size over a few rows of real data: a small file that would cost
 * gigabytes to decode (the hostile input that once crashed every command).
 */
public final class ForgedPng {

    private ForgedPng() {
    }

    public static Path write(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        byte[] rows = new byte[(width + 1) * 4];
        Deflater deflater = new Deflater();
        deflater.setInput(rows);
        deflater.finish();
        byte[] packed = new byte[rows.length + 64];
        int n = deflater.deflate(packed);
        chunk(out, "IDAT", java.util.Arrays.copyOf(packed, n));
        chunk(out, "IEND", new byte[0]);
        return Files.write(file, png.toByteArray());
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
