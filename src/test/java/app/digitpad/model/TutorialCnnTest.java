package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class TutorialCnnTest {

    private final Architectures architectures = Architectures.standard();

    @Test
    void hasTheKerasParameterCount() {
        Network net = architectures.build("tutorial", 1, 1e-3);
        assertEquals(93_322, net.parameterCount());
    }

    @Test
    void summaryMatchesTheTutorialLayerByLayer() {
        ModelSummary summary = ModelSummary.of(architectures.build("tutorial", 1, 1e-3));
        List<Long> params = summary.rows().stream().map(ModelSummary.Row::params).toList();
        assertEquals(List.of(320L, 0L, 18_496L, 0L, 36_928L, 36_928L, 650L), params);
        assertEquals("(None, 3, 3, 64)", summary.rows().get(4).outputShape());
        assertTrue(summary.render("tutorial").endsWith("Total params: 93,322\n"));
    }

    @Test
    void answersTenProbabilitiesSummingToOne() {
        Network net = architectures.build("tutorial", 1, 1e-3);
        float[] out = net.dl4jNetwork().output(Nd4j.rand(1, 1, 28, 28), false).toFloatVector();
        assertEquals(10, out.length);
        double sum = 0;
        for (float p : out) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-5);
    }

    @Test
    void sameSeedSameWeights() {
        assertArrayEquals(architectures.build("tutorial", 7, 1e-3).dl4jNetwork().params().toFloatVector(),
                architectures.build("tutorial", 7, 1e-3).dl4jNetwork().params().toFloatVector());
    }

    @Test
    void unknownArchitectureListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> architectures.get("resnet"));
        assertTrue(e.getMessage().contains("[tutorial"), e.getMessage());
    }
}
