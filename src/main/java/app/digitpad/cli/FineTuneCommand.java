package app.digitpad.cli;

import app.digitpad.checkpoint.RunFolder;
import app.digitpad.personal.FineTuner;
import app.digitpad.personal.PersonalData;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code digitpad train --personal DIR}: fine-tunes a checkpoint (the one given with {@code --resume}, else
 * the bundled default) on someone's own digits and prints parent and child side by side. Shares the train
 * command's options and its Ctrl+C handling; not a subcommand of its own.
 */
final class FineTuneCommand {

    private final Services services;
    private final TrainCommand options;

    FineTuneCommand(Services services, TrainCommand options) {
        this.services = services;
        this.options = options;
    }

    int call() throws Exception {
        Path parent = options.resume != null ? options.resume : services.models().bundledModel();
        FineTune standard = FineTune.standard();
        FineTune recipe = new FineTune(options.epochs != null ? options.epochs : standard.epochs(),
                standard.replayImages(), standard.personalPerEpoch(),
                options.batch != null ? options.batch : standard.batchSize(), standard.epochTestImages());
        Path out = RunFolder.prepare(options.out, null, options.force);
        PersonalData personal;
        MnistData mnist;
        try {
            personal = PersonalData.open(options.personal);
            personal.skippedNote().ifPresent(services.err()::println);
            mnist = options.dataOption.trainingData(services);
        } catch (Exception e) {
            RunFolder.removeIfUnused(out);
            throw e;
        }
        FineTuner tuner = new FineTuner(services.architectures(), services.loader(), services.appVersion());
        FineTuner.Request request = new FineTuner.Request(parent, personal, mnist, recipe, options.seed,
                resume -> RunFolder.prepare(options.out, null, options.force), options.compareDrawn);
        return TrainCommand.stoppable(services, control -> {
            try (TrainProgress progress = options.progress()) {
                return tuner.run(request, progress, control);
            }
        }, result -> report(parent, personal, result));
    }

    private int report(Path parent, PersonalData personal, FineTuner.Result r) {
        int code = options.report(r.outcome());
        if (r.childFile() == null) {
            return code;
        }
        if (!r.measured()) {
            services.err().println("Stopped while measuring parent and child; the child is kept: " + r.childFile());
            return 130;
        }
        var out = services.out();
        out.printf(Locale.ROOT, "Fine-tuned %s on %d of %d personal digits from %s (%d held out to measure)%n",
                parent.getFileName(), personal.items().size() - r.heldOut(), personal.items().size(),
                personal.folder(), r.heldOut());
        out.printf(Locale.ROOT, "%-28s %8s %8s%n", "", "parent", "child");
        row("personal held-out (" + r.heldOut() + ")", r.parent().personalHeldOut(), r.child().personalHeldOut());
        row("  parent read wrong (" + r.misreadHeldOut() + ")", r.parent().misreadHeldOut(), r.child().misreadHeldOut());
        row("MNIST test (" + r.testImages() + ")", r.parent().mnistTest(), r.child().mnistTest());
        for (Map.Entry<String, Double> e : r.parent().drawn().entrySet()) {
            row("drawn " + e.getKey() + " (" + options.compareDrawn + ")", e.getValue(), r.child().drawn().get(e.getKey()));
        }
        out.println("Child: " + r.childFile());
        return code;
    }

    /** A figure over no digits (no held-out digit the parent read wrong) is a dash, not NaN. */
    private void row(String name, double parent, double child) {
        services.out().printf(Locale.ROOT, "%-28s %8s %8s%n", name, figure(parent), figure(child));
    }

    private static String figure(double accuracy) {
        return Double.isNaN(accuracy) ? "–" : String.format(Locale.ROOT, "%.4f", accuracy);
    }
}
