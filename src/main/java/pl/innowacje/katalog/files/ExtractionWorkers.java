package pl.innowacje.katalog.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.system.CatalogueReadiness;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * A few {@link ExtractionWorker} processes, started with the portal (or when needed, after one was stopped) and
 * reused. Each job has a deadline: a worker that has not answered by then is killed, as is one that runs out of its
 * memory (it exits at once), and the job ends in a failure with that reason; the next job gets a fresh worker. The
 * portal's own memory and threads are never at the mercy of a file.
 */
@Component
class ExtractionWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorkers.class);
    /** Starting a JVM and building the parser and language models. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    /** The JVM's exit code after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** A worker unused this long is stopped: its memory is given back until files come again. */
    private static final Duration IDLE_LIMIT = Duration.ofMinutes(10);

    private final List<String> command;
    private final long memoryMegabytes;
    private final int maxWorkers;
    private final boolean warmStart;
    private final CatalogueReadiness readiness;
    private final java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    private final Semaphore permits;
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final Set<Worker> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "extraction-deadlines");
        t.setDaemon(true);
        return t;
    });

    ExtractionWorkers(PortalProperties properties, CatalogueReadiness readiness) {
        this.readiness = readiness;
        PortalProperties.Extraction limits = properties.extraction();
        this.memoryMegabytes = limits.memory().toMegabytes();
        this.command = WorkerCommand.of(limits);
        this.maxWorkers = Math.max(1, limits.threads());
        this.warmStart = limits.warmStart();
        this.permits = new Semaphore(maxWorkers);
        clock.scheduleWithFixedDelay(this::stopIdle, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * Starts the workers with the portal, in the background, so that the first file read does not wait for a JVM to
     * start and its parsers to load. They stay until unused for {@link #IDLE_LIMIT}. On a first start they wait
     * until the records are served: starting two JVMs takes the processor the records are indexed with.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (warmStart) {
            readiness.whenServing(this::warmUp);
        }
    }

    void warmUp() {
        Thread t = new Thread(() -> {
            for (int i = 0; i < maxWorkers; i++) {
                if (!permits.tryAcquire()) {
                    return;
                }
                try {
                    idle.offer(start());
                } catch (IOException e) {
                    log.warn("an extraction worker could not be started ahead of need: {}", e.getMessage());
                    return;
                } finally {
                    permits.release();
                }
            }
        }, "extraction-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void stopIdle() {
        long now = System.nanoTime();
        for (Worker w : List.copyOf(idle)) {
            if (now - w.lastUsed > IDLE_LIMIT.toNanos() && idle.remove(w)) {
                w.stop();
            }
        }
    }

    /** Runs one job in a worker; never throws for anything the file does. */
    Extraction run(WorkerProtocol.Job job, Path file, String fileName, Duration limit) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Extraction.failed(null, ExtractionReason.READER_UNAVAILABLE, "interrupted");
        }
        Worker worker = null;
        try {
            worker = idle.poll();
            if (worker != null && !worker.process.isAlive()) {
                worker.stop();
                worker = null;
            }
            if (worker == null) {
                worker = start();
            }
            Extraction outcome = worker.run(job, file, fileName, limit);
            if (worker.process.isAlive()) {
                worker.lastUsed = System.nanoTime();
                idle.offer(worker);
                worker = null;
            }
            return outcome;
        } catch (IOException e) {
            log.error("an extraction worker could not be started: {}", e.getMessage());
            return Extraction.failed(null, ExtractionReason.READER_UNAVAILABLE,
                    "the reader could not start: " + e.getMessage());
        } finally {
            if (worker != null) {
                worker.stop();
            }
            permits.release();
        }
    }

    /** Workers started since this pool was made, and those waiting for a job now. */
    int started() {
        return started.get();
    }

    int idle() {
        return idle.size();
    }

    private Worker start() throws IOException {
        started.incrementAndGet();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Worker worker = new Worker(process);
        running.add(worker);
        ScheduledFuture<?> kill = clock.schedule(process::destroyForcibly, START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        boolean ready = false;
        try {
            int first = worker.in.read();
            if (first != WorkerProtocol.READY) {
                throw new IOException("the worker ended before it was ready (exit " + exitCode(process) + ")");
            }
            ready = true;
        } finally {
            kill.cancel(false);
            if (!ready) {
                worker.stop();
            }
        }
        return worker;
    }

    private static int exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private final class Worker {
        final Process process;
        final DataInputStream in;
        final DataOutputStream out;
        volatile long lastUsed = System.nanoTime();

        Worker(Process process) {
            this.process = process;
            this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
            this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        }

        Extraction run(WorkerProtocol.Job job, Path file, String fileName, Duration limit) {
            AtomicBoolean overran = new AtomicBoolean();
            ScheduledFuture<?> kill = clock.schedule(() -> {
                overran.set(true);
                process.destroyForcibly();
            }, limit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                WorkerProtocol.writeJob(out, job, file.toAbsolutePath().toString(), fileName);
                return WorkerProtocol.readExtraction(in);
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly();
                int exit = exitCode(process);
                if (overran.get()) {
                    log.warn("reading {} took longer than {}; its worker was stopped", fileName, limit);
                    return Extraction.failed(null, ExtractionReason.TIMEOUT, "reading took longer than "
                            + limit.toSeconds() + " s; the reader was stopped");
                }
                if (exit == OUT_OF_MEMORY_EXIT) {
                    log.warn("reading {} needed more than {} MB; its worker was stopped", fileName, memoryMegabytes);
                    return Extraction.failed(null, ExtractionReason.OUT_OF_MEMORY, "reading needed more than "
                            + memoryMegabytes + " MB of memory; the reader was stopped");
                }
                log.warn("the worker reading {} ended unexpectedly (exit {})", fileName, exit);
                return Extraction.failed(null, ExtractionReason.UNREADABLE,
                        "the reader stopped unexpectedly (exit code " + exit + ")");
            } finally {
                kill.cancel(false);
            }
        }

        void stop() {
            running.remove(this);
            process.destroyForcibly();
        }
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
        for (Worker w : running) {
            w.stop();
        }
        idle.clear();
    }
}
