package app.digitpad.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataTest {

    @TempDir
    Path tmp;

    @Test
    void theHeldOutPartKeepsTheParentsMisreadsInProportion() throws Exception {
        PersonalSet set = new PersonalSet(tmp);
        for (int i = 0; i < 10; i++) {
            float[] input = new float[784];
            input[100 + i] = 1;
            set.add(1, List.of(), input, null, null, "image");
        }
        PersonalData data = PersonalData.open(tmp);
        List<PersonalData.Item> items = data.items();
        Set<String> misread = Set.of(items.get(0).name(), items.get(1).name(), items.get(3).name(),
                items.get(6).name(), items.get(8).name());

        PersonalData.Split byLabel = data.split();
        assertEquals(List.of(items.get(2), items.get(7)), byLabel.heldOut(), "the 3rd of every five");
        assertEquals(0, byLabel.heldOut().stream().filter(i -> misread.contains(i.name())).count(),
                "by label alone the misreads can all land in training");

        PersonalData.Split split = data.split(i -> misread.contains(i.name()));
        assertEquals(List.of(items.get(3), items.get(5)), split.heldOut(),
                "the 3rd of the five misread and the 3rd of the five read right");
        assertEquals(8, split.train().size());
    }
}
