package app.digitpad.ui.personal;

import app.digitpad.data.IoMessages;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Predictor;
import app.digitpad.personal.PersonalDigit;
import app.digitpad.personal.PersonalSet;
import app.digitpad.personal.PersonalTransfer;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The "My digits" page and the pad's "that was a 7" command: the personal set as rows with what the drawing
 * model reads now, counts per digit, and commands to collect, delete and relabel. Every disk access and
 * every prediction runs on the background executor; commands and properties belong to the FX thread.
 */
public final class PersonalModel {

    /**
     * A digit of the set with the drawing model's current verdict, the pad's for the same ink (null while not
     * read, or no model).
     */
    public record Row(PersonalDigit digit, Verdict now) {

        /** True when the drawing model reads it as another digit than its label, or as no digit at all. */
        public boolean wrongNow() {
            return now != null && now.digit().map(d -> d != digit.label()).orElse(true);
        }
    }

    /** The last drawing saved from the pad, so a second press does not save it twice. */
    private record Saved(List<Stroke> strokes, float[] input, String id, int label) {
    }

    private final PersonalSet set;
    private final AppModel app;
    private final Executor background;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<int[]> counts = new ReadOnlyObjectWrapper<>(new int[10]);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** Deletes and relabels that can still be taken back, the last at the end. */
    private final Deque<Undo> undoable = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    /** Changes kept for undo: more than anyone takes back in a row. */
    private static final int UNDO_DEPTH = 50;
    private long refreshes;
    private Saved lastSaved;
    private volatile Optional<DigitGate> gate = Optional.empty();

