package app.digitpad.cli;

import app.digitpad.about.AppInfo;
import app.digitpad.about.AppVersion;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.DataLocator;
import app.digitpad.data.IoMessages;
import app.digitpad.model.Architectures;
import app.digitpad.model.Backend;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's composition root: builds the services once and hands them to every subcommand.
 * {@link #run(Services, String...)} returns the exit code instead of exiting, so tests call it directly.
 */
@Command(name = "digitpad", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Handwritten-digit recognizer: train, evaluate and use a CNN on MNIST.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PredictCommand.class, SummaryCommand.class,
                DataCommand.class, BenchCommand.class, GateCommand.class, SegmentsCommand.class,
                ExplainCommand.class, ExportCommand.class, NearestCommand.class})
public final class Cli {

    /** Services for this process, writing to the given streams. */
    public static Services services(PrintWriter out, PrintWriter err) {
        return new Services(Architectures.standard(), DataLocator.system(), ModelLibrary.locate(),
                new CheckpointLoader(), AppVersion.current(), out, err);
    }

    public static int run(Services services, String... args) {
        Backend.configure();
        CommandLine cli = new CommandLine(new Cli(), new Factory(services));
        cli.setOut(services.out());
        cli.setErr(services.err());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + IoMessages.describe(e));
            return 1;
        });
        int code = cli.execute(args);
        services.out().flush();
        services.err().flush();
        return code;
    }

    /** Supplies the services to each command's constructor. */
    private record Factory(Services services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getConstructor(Services.class).newInstance(services);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    /** {@code --version}: the bug-report block (versions, natives in use, where files are kept). */
    public static final class Version implements CommandLine.IVersionProvider {
        private final Services services;

        public Version(Services services) {
            this.services = services;
        }

        @Override
        public String[] getVersion() {
            return AppInfo.collect(services.models(), services.dataLocator(), services.dataLocator().appFolder()).lines().toArray(String[]::new);
        }
    }
}
