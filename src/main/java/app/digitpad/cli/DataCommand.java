package app.digitpad.cli;

import app.digitpad.data.MnistDownloader;
import app.digitpad.data.MnistFile;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code digitpad data}: fetch MNIST with verified checksums, or check a folder's files. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Download or check MNIST.",
        subcommands = {DataCommand.Download.class, DataCommand.Check.class})
public final class DataCommand {

    /** {@code data download}: the four files into the per-user folder (or --into), SHA-256 checked. */
    @Command(name = "download", mixinStandardHelpOptions = true, description = "Download MNIST, verifying checksums.")
    public static final class Download implements Callable<Integer> {
        @Option(names = "--into", paramLabel = "DIR", description = "target folder (default: where MNIST is looked "
                + "for: $DIGITPAD_DATA, then ~/.digitpad/mnist)")
        Path into;

        private final Services services;

        public Download(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            Path folder = services.dataLocator().resolve(into);
            MnistDownloader downloader = MnistDownloader.withDefaults();
            for (MnistFile file : MnistFile.values()) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName(file.gzName())
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" KB", 1024).setInitialMax(-1).build()) {
                    downloader.download(folder, file, (f, bytes, total) -> {
                        bar.maxHint(total);
                        bar.stepTo(bytes);
                    });
                }
            }
            services.out().println("MNIST is in " + folder.toAbsolutePath() + " (SHA-256 verified).");
            return 0;
        }
    }

    /** {@code data check}: reads both splits and reports counts, or the exact format error. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the MNIST files of a folder.")
    public static final class Check implements Callable<Integer> {
        @Mixin
        DataOption dataOption;

        private final Services services;

        public Check(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            MnistLoader loader = dataOption.loader(services);
            MnistSet train = loader.train();
            MnistSet test = loader.test();
            services.out().println("MNIST in " + loader.folder().toAbsolutePath() + ": " + train.size()
                    + " training and " + test.size() + " test images, format valid.");
            return 0;
        }
    }
}