    public PersonalModel(PersonalSet set, AppModel app, Executor background) {
        this.set = set;
        this.app = app;
        this.background = background;
        app.activeProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * Saves what is on the pad under its true label. {@code strokes} may be empty (an image on the pad);
     * {@code input} is the network input the pad made; {@code read} the pad's verdict on it.
     */
    public Task<PersonalDigit> collect(int label, List<Stroke> strokes, float[] input, Verdict read) {
        if (lastSaved != null && lastSaved.strokes().equals(strokes) && Arrays.equals(lastSaved.input(), input)) {
            return sameDrawingAgain(lastSaved, label);
        }
        ActiveModel model = app.activeProperty().get();
        String modelName = model == null ? null : model.fileName();
        Integer predicted = read == null ? null : read.prediction().digit();
        Task<PersonalDigit> task = new Task<>() {
            @Override
            protected PersonalDigit call() throws Exception {
                return set.add(label, strokes, input, modelName, predicted, strokes.isEmpty() ? "image" : null);
            }
        };
        task.setOnSucceeded(e -> {
            lastSaved = new Saved(strokes, input, task.getValue().id(), label);
            say(savedText(label, read));
            refresh();
        });
        task.setOnFailed(e -> app.reportError("Could not save the digit: " + IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    /** The drawing just saved, asked for again: the same label is a no-op, another one corrects the label. */
    private Task<PersonalDigit> sameDrawingAgain(Saved saved, int label) {
        if (saved.label() == label) {
            say("Already saved as " + label + " in My digits");
            return null;
        }
        lastSaved = new Saved(saved.strokes(), saved.input(), saved.id(), label);
        change(() -> set.relabel(saved.id(), label), "Changed the saved digit to " + label, null);
        return null;
    }

    /** This tab's notice line, and the status line's for a moment. */
    private void say(String text) {
        notice.set(text);
        app.notices().post(text);
    }

    /** The notice after a save, in the pad's words: its verdict, not only the network's likeliest digit. */
    private static String savedText(int label, Verdict read) {
        String verdict = read == null ? ""
                : read.kind() == Verdict.Kind.NOT_A_DIGIT ? " (the pad said: not a digit)"
                : read.prediction().digit() == label ? " (read right)"
                : " (the model read " + read.prediction().digit() + ")";
        return String.format(Locale.ROOT, "Saved as %d in My digits%s", label, verdict);
    }

    /** The not-a-digit gate, once it is loaded: from then on a tile gives the pad's whole verdict. FX thread. */
    public void useGate(DigitGate loaded) {
        gate = Optional.of(loaded);
        refresh();
    }

    /** Re-reads the set and what the drawing model makes of each digit; the newest refresh wins. */
    public Task<List<Row>> refresh() {
        long ticket = ++refreshes;
        ActiveModel model = app.activeProperty().get();
        Predictor predictor = model == null ? null : model.predictor();
        Optional<DigitGate> judge = gate;
        Task<List<Row>> task = new Task<>() {
            @Override
            protected List<Row> call() throws Exception {
                List<Row> out = new ArrayList<>();
                for (PersonalDigit d : set.digits()) {
                    Verdict now = predictor == null ? null : Verdict.read(predictor, judge, d.ink()).orElse(null);
                    out.add(new Row(d, now));
                }
                return out;
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == refreshes) {
                rows.setAll(task.getValue());
                counts.set(PersonalSet.counts(task.getValue().stream().map(Row::digit).toList()));
            }
        });
        task.setOnFailed(e -> app.reportError(IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    /** Removes a digit from the set; {@link #undo} puts it back. */
    public Task<Void> delete(Row row) {
        PersonalDigit digit = row.digit();
        int[] position = {-1};
        return change(() -> position[0] = set.delete(digit.id()), "Deleted a " + digit.label(),
                new Undo("delete of a " + digit.label(), () -> set.restore(digit, position[0])));
    }

    /** Gives a digit another label; {@link #undo} gives it back its old one. */
    public Task<Void> relabel(Row row, int label) {
        PersonalDigit digit = row.digit();
        if (digit.label() == label) {
            return null;
        }
        return change(() -> set.relabel(digit.id(), label), "Relabelled a " + digit.label() + " as " + label,
                new Undo("relabel of a " + digit.label() + " as " + label, () -> set.relabel(digit.id(), digit.label())));
    }

    /** Takes back the last delete or relabel not yet taken back; null when there is none. */
    public Task<Void> undo() {
        Undo last = undoable.pollLast();
        undoText.set(undoable.isEmpty() ? "" : undoable.peekLast().what());
        return last == null ? null : change(last.change(), "Undid the " + last.what(), null);
    }

    /** What {@link #undo} would take back ("delete of a 4"), empty when nothing. */
    public ReadOnlyStringProperty undoProperty() {
        return undoText.getReadOnlyProperty();
    }

    private interface Change {
        void apply() throws Exception;
    }

    /** A change that can be taken back: what it was, in words, and how to take it back. */
    private record Undo(String what, Change change) {
    }

    private Task<Void> change(Change change, String done, Undo undo) {
        return change(change, () -> done, undo);
    }

    /** {@code done} is said once the change is made (an import counts what it added). */
    private Task<Void> change(Change change, java.util.function.Supplier<String> done, Undo undo) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                change.apply();
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            say(done.get());
            if (undo != null) {
                undoable.addLast(undo);
                if (undoable.size() > UNDO_DEPTH) {
                    undoable.removeFirst();
                }
                undoText.set(undo.what());
            }
            refresh();
        });
        task.setOnFailed(e -> app.reportError(IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    /** Adds the digits of a folder (an IDX pair, or images named with their label first): all, or none. */
    public Task<Void> importFrom(Path dir) {
        int[] added = new int[1];
        return change(() -> added[0] = set.addAll(PersonalTransfer.read(dir), dir.getFileName().toString()).size(),
                () -> String.format(Locale.ROOT, "Imported %d digit%s from %s", added[0], added[0] == 1 ? "" : "s",
                        dir), null);
    }

    /** Writes the set as an IDX pair and as labelled PNGs into a folder. */
    public Task<Void> exportTo(Path dir) {
        return change(() -> PersonalTransfer.export(set.digits(), dir), "Exported My digits to " + dir
                + " (IDX and PNG)", null);
    }

    public PersonalSet set() {
        return set;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Digits saved per label, 0-9. */
    public ReadOnlyObjectProperty<int[]> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The last thing done, in words ("Saved as 7 in My digits (the model read 1)"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
