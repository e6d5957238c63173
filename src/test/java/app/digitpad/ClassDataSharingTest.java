package app.digitpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the window restarts from a class archive, with which command line, and what happens to the archive. */
class ClassDataSharingTest {

    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    @TempDir
    Path cds;

    @Test
    void aFirstStartWritesTheArchiveAtExitALaterOneUsesItAndTheUsersOptionsComeFirst() {
        Path archive = cds.resolve("window-0123456789ab-cdef01234567.jsa");
        ClassDataSharing.Plan first = ClassDataSharing.plan(List.of("-Duser.home=/tmp/h"), JAVA, "digitpad.jar",
                archive, false, null, 42).orElseThrow();
        Path part = cds.resolve("window-0123456789ab-cdef01234567.jsa.part-42");
        assertEquals(Optional.of(part), first.dumpTo());
        assertEquals(List.of("/usr/bin/java", "-Duser.home=/tmp/h", "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-XX:ArchiveClassesAtExit=" + part, "-XX:ErrorFile=" + cds.resolve(
                "hs_err_pid%p.log"), "-D" + ClassDataSharing.MARK + "=child",
                "-cp", "digitpad.jar", Launcher.class.getName()), first.command());
        ClassDataSharing.Plan later = ClassDataSharing.plan(List.of(), JAVA, "digitpad.jar", archive, true, null, 43)
                .orElseThrow();
        assertEquals(Optional.empty(), later.dumpTo());
        assertTrue(later.command().contains("-XX:SharedArchiveFile=" + archive), later.command().toString());
    }

    @Test
    void theChildTheUsersOwnChoiceAndAClassPathThatIsNotOneJarRunInPlace() {
        Path archive = cds.resolve("window-x.jsa");
        assertTrue(ClassDataSharing.plan(List.of(), JAVA, "d.jar", archive, true, "child", 1).isEmpty(), "the child");
        assertTrue(ClassDataSharing.plan(List.of(), JAVA, "d.jar", archive, true, "off", 1).isEmpty(), "-Ddigitpad.cds=off");
        assertTrue(ClassDataSharing.plan(List.of("-Xshare:off"), JAVA, "d.jar", archive, true, null, 1).isEmpty());
        assertTrue(ClassDataSharing.plan(List.of("-XX:SharedArchiveFile=mine.jsa"), JAVA, "d.jar", archive, true, null, 1)
                .isEmpty());
        assertTrue(ClassDataSharing.plan(List.of(), JAVA, "target/classes:lib/a.jar", archive, true, null, 1).isEmpty(),
                "run from classes (an IDE, mvn): no archive");
        assertTrue(ClassDataSharing.plan(List.of(), Optional.empty(), "d.jar", archive, true, null, 1).isEmpty());
    }

    @Test
    void theArchiveIsNamedAfterTheJarAndTheJava() {
        String name = ClassDataSharing.archiveName(Path.of("/a/digitpad.jar"), 10, 20, "17.0.15+6", "/jdk");
        assertTrue(name.matches("window-[0-9a-f]{12}-[0-9a-f]{12}\\.jsa"), name);
        assertTrue(ClassDataSharing.archiveName(Path.of("/a/digitpad.jar"), 11, 21, "18", "/j").startsWith(
                name.substring(0, 20)), "one jar path: one prefix");
        assertEquals(name, ClassDataSharing.archiveName(Path.of("/a/digitpad.jar"), 10, 20, "17.0.15+6", "/jdk"));
        assertNotEquals(name, ClassDataSharing.archiveName(Path.of("/a/digitpad.jar"), 11, 20, "17.0.15+6", "/jdk"));
        assertNotEquals(name, ClassDataSharing.archiveName(Path.of("/a/digitpad.jar"), 10, 21, "17.0.15+6", "/jdk"));
        assertNotEquals(name, ClassDataSharing.archiveName(Path.of("/b/digitpad.jar"), 10, 20, "17.0.15+6", "/jdk"));
        assertNotEquals(name, ClassDataSharing.archiveName(Path.of("/a/digitpad.jar"), 10, 20, "17.0.16+8", "/jdk"));
    }

