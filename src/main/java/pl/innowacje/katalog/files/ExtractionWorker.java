package pl.innowacje.katalog.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The process in which files are read: the portal starts a few of these with a memory limit and stops one whose job
 * overruns its time, so a hostile file can take down at most a worker, never the portal. Jobs arrive on standard
 * input and outcomes leave on standard output ({@link WorkerProtocol}); everything else a library prints goes to
 * standard error. A worker ends when the portal closes its input or is gone.
 *
 * <p>One worker reads several files at once, on as many threads: they share one parser and, above all, one JIT
 * compiler. Each process compiles the parsers' code for itself, and on a small machine that compiling, done over in
 * every process, cost more processor time than the reading (see ExtractionWorkers).
 *
 * <p>Arguments: maximum characters, characters per section, OCR languages (Tesseract's form, {@code pol+eng}), files
 * read at once.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // Standard output carries the protocol alone; a parser that prints must not corrupt it.
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        watchParent();
        int slots = args.length > 3 ? Math.max(1, Integer.parseInt(args[3])) : 1;
        TikaExtractor extractor = new TikaExtractor(Integer.parseInt(args[0]), Integer.parseInt(args[1]), args[2]);
        ExecutorService readers = Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "reader");
            t.setDaemon(true);
            return t;
        });
        out.write(WorkerProtocol.READY);
        out.flush();
        while (true) {
            int id;
            WorkerProtocol.Job job;
            Path file;
            String fileName;
            try {
                id = in.readInt();
                job = WorkerProtocol.Job.valueOf(in.readUTF());
                file = Path.of(WorkerProtocol.readText(in));
                fileName = WorkerProtocol.readText(in);
            } catch (EOFException portalClosedInput) {
                return;
            }
            readers.execute(() -> answer(out, id, switch (job) {
                case DETECT -> detected(extractor, file);
                case TEXT -> extractor.text(file, fileName);
                case RECOGNISE -> extractor.recognise(file, fileName);
            }));
        }
    }

    private static void answer(DataOutputStream out, int id, Extraction outcome) {
        synchronized (out) {
            try {
                WorkerProtocol.writeExtraction(out, id, outcome);
            } catch (IOException portalGone) {
                Runtime.getRuntime().halt(0);
            }
        }
    }

    private static Extraction detected(TikaExtractor extractor, Path file) {
        try {
            return new Extraction(extractor.detect(file), ExtractionStatus.OK, null, null, null, List.of());
        } catch (IOException | RuntimeException e) {
            return Extraction.failed("application/octet-stream", ExtractionReason.UNREADABLE, e.toString());
        }
    }

    /** A worker whose portal was killed must not linger in the middle of a long parse. */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watcher = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
