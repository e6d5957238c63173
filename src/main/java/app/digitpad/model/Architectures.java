package app.digitpad.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The catalogue of architectures the app offers, in display order. An immutable value made by the
 * composition roots, not a static registry.
 */
public final class Architectures {

    private final Map<String, Architecture> byName = new LinkedHashMap<>();

    public Architectures(List<Architecture> architectures) {
        for (Architecture a : architectures) {
            if (byName.put(a.name(), a) != null) {
                throw new IllegalArgumentException("two architectures named " + a.name());
            }
        }
    }

    /** Every architecture DigitPad ships. */
    public static Architectures standard() {
        return new Architectures(List.of(new TutorialCnn(), new BatchNormCnn()));
    }

    public List<Architecture> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Architecture get(String name) {
        Architecture a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException("unknown architecture '" + name + "'; known: " + names());
        }
        return a;
    }

    /** A freshly initialised network of that architecture, on the fast backend. */
    public Network build(String name, long seed, double learningRate) {
        Backend.configure();
        MultiLayerNetwork net = new MultiLayerNetwork(get(name).configuration(seed, learningRate));
        net.init();
        return Network.digits(net);
    }
}
