package pl.innowacje.katalog.files;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the portal and an extraction worker say to each other over the worker's standard input and output: a job
 * (its number, what to do, with which file) and its outcome under the same number. A worker reads several files at
 * once, so outcomes come back in the order the reading ends, not the order of the jobs. Texts of any length travel
 * as length-prefixed UTF-8.
 */
final class WorkerProtocol {

    /** Sent once by a worker when its parser is built, so a job's deadline never includes the worker's start. */
    static final int READY = 0x4B;

    enum Job { DETECT, TEXT, RECOGNISE }

    private WorkerProtocol() {
    }

    static void writeJob(DataOutputStream out, int id, Job job, String path, String fileName) throws IOException {
        out.writeInt(id);
        out.writeUTF(job.name());
        writeText(out, path);
        writeText(out, fileName);
        out.flush();
    }

    static void writeExtraction(DataOutputStream out, int id, Extraction e) throws IOException {
        out.writeInt(id);
        writeText(out, e.mediaType());
        out.writeUTF(e.status().name());
        out.writeUTF(e.reason() == null ? "" : e.reason().name());
        writeText(out, e.detail());
        writeText(out, e.language());
        out.writeInt(e.pages().size());
        for (String page : e.pages()) {
            writeText(out, page);
        }
        out.flush();
    }

    /** An outcome after its job's number has been read (see {@link #writeExtraction}). */
    static Extraction readExtraction(DataInputStream in) throws IOException {
        String mediaType = readText(in);
        ExtractionStatus status = ExtractionStatus.valueOf(in.readUTF());
        String reason = in.readUTF();
        String detail = readText(in);
        String language = readText(in);
        int count = in.readInt();
        List<String> pages = new ArrayList<>(Math.min(count, 10_000));
        for (int i = 0; i < count; i++) {
            pages.add(readText(in));
        }
        return new Extraction(mediaType, status, reason.isEmpty() ? null : ExtractionReason.valueOf(reason), detail,
                language, pages);
    }

    static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
