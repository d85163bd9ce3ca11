package pl.innowacje.katalog.admin;

/** The name a browser gave an uploaded file, made safe to keep and to send back in a download's header. */
final class FileNames {

    private FileNames() {
    }

    static String clean(String original) {
        String name = original == null ? "" : original;
        // Some browsers send the whole path; only the last part is the file's name.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control and format characters (a right-to-left override can make "exe.pdf" read "fdp.exe") go too.
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|*?:]", "").strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "plik" : name;
    }
}
