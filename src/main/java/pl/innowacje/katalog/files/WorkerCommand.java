package pl.innowacje.katalog.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * How to start an {@link ExtractionWorker}: the same Java and the same classes as the portal, with the configured
 * memory limit. From the packaged jar the worker is started through Spring Boot's launcher, which reads the nested
 * libraries; anywhere else (an IDE, Maven, the layered Docker image) the portal's class path serves as it is.
 */
final class WorkerCommand {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerCommand() {
    }

    /** The command of a worker that reads up to {@code files} files at once. */
    static List<String> of(PortalProperties.Extraction limits, int files) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + limits.memory().toMegabytes() + "m",
                // A parse that exhausts the heap ends the worker at once, with an exit code the portal recognises.
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                // The quick compiler only: the optimising one spent more processor time compiling the parsers than it
                // saved, at every size measured (extraction-only benchmark, files/s with / without this: 60 files
                // 57 / 45, 1,000 files 132 / 113, 3,000 files 159 / 145).
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dlogback.configurationFile=extraction-worker-logback.xml"));
        String classPath = System.getProperty("java.class.path");
        if (isBootJar(classPath)) {
            command.addAll(List.of("-Dloader.main=" + ExtractionWorker.class.getName(), "-cp", classPath,
                    BOOT_LAUNCHER));
        } else {
            command.addAll(List.of("-cp", classPath, ExtractionWorker.class.getName()));
        }
        command.addAll(List.of(Integer.toString(limits.maxCharacters()),
                Integer.toString(limits.charactersPerSection()), limits.ocrLanguages(), Integer.toString(files)));
        return List.copyOf(command);
    }

    private static boolean isBootJar(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
