package pl.innowacje.katalog.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Bytes by SHA-256. Behind an interface so that S3-compatible storage can replace the local folder. */
public interface FileStore {

    /** Copies the file in (once per content) and returns its SHA-256 in lowercase hex. */
    String put(Path source) throws IOException;

    InputStream open(String sha256) throws IOException;

    /**
     * The bytes as a resource that can be read from any offset, for downloads in parts (HTTP ranges); a store that
     * cannot seek gives a resource read from the start.
     */
    default org.springframework.core.io.Resource resource(String sha256) throws IOException {
        return new org.springframework.core.io.InputStreamResource(open(sha256));
    }

    boolean contains(String sha256);

    /** Removes the bytes; nothing happens when they are not there. */
    void delete(String sha256) throws IOException;
}
