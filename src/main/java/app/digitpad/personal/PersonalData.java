package app.digitpad.personal;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Someone's own labelled digits, from a personal set or a folder of labelled images, each prepared by the
 * one preprocessing path, with a fixed held-out part per digit that fine-tuning never trains on, so that
 * "it reads my digits better now" is measured on digits it has not seen. Immutable; any thread.
 */
public final class PersonalData {

    /**
     * One digit in five of each label is held out (the third of every five, so the first two of a label
     * are both trained on): enough to measure, and the choice stays put as digits are added. Within a label
     * the digits the parent reads wrong and those it reads right are counted apart ({@link #split(Predicate)}),
     * so the held-out part holds misreads in proportion: a table of held-out digits without any of the
     * parent's misreads proves nothing about teaching.
     */
    static final int HOLD_OUT_EVERY = 5;
    private static final int HOLD_OUT_POSITION = 2;

    /** One labelled digit: {@code name} is a personal digit's id or an image's file name. */
    public record Item(String name, int label, float[] input) {
    }

    /** A digit of the set that cannot be used, and why. */
    public record Skipped(String name, String why) {
        @Override
        public String toString() {
            return name + " (" + why + ")";
        }
    }

    /** The part to train on and the part to measure on. */
    public record Split(List<Item> train, List<Item> heldOut) {
    }

    private final Path folder;
    private final List<Item> items;
    private final List<Skipped> skipped;
    /** A personal set's digits by id (empty for a folder of images). */
    private final Map<String, PersonalDigit> drawn;

    private PersonalData(Path folder, List<Item> items, List<Skipped> skipped, Map<String, PersonalDigit> drawn) {
        this.folder = folder;
        this.items = List.copyOf(items);
        this.skipped = List.copyOf(skipped);
        this.drawn = Map.copyOf(drawn);
    }

    /** Reads a personal set ({@code index.json}) or a folder of images named with their label first. */
    public static PersonalData open(Path dir) throws IOException {
        List<Item> items = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, PersonalDigit> drawn = new HashMap<>();
        if (PersonalSet.isPersonalSet(dir)) {
            for (PersonalDigit d : new PersonalSet(dir).digits()) {
                drawn.put(d.id(), d);
                Optional<float[]> input;
                try {
                    input = d.networkInput();
                } catch (RuntimeException e) {
                    skipped.add(new Skipped(d.id(), "its strokes cannot be drawn: " + e.getMessage()));
                    continue;
                }
                if (input.isEmpty()) {
                    skipped.add(new Skipped(d.id(), "its strokes leave no ink on the pad"));
                }
                input.ifPresent(in -> items.add(new Item(d.id(), d.label(), in)));
            }
        } else {
            for (LabelledImages.Labelled l : LabelledImages.read(dir)) {
                items.add(new Item(l.file().getFileName().toString(), l.label(), l.input()));
            }
        }
        if (items.isEmpty()) {
            throw new IOException(dir + " holds no digits yet" + (skipped.isEmpty() ? ""
                    : "; skipped: " + skipped.stream().map(Skipped::toString).collect(Collectors.joining(", "))));
        }
        return new PersonalData(dir, items, skipped, drawn);
    }

    /**
     * The ink an item was made from, as the pad or {@code predict} would judge it: a personal digit's drawing, or
     * the image file read again (so a verdict on it is the one {@code predict} gives).
     */
    public GrayImage ink(Item item) throws IOException {
        PersonalDigit digit = drawn.get(item.name());
        return digit != null ? digit.ink() : ImageFiles.read(folder.resolve(item.name()));
    }

    public Path folder() {
        return folder;
    }

    public List<Item> items() {
        return items;
    }

    /** Digits of the set left out, each with the reason; callers say so where they report counts. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** A one-line note on the skipped digits for a report, or empty when none were. */
    public Optional<String> skippedNote() {
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("note: " + skipped.size() + " digit(s) of " + folder + " skipped: "
                + skipped.stream().map(Skipped::toString).collect(Collectors.joining("; ")));
    }

    /** The fixed held-out part (see {@link #HOLD_OUT_EVERY}) and the rest, by label alone. */
    public Split split() {
        return split(item -> false);
    }

    /**
     * The held-out part stratified by label and by {@code misread} (the parent reads the digit wrong): the
     * third of every five digits of each (label, misread) group is held out.
     */
    public Split split(Predicate<Item> misread) {
        int[] seen = new int[MnistSet.CLASSES * 2];
        List<Item> train = new ArrayList<>();
        List<Item> held = new ArrayList<>();
        for (Item item : items) {
            int position = seen[item.label() * 2 + (misread.test(item) ? 1 : 0)]++;
            (position % HOLD_OUT_EVERY == HOLD_OUT_POSITION ? held : train).add(item);
        }
        return new Split(train, held);
    }

    /** Items as a labelled set for training or evaluation. */
    public static MnistSet toSet(String name, List<Item> items) {
        return MnistSet.of(name, items.stream().map(Item::input).toList(),
                items.stream().mapToInt(Item::label).toArray());
    }
}
