package app.digitpad.cli;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.DataLocator;
import app.digitpad.model.Architectures;
import java.io.PrintWriter;

/**
 * What the commands need, made once by the CLI's composition root ({@link Cli}); commands receive it
 * instead of reaching for globals, so tests can run them with their own output and folders.
 */
public record Services(Architectures architectures, DataLocator dataLocator, ModelLibrary models,
                       CheckpointLoader loader, String appVersion, PrintWriter out, PrintWriter err) {
}
