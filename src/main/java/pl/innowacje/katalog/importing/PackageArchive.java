package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Unpacks a ZIP package into a folder of its own, refusing the whole package at the first sign of hostility: a name
 * that is absolute or climbs out with "..", a symbolic link, names not in UTF-8, more entries or more bytes than the
 * limits allow (counted as the bytes come out, whatever the archive claims), or an entry larger than a file may be.
 */
final class PackageArchive {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private PackageArchive() {
    }

    static void unpack(Path zip, Path target, PortalProperties properties) throws IOException {
        PortalProperties.Importing limits = properties.importing();
        long fileLimit = properties.upload().maxSize().toBytes();
        long total = 0;
        int entries = 0;
        try (ZipFile archive = open(zip)) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntriesInPhysicalOrder())) {
                requireUtf8(entry);
                String name = entry.getName();
                if (++entries > limits.maxEntries()) {
                    throw new PackageRefusal("import.failure.entries", limits.maxEntries());
                }
                Path out = safePath(target, name);
                if (entry.isUnixSymlink()) {
                    throw new PackageRefusal("import.failure.symlink", name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = archive.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
                    byte[] buffer = new byte[64 * 1024];
                    long written = 0;
                    for (int n; (n = in.read(buffer)) > 0;) {
                        written += n;
                        total += n;
                        if (written > fileLimit) {
                            throw new PackageRefusal("import.failure.fileTooLarge", name,
                                    properties.upload().maxSize().toMegabytes());
                        }
                        if (total > limits.maxUnpackedSize().toBytes()) {
                            throw new PackageRefusal("import.failure.unpacked",
                                    limits.maxUnpackedSize().toMegabytes());
                        }
                        os.write(buffer, 0, n);
                    }
                }
            }
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return ZipFile.builder().setPath(zip).setCharset(StandardCharsets.UTF_8).setUseUnicodeExtraFields(true)
                    .get();
        } catch (IOException | RuntimeException e) {
            throw new PackageRefusal("import.failure.notZip");
        }
    }

    /**
     * Names written in a local code page (as some archivers still do for Polish letters) would unpack under
     * mangled names that no solution.md can refer to; they are refused with advice instead. A Unicode path field,
     * when present, carries the name in UTF-8 whatever the raw bytes are.
     */
    private static void requireUtf8(ZipArchiveEntry entry) {
        if (entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(entry.getRawName()));
        } catch (CharacterCodingException e) {
            throw new PackageRefusal("import.failure.names");
        }
    }

    /** Where an entry goes, or a refusal when its name could write anywhere but under {@code target}. */
    static Path safePath(Path target, String name) {
        if (name.indexOf('\uFFFD') >= 0) {
            throw new PackageRefusal("import.failure.names");
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || DRIVE.matcher(n).matches() || n.indexOf('\0') >= 0) {
            throw new PackageRefusal("import.failure.absolute", name);
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw new PackageRefusal("import.failure.climbs", name);
            }
        }
        Path out = target.resolve(n).normalize();
        if (!out.startsWith(target) || out.equals(target) && !n.endsWith("/")) {
            throw new PackageRefusal("import.failure.climbs", name);
        }
        if (n.toLowerCase(Locale.ROOT).startsWith("__macosx/")) {
            return target.resolve(".macosx-ignored").resolve(n).normalize();
        }
        return out;
    }
}
