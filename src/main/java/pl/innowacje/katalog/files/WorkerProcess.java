package pl.innowacje.katalog.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running {@link ExtractionWorker}, with the jobs it is reading now. Jobs are written as they come and their
 * outcomes read by a thread of this process's own, in whatever order the worker ends them. When the worker dies (a
 * job over its deadline had it killed, or it ran out of memory, or crashed), every job still in it ends at once:
 * the one that overran with a timeout; the only job in it with the reason of its death; and jobs that merely shared
 * the worker with the culprit with {@link Outcome#again()}, to be read again in a worker of their own.
 */
final class WorkerProcess {

    /** The JVM's exit code after -XX:+ExitOnOutOfMemoryError. */
    static final int OUT_OF_MEMORY_EXIT = 3;

    /** A job's end: what was read, or {@code again} when it must be read again alone. */
    record Outcome(Extraction extraction, boolean again) {
    }

    /** A job sent to this worker. */
    final class Job {
        final CompletableFuture<Outcome> done = new CompletableFuture<>();
        private volatile boolean overran;

        /** Stops the worker because this job ran out of time. */
        void overran() {
            overran = true;
            process.destroyForcibly();
        }
    }

    private final Process process;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final int capacity;
    private final long memoryMegabytes;
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private int taken;
    private volatile boolean dead;
    private long lastUsed = System.nanoTime();

    WorkerProcess(Process process, int capacity, long memoryMegabytes) {
        this.process = process;
        this.capacity = capacity;
        this.memoryMegabytes = memoryMegabytes;
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /** Waits for the worker's first byte, which it sends once its parser is built. */
    void awaitReady() throws IOException {
        int first = in.read();
        if (first != WorkerProtocol.READY) {
            throw new IOException("the worker ended before it was ready (exit " + exitCode() + ")");
        }
        Thread reader = new Thread(this::readOutcomes, "extraction-outcomes-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Takes a place for one job, if this worker is alive and has one free. */
    synchronized boolean take() {
        if (dead || !process.isAlive() || taken >= capacity) {
            return false;
        }
        taken++;
        return true;
    }

    synchronized void release() {
        taken--;
        lastUsed = System.nanoTime();
    }

    synchronized boolean unused() {
        return taken == 0;
    }

    /** Without a job for longer than {@code limit}. */
    synchronized boolean idleFor(java.time.Duration limit) {
        return taken == 0 && System.nanoTime() - lastUsed > limit.toNanos();
    }

    boolean alive() {
        return !dead && process.isAlive();
    }

    /** Sends the job; the caller has {@link #take taken} a place. */
    Job submit(WorkerProtocol.Job job, Path file, String fileName) {
        int id = ids.incrementAndGet();
        Job sent = new Job();
        jobs.put(id, sent);
        try {
            synchronized (out) {
                WorkerProtocol.writeJob(out, id, job, file.toAbsolutePath().toString(), fileName);
            }
        } catch (IOException e) {
            // The worker is gone; the outcome reader ends this job with the others.
            process.destroyForcibly();
        }
        if (dead) {
            // Sent after the reader's last sweep: the job was never read.
            end(id, false, -1);
        }
        return sent;
    }

    void stop() {
        dead = true;
        process.destroyForcibly();
    }

    private void readOutcomes() {
        try {
            while (true) {
                int id = in.readInt();
                Extraction e = WorkerProtocol.readExtraction(in);
                Job job = jobs.remove(id);
                if (job != null) {
                    job.done.complete(new Outcome(e, false));
                }
            }
        } catch (IOException | RuntimeException e) {
            dead = true;
            process.destroyForcibly();
            int exit = exitCode();
            List<Integer> left = List.copyOf(jobs.keySet());
            left.forEach(id -> end(id, left.size() == 1, exit));
        }
    }

    /**
     * Ends a job that was in the worker when it died: {@code alone}, it caused the death; sharing the worker, it may
     * not have, and is read again by itself.
     */
    private void end(int id, boolean alone, int exit) {
        Job job = jobs.remove(id);
        if (job == null) {
            return;
        }
        if (job.overran) {
            job.done.complete(new Outcome(Extraction.failed(null, ExtractionReason.TIMEOUT, null), false));
        } else if (!alone) {
            job.done.complete(new Outcome(null, true));
        } else if (exit == OUT_OF_MEMORY_EXIT) {
            job.done.complete(new Outcome(Extraction.failed(null, ExtractionReason.OUT_OF_MEMORY,
                    "reading needed more than " + memoryMegabytes + " MB of memory; the reader was stopped"), false));
        } else {
            job.done.complete(new Outcome(Extraction.failed(null, ExtractionReason.UNREADABLE,
                    "the reader stopped unexpectedly (exit code " + exit + ")"), false));
        }
    }

    int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
