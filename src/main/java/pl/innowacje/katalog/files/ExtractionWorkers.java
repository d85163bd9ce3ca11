package pl.innowacje.katalog.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
 * reused, each reading up to {@code portal.extraction.files-per-worker} files at once. Each job has a deadline: a
 * worker that has not answered by then is killed, as is one that runs out of its memory (it exits at once), and the
 * job ends in a failure with that reason; jobs that only shared the worker with it are read again, each in a worker of
 * its own, so a hostile file never costs another file its reading. The portal's own memory and threads are never at
 * the mercy of a file.
 *
 * <p>Why several files per process: each JVM compiles the parsers' code for itself. With one file per process, on
 * two cores, the workers' JIT compilers took more processor time than the reading (a profile of 1,000 generated
 * files: per worker, 21 % of the machine compiling against 13 % reading), and extraction ran at a third of Tika's
 * speed in one process. Tika's own forked parsing (ForkParser, tika-pipes) also reads one file per process, so it
 * pays the same.
 */
@Component
class ExtractionWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorkers.class);
    /** Starting a JVM and building the parser and language models. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    /** A worker unused this long is stopped: its memory is given back until files come again. */
    private static final Duration IDLE_LIMIT = Duration.ofMinutes(10);

    private final PortalProperties.Extraction limits;
    private final int filesPerWorker;
    private final int maxWorkers;
    private final boolean warmStart;
    private final CatalogueReadiness readiness;
    private final java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    private final Semaphore permits;
    /** Workers that take jobs of anyone; a worker started for one job alone is not among them. */
    private final List<WorkerProcess> shared = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "extraction-deadlines");
        t.setDaemon(true);
        return t;
    });

    ExtractionWorkers(PortalProperties properties, CatalogueReadiness readiness) {
        this.readiness = readiness;
        this.limits = properties.extraction();
        int threads = Math.max(1, limits.threads());
        this.filesPerWorker = Math.max(1, Math.min(threads, limits.filesPerWorker()));
        this.maxWorkers = (threads + filesPerWorker - 1) / filesPerWorker;
        this.warmStart = limits.warmStart();
        this.permits = new Semaphore(threads);
        clock.scheduleWithFixedDelay(this::stopIdle, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * Starts the workers with the portal, in the background, so that the first file read does not wait for a JVM to
     * start and its parsers to load. They stay until unused for {@link #IDLE_LIMIT}. On a first start they wait
     * until the records are served: starting JVMs takes the processor the records are indexed with.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (warmStart) {
            readiness.whenServing(this::warmUp);
        }
    }

    void warmUp() {
        Thread t = new Thread(() -> {
            try {
                synchronized (shared) {
                    while (shared.size() < maxWorkers) {
                        shared.add(start(filesPerWorker));
                    }
                }
            } catch (IOException e) {
                log.warn("an extraction worker could not be started ahead of need: {}", e.getMessage());
            }
        }, "extraction-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void stopIdle() {
        synchronized (shared) {
            for (WorkerProcess w : List.copyOf(shared)) {
                if (w.idleFor(IDLE_LIMIT)) {
                    shared.remove(w);
                    stop(w);
                }
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
        try {
            WorkerProcess.Outcome outcome = runOn(sharedWorker(), job, file, fileName, limit);
            if (outcome.again()) {
                // It shared a worker with a file that took the worker down: read again by itself, to tell which.
                WorkerProcess alone = start(1);
                try {
                    alone.take();
                    outcome = runOn(alone, job, file, fileName, limit);
                } finally {
                    stop(alone);
                }
            }
            return outcome.again() ? Extraction.failed(null, ExtractionReason.UNREADABLE,
                    "the reader stopped unexpectedly") : explained(outcome.extraction(), fileName, limit);
        } catch (IOException e) {
            log.error("an extraction worker could not be started: {}", e.getMessage());
            return Extraction.failed(null, ExtractionReason.READER_UNAVAILABLE,
                    "the reader could not start: " + e.getMessage());
        } finally {
            permits.release();
        }
    }

    /** A shared worker with a free place, taken; started when none has one (a permit guarantees room for one). */
    private WorkerProcess sharedWorker() throws IOException {
        synchronized (shared) {
            for (WorkerProcess w : List.copyOf(shared)) {
                if (!w.alive()) {
                    shared.remove(w);
                    stop(w);
                } else if (w.take()) {
                    return w;
                }
            }
            WorkerProcess w = start(filesPerWorker);
            shared.add(w);
            w.take();
            return w;
        }
    }

    /** Runs the job in a worker where a place was taken for it, and gives the place back. */
    private WorkerProcess.Outcome runOn(WorkerProcess worker, WorkerProtocol.Job job, Path file, String fileName,
            Duration limit) {
        WorkerProcess.Job sent = worker.submit(job, file, fileName);
        ScheduledFuture<?> kill = clock.schedule(sent::overran, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return sent.done.join();
        } finally {
            kill.cancel(false);
            worker.release();
        }
    }

    /** The failures a worker's death stands for, with their message and a line in the log. */
    private Extraction explained(Extraction e, String fileName, Duration limit) {
        if (e.reason() == ExtractionReason.TIMEOUT && e.detail() == null) {
            log.warn("reading {} took longer than {}; its worker was stopped", fileName, limit);
            return Extraction.failed(null, ExtractionReason.TIMEOUT, "reading took longer than "
                    + limit.toSeconds() + " s; the reader was stopped");
        }
        if (e.status() == ExtractionStatus.FAILED && (e.reason() == ExtractionReason.OUT_OF_MEMORY
                || e.reason() == ExtractionReason.UNREADABLE && e.mediaType() == null)) {
            log.warn("reading {} ended its worker: {}", fileName, e.detail());
        }
        return e;
    }

    /** Workers started since this pool was made, and those waiting for a job now. */
    int started() {
        return started.get();
    }

    int idle() {
        return (int) shared.stream().filter(w -> w.alive() && w.unused()).count();
    }

    private WorkerProcess start(int files) throws IOException {
        started.incrementAndGet();
        Process process = new ProcessBuilder(WorkerCommand.of(limits, files))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        WorkerProcess worker = new WorkerProcess(process, files, limits.memory().toMegabytes());
        running.add(worker);
        ScheduledFuture<?> kill = clock.schedule(process::destroyForcibly, START_LIMIT.toMillis(),
                TimeUnit.MILLISECONDS);
        boolean ready = false;
        try {
            worker.awaitReady();
            ready = true;
        } finally {
            kill.cancel(false);
            if (!ready) {
                stop(worker);
            }
        }
        return worker;
    }

    private void stop(WorkerProcess worker) {
        running.remove(worker);
        worker.stop();
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
        for (WorkerProcess w : running) {
            w.stop();
        }
        shared.clear();
    }
}