    @Test
    void aCleanDumpReplacesEarlierArchivesOfItsJarAndADumpCutShortIsRemovedWithNothingElseTouched() throws Exception {
        String jar = "window-aaaaaaaaaaaa-";
        Path older = Files.writeString(cds.resolve(jar + "000000000000.jsa"), "this jar's older build");
        Path otherJar = Files.writeString(cds.resolve("window-ffffffffffff-000000000000.jsa"), "another clone's");
        Path notOurs = Files.writeString(cds.resolve("notes.txt"), "the user's");
        Path archive = cds.resolve(jar + "bbbbbbbbbbbb.jsa");
        Path part = Files.writeString(cds.resolve(archive.getFileName() + ".part-7"), "dumped");
        Path killed = Files.writeString(cds.resolve(jar + "dddddddddddd.jsa.part-" + Long.MAX_VALUE), "left");
        Path running = Files.writeString(cds.resolve(jar + "eeeeeeeeeeee.jsa.part-" + ProcessHandle.current().pid()),
                "being written by a live process");
        ClassDataSharing.keep(part, archive, 0);
        assertEquals("dumped", Files.readString(archive));
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(older), "an archive of an older build of this jar goes");
        assertTrue(Files.exists(otherJar), "another jar path keeps its archive");
        assertTrue(Files.exists(notOurs));
        assertFalse(Files.exists(killed), "a part whose writer is gone");
        assertTrue(Files.exists(running), "a part another first start is writing now");

        Path cut = Files.writeString(cds.resolve(jar + "cccccccccccc.jsa.part-8"), "half");
        ClassDataSharing.keep(cut, cds.resolve(jar + "cccccccccccc.jsa"), 137);
        assertFalse(Files.exists(cut), "a window killed while dumping leaves no part behind");
        assertFalse(Files.exists(cds.resolve(jar + "cccccccccccc.jsa")));
        assertEquals("dumped", Files.readString(archive), "the good archive stays");
    }

    @Test
    void archivesNamedTheEarlierWayGoForTheirJarPathOnly() throws Exception {
        Path jar = Path.of("/a/digitpad.jar");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(jar.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 6);
        Path earlier = Files.writeString(cds.resolve("window-" + sha + "-0123456789ab.jsa"), "named by SHA-256");
        Path otherJar = Files.writeString(cds.resolve("window-ffffffffffff-0123456789ab.jsa"), "another clone's");
        Path current = Files.writeString(cds.resolve(ClassDataSharing.archiveName(jar, 1, 2, "17", "/jdk")), "now");
        ClassDataSharing.removeEarlierNamed(cds, jar);
        assertFalse(Files.exists(earlier));
        assertTrue(Files.exists(otherJar));
        assertTrue(Files.exists(current));
        assertEquals("cbf29ce48422", ClassDataSharing.hash(""), "FNV-1a's offset basis, top 48 bits");
    }

    @Test
    void aJavaWithoutTheJdksOwnArchiveGetsNone() throws Exception {
        assertFalse(ClassDataSharing.hasBaseArchive(cds), "a jlink image made without --generate-cds-archive");
        Files.createDirectories(cds.resolve("lib/server"));
        Files.writeString(cds.resolve("lib/server/classes.jsa"), "base");
        assertTrue(ClassDataSharing.hasBaseArchive(cds));
        assertTrue(ClassDataSharing.hasBaseArchive(Path.of(System.getProperty("java.home"))), "the JDK the tests run on");
    }

    @Test
    void aJvmThatDiesOnTheArchiveAtStartLosesItButAUsersKillOrALongSessionDoesNot() {
        assertTrue(ClassDataSharing.archiveBroke(134, 400), "SIGABRT from HotSpot's fatal error handler");
        assertTrue(ClassDataSharing.archiveBroke(135, 400), "SIGBUS: a truncated archive mapped");
        assertTrue(ClassDataSharing.archiveBroke(139, 400));
        assertFalse(ClassDataSharing.archiveBroke(137, 400), "killed by the user");
        assertFalse(ClassDataSharing.archiveBroke(143, 400), "terminated by the user");
        assertFalse(ClassDataSharing.archiveBroke(0, 400));
        assertFalse(ClassDataSharing.archiveBroke(1, 400), "an ordinary failure (no display): not the archive's");
        assertFalse(ClassDataSharing.archiveBroke(134, 3_600_000), "a crash an hour in is not the archive's");
    }
}
