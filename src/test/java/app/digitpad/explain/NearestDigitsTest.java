package app.digitpad.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nearest training digits: the search on a hand-made embedding, and the on-disk index on real MNIST. */
class NearestDigitsTest {

    @TempDir
    Path tmp;

    @Test
    void findsTheMostSimilarVectorsByCosineMostSimilarFirst() {
        List<float[]> images = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            float[] image = new float[MnistSet.PIXELS];
            image[i] = 1;
            images.add(image);
        }
        MnistSet set = MnistSet.of("hand-made", images, new int[] {0, 1, 2, 3});
        float[] vectors = {1, 0, 0, 1, 0.7f, 0.7f, -1, 0};
        NearestDigits nearest = new NearestDigits(set, vectors, 2);

        List<NearestDigits.Neighbour> two = nearest.nearest(new float[] {3, 0.3f}, 2);

        assertEquals(List.of(0, 2), two.stream().map(NearestDigits.Neighbour::label).toList());
        assertEquals(3 / Math.sqrt(9.09), two.get(0).similarity(), 1e-5, "cosine, not the raw dot product");
        assertEquals((3 * 0.7 + 0.3 * 0.7) / Math.sqrt(9.09) / Math.sqrt(0.98), two.get(1).similarity(), 1e-5);
        assertArrayEquals(set.image(2), two.get(1).image(), "the image the network saw for that digit");
        assertEquals(List.of(0, 2, 1, 3), nearest.nearest(new float[] {3, 0.3f}, 9).stream()
                .map(NearestDigits.Neighbour::index).toList(), "asking for more than there are gives all, in order");
    }

    @Test
    void theIndexOfARealModelIsStoredBesideItsCheckpointReusedAndRebuiltWhenDamaged() throws Exception {
        Path model = Files.copy(Models.bundled("tutorial.zip"), tmp.resolve("tutorial.zip"));
        Explainer explainer = new Explainer(new CheckpointLoader().load(model, false).network());
        MnistSet index = TestData.preprocessedTest().limit(1000);
        NearestCache cache = new NearestCache(tmp.resolve("cache"), tmp.resolve("bundled"));
        AtomicInteger progress = new AtomicInteger();

        NearestDigits first = cache.obtain(model, explainer, index, progress::set, () -> false).orElseThrow();
        assertEquals(1000, progress.get(), "built: every image embedded");
        Path entry = tmp.resolve("tutorial.zip.nearest");
        assertTrue(Files.isRegularFile(entry), "beside the checkpoint");

        progress.set(0);
        NearestDigits again = cache.obtain(model, explainer, index, progress::set, () -> false).orElseThrow();
        assertEquals(0, progress.get(), "read from disk, not embedded again");
        float[] query = explainer.embed(List.of(TestData.preprocessedTest().image(5000)));
        assertEquals(first.nearest(query, 8).stream().map(NearestDigits.Neighbour::index).toList(),
                again.nearest(query, 8).stream().map(NearestDigits.Neighbour::index).toList());

        Path leftByAKill = Files.writeString(tmp.resolve(".digitpad-write123.tmp"), "half an index");
        Files.setLastModifiedTime(leftByAKill, java.nio.file.attribute.FileTime.fromMillis(0));
        Files.write(entry, java.util.Arrays.copyOf(Files.readAllBytes(entry), 500));
        cache.obtain(model, explainer, index, progress::set, () -> false).orElseThrow();
        assertEquals(1000, progress.get(), "a truncated entry is rebuilt, not trusted");
        assertTrue(Files.size(entry) > 1000 * 4, "and stored whole again");
        assertFalse(Files.exists(leftByAKill), "a temp file a killed write left behind is removed");

        assertTrue(cache.obtain(model, explainer, index.limit(500), p -> { }, () -> true).isEmpty(),
                "a cancelled build gives nothing");
    }

    @Test
    void aBundledModelsIndexGoesToTheUsersCacheNotIntoTheAppsFolder() throws Exception {
        Path bundled = Files.createDirectories(tmp.resolve("models"));
        Path model = Files.copy(Models.bundled("tutorial.zip"), bundled.resolve("tutorial.zip"));
        Path userCache = tmp.resolve("cache");
        Path entry = new NearestCache(userCache, bundled).location(model, "0123456789abcdef0123");
        assertEquals(userCache, entry.getParent());
        assertFalse(entry.startsWith(bundled));
    }

    @Test
    void aBundledModelsShippedIndexIsReadAtOnceAndOneForAnotherModelIsPassedOver() throws Exception {
        Path bundled = Files.createDirectories(tmp.resolve("models"));
        Path model = Files.copy(Models.bundled("tutorial.zip"), bundled.resolve("tutorial.zip"));
        Explainer explainer = new Explainer(new CheckpointLoader().load(model, false).network());
        MnistSet index = TestData.preprocessedTest().limit(300);
        Path userCache = tmp.resolve("cache");
        new NearestCache(tmp.resolve("build-cache"), null).obtain(model, explainer, index, p -> { }, () -> false);
        Path shipped = bundled.resolve("tutorial.zip.nearest");
        assertTrue(Files.isRegularFile(shipped), "built beside the model, as `digitpad nearest` does");
        byte[] asShipped = Files.readAllBytes(shipped);
        AtomicInteger embedded = new AtomicInteger();

        new NearestCache(userCache, bundled).obtain(model, explainer, index, embedded::set, () -> false).orElseThrow();
        assertEquals(0, embedded.get(), "the shipped index is read, nothing embedded");
        assertFalse(Files.exists(userCache), "and nothing written to the user's cache");

        Files.copy(Models.bundled("bncnn.zip"), model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Explainer other = new Explainer(new CheckpointLoader().load(model, false).network());
        new NearestCache(userCache, bundled).obtain(model, other, index, embedded::set, () -> false).orElseThrow();
        assertEquals(300, embedded.get(), "an index made for another model is not trusted");
        assertArrayEquals(asShipped, Files.readAllBytes(shipped), "the shipped file is never written");
        try (var entries = Files.list(userCache)) {
            assertEquals(1, entries.filter(f -> f.toString().endsWith(".nearest")).count(), "the new one is in the cache");
        }
    }

    @Test
    void theBundledModelsShippedIndexesMatchTheModelsAndMnist() throws Exception {
        MnistSet searched = TestData.train().limit(NearestDigits.SEARCHED);
        for (String name : List.of("bncnn.zip", "tutorial.zip")) {
            Path model = Models.bundled(name);
            Path shipped = model.resolveSibling(name + ".nearest");
            int size = new Explainer(new CheckpointLoader().load(model, false).network()).embeddingSize();
            String header = NearestCache.header(app.digitpad.data.MnistDownloader.sha256(model), searched, size);
            byte[] head = header.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] all = Files.readAllBytes(shipped);
            assertArrayEquals(head, java.util.Arrays.copyOf(all, head.length),
                    shipped + " was made for another model, preprocessing or MNIST: run `digitpad nearest --model " + model + "`");
            assertEquals(head.length + 4L * NearestDigits.SEARCHED * size, all.length, shipped + " holds every vector");
        }
    }

    @Test
    void neighboursOfTestDigitsMostlyShareTheirLabel() throws Exception {
        Explainer explainer = new Explainer(new CheckpointLoader().load(Models.bundled(), false).network());
        MnistSet test = TestData.preprocessedTest();
        MnistSet index = test.limit(3000);
        NearestDigits nearest = new NearestDigits(index, NearestDigits.embedAll(explainer, index, n -> { }, () -> false),
                explainer.embeddingSize());
        int agree = 0;
        for (int i = 9000; i < 9050; i++) {
            int label = test.label(i);
            long same = nearest.nearest(explainer.embed(List.of(test.image(i))), NearestDigits.SHOWN).stream()
                    .filter(n -> n.label() == label).count();
            agree += same > NearestDigits.SHOWN / 2 ? 1 : 0;
        }
        assertTrue(agree >= 48, "digits whose 8 neighbours are mostly of their own label: " + agree + " of 50");
    }
}
