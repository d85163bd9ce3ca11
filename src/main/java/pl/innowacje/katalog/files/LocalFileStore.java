package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * Files under {@code data/files/ab/cd/<sha256>}: two levels of folders keep directories small at catalogue scale.
 * The store of a single node, and each node's copy of what a {@link DatabaseFileStore} holds.
 */
class LocalFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Bytes being copied in are named so; one left behind by a killed process is removed at the next start. */
    static final String TEMP_PREFIX = "incoming-";
    static final String TEMP_SUFFIX = ".part";

    private final Path root;

    LocalFileStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store at " + root, e);
        }
    }

    @Override
    public String put(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return copyIn(in);
        }
    }

    /** Copies the stream in under the SHA-256 of what it gave, which it returns; the caller closes the stream. */
    String copyIn(InputStream in) throws IOException {
        Path temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            MessageDigest digest = Sha256.digest();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                in.transferTo(out);
            }
            String sha = Sha256.hex(digest);
            Path target = pathOf(sha);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return sha;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException("no stored file " + sha256);
        }
    }

    @Override
    public org.springframework.core.io.Resource resource(String sha256) throws IOException {
        Path path = pathOf(sha256);
        if (!Files.exists(path)) {
            throw new NoSuchFileException("no stored file " + sha256);
        }
        return new org.springframework.core.io.FileSystemResource(path);
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    /** Where the bytes are (or would be), for a reader in this package that needs the file itself. */
    Path path(String sha256) {
        return pathOf(sha256);
    }

    /** The only way a path is made: from a validated hash, never from anything a request sent. */
    private Path pathOf(String sha) {
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }
}
