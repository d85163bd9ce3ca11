package pl.innowacje.katalog.tools.handbooks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TrueType fonts embedded into PDFs; they must cover Polish letters or text extraction breaks.
 *
 * @param bold the bold face beside the regular one, or the regular one when there is none
 */
record FontFiles(Path regular, Path bold) {

    static final String SETTING = "HANDBOOK_FONT";
    static final Path DEFAULT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** System property first, then environment, then the DejaVu font found on most Linux systems. */
    static FontFiles configured() {
        String value = System.getProperty(SETTING);
        if (value == null || value.isBlank()) {
            value = System.getenv(SETTING);
        }
        return of(value == null || value.isBlank() ? DEFAULT : Path.of(value));
    }

    static FontFiles of(Path regular) {
        String name = regular.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String boldName = dot > 0 ? name.substring(0, dot) + "-Bold" + name.substring(dot) : name + "-Bold";
        Path bold = regular.resolveSibling(boldName);
        return new FontFiles(regular, Files.isRegularFile(bold) ? bold : regular);
    }

    boolean available() {
        return Files.isRegularFile(regular);
    }
}
