package pl.innowacje.katalog.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What one load of a content folder did: counts by outcome and every rejected record with its reason. */
public final class LoadReport {

    public record Rejection(String path, String reason) {
    }

    private int created;
    private int updated;
    private int unchanged;
    private int files;
    private long filesNanos;
    private final List<Rejection> rejections = new ArrayList<>();
    private Duration took = Duration.ZERO;

    void countCreated() {
        created++;
    }

    void countUpdated() {
        updated++;
    }

    void countUnchanged() {
        unchanged++;
    }

    void addFiles(int count, long nanos) {
        files += count;
        filesNanos += nanos;
    }

    void reject(String path, String reason) {
        rejections.add(new Rejection(path, reason));
    }

    void took(Duration d) {
        took = d;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int filesRead() {
        return files;
    }

    /** Time spent storing and extracting files, with as many files at once as extraction threads. */
    public Duration filesTook() {
        return Duration.ofNanos(filesNanos);
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public Duration took() {
        return took;
    }

    @Override
    public String toString() {
        return "created " + created + ", updated " + updated + ", unchanged " + unchanged + ", files read " + files
                + " (stored and extracted in " + filesTook().toMillis() + " ms), rejected " + rejections.size()
                + " in " + took.toMillis() + " ms";
    }
}
