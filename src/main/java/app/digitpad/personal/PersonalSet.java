package app.digitpad.personal;

import app.digitpad.data.AtomicFiles;
import app.digitpad.data.MnistSet;
import app.digitpad.drawing.Stroke;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A person's own digits, kept per user ({@code ~/.digitpad/personal/}) in one index file. Every change
 * re-reads the index under a lock (a second window or process adding at the same time loses nothing) and
 * writes it atomically (a crash leaves the old index). A damaged index is an error naming the file; it is
 * never overwritten or deleted. Any thread; calls touch the disk, so keep them off the FX thread.
 */
public final class PersonalSet {

    /** The index file's name inside the set's folder. */
    public static final String INDEX = "index.json";
    /** Written into the index, so a later version can tell what it reads. */
    static final String FORMAT = "digitpad-personal-1";
    private static final String LOCK = ".lock";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    /** The index as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Index(String format, List<PersonalDigit> digits) {
    }

    private final Path folder;
    private final AtomicFiles.Mover mover;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PersonalSet(Path folder) {
        this(folder, AtomicFiles.RENAME);
    }

    /** {@code mover}: the index's rename step (tests make it fail to simulate a kill mid-save). */
    public PersonalSet(Path folder, AtomicFiles.Mover mover) {
        this.folder = folder.toAbsolutePath().normalize();
        this.mover = mover;
    }

    /** The per-user set: {@code ~/.digitpad/personal}. */
    public static PersonalSet ofUser(Path userFolder) {
        return new PersonalSet(userFolder.resolve("personal"));
    }

    /** True when {@code dir} holds a personal set's index. */
    public static boolean isPersonalSet(Path dir) {
        return Files.exists(dir.resolve(INDEX));
    }

    public Path folder() {
        return folder;
    }

    /** Every digit, oldest first; empty for a set never written. */
    public List<PersonalDigit> digits() throws IOException {
        return read().digits();
    }

    /** Saves a drawing (or an imported image's input) under its true label; returns the stored digit. */
    public PersonalDigit add(int label, List<Stroke> strokes, float[] input28, String model, Integer predicted,
                             String source) throws IOException {
        Instant now = Instant.now();
        String id = ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
        PersonalDigit digit = new PersonalDigit(id, label, now.toString(), model, predicted, strokes,
                PersonalDigit.encode(input28), source);
        change(all -> {
            List<PersonalDigit> more = new ArrayList<>(all);
            more.add(digit);
            return more;
        });
        return digit;
    }

    /** Adds imported digits (their 28x28 inputs, no strokes) in one write: all of them or, on failure, none. */
    public List<PersonalDigit> addAll(List<PersonalData.Item> items, String source) throws IOException {
        Instant now = Instant.now();
        List<PersonalDigit> added = new ArrayList<>();
        for (PersonalData.Item item : items) {
            String id = ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
            added.add(new PersonalDigit(id, item.label(), now.toString(), null, null, List.of(),
                    PersonalDigit.encode(item.input()), source + "/" + item.name()));
        }
        change(all -> {
            List<PersonalDigit> more = new ArrayList<>(all);
            more.addAll(added);
            return more;
        });
        return added;
    }

    /** Removes a digit by id (nothing happens when it is already gone); returns where it was, or -1. */
    public int delete(String id) throws IOException {
        int[] at = {-1};
        change(all -> {
            List<PersonalDigit> left = new ArrayList<>(all);
            at[0] = left.stream().map(PersonalDigit::id).toList().indexOf(id);
            if (at[0] >= 0) {
                left.remove(at[0]);
            }
            return left;
        });
        return at[0];
    }

    /**
     * Puts a deleted digit back where it was ({@code position}, as {@link #delete} returned it; the end when
     * the set is shorter now), so the held-out choice, which follows the order, is as before; a no-op if the
     * digit is there.
     */
    public void restore(PersonalDigit digit, int position) throws IOException {
        change(all -> {
            if (all.stream().anyMatch(d -> d.id().equals(digit.id()))) {
                return all;
            }
            List<PersonalDigit> more = new ArrayList<>(all);
            more.add(Math.max(0, Math.min(position, more.size())), digit);
            return more;
        });
    }

    /** Gives a digit another label. */
    public void relabel(String id, int label) throws IOException {
        change(all -> all.stream().map(d -> d.id().equals(id) ? d.withLabel(label) : d).toList());
    }

    /** How many digits of each label. */
    public static int[] counts(List<PersonalDigit> digits) {
        int[] counts = new int[MnistSet.CLASSES];
        digits.forEach(d -> counts[d.label()]++);
        return counts;
    }

    private void change(UnaryOperator<List<PersonalDigit>> edit) throws IOException {
        Files.createDirectories(folder);
        synchronized (IN_PROCESS.computeIfAbsent(folder, f -> new Object())) {
            try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                AtomicFiles.removeStaleTemps(folder);
                Index now = read();
                AtomicFiles.write(folder.resolve(INDEX),
                        json.writeValueAsBytes(new Index(FORMAT, edit.apply(now.digits()))), mover);
            }
        }
    }

    private Index read() throws IOException {
        Path index = folder.resolve(INDEX);
        if (!Files.exists(index)) {
            return new Index(FORMAT, List.of());
        }
        if (!Files.isRegularFile(index)) {
            throw new PersonalSetException("the personal set's index " + index + " is not a file; move it aside to "
                    + "start a new set", null);
        }
        JsonNode root;
        try {
            root = json.readTree(index.toFile());
        } catch (IOException e) {
            throw new PersonalSetException("the personal set's index " + index + " is damaged and was left as it is ("
                    + firstLine(e.getMessage()) + "); move it aside to start a new set", e);
        }
        JsonNode format = root == null ? null : root.get("format");
        JsonNode digits = root == null ? null : root.get("digits");
        if (format == null || !FORMAT.equals(format.asText()) || digits == null || !digits.isArray()) {
            throw new PersonalSetException("the personal set's index " + index + " is not a DigitPad personal set "
                    + "(format " + (format == null ? null : format.asText()) + ", expected " + FORMAT
                    + " with a list of digits)", null);
        }
        List<PersonalDigit> out = new ArrayList<>();
        for (int i = 0; i < digits.size(); i++) {
            out.add(entry(index, digits.get(i), i));
        }
        return new Index(FORMAT, out);
    }

    private PersonalDigit entry(Path index, JsonNode node, int position) throws PersonalSetException {
        java.util.Optional<String> problem = IndexEntries.problem(node);
        try {
            if (problem.isEmpty()) {
                return json.treeToValue(node, PersonalDigit.class);
            }
        } catch (IOException | IllegalArgumentException e) {
            problem = java.util.Optional.of("cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        throw new PersonalSetException("the personal set's index " + index + ": " + IndexEntries.name(node, position)
                + " " + problem.get() + "; the index was left as it is: correct or remove that entry", null);
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message;
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
