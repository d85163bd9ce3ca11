package pl.innowacje.katalog.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import pl.innowacje.katalog.system.PortalProperties;

/**
 * Reads a file's text in an extraction worker, and when a PDF has no usable text layer (a scan, or a broken font map)
 * tries optical character recognition on its page images, if Tesseract is here. Recognition has its own, longer
 * deadline: it costs seconds per page where the text layer costs milliseconds.
 */
@Component
class Extractor {

    private static final Duration DETECTION_LIMIT = Duration.ofSeconds(30);

    private final ExtractionWorkers workers;
    private final Tesseract tesseract;
    private final PortalProperties.Extraction limits;
    private final MeterRegistry meters;

    Extractor(ExtractionWorkers workers, Tesseract tesseract, PortalProperties properties) {
        this(workers, tesseract, properties, new SimpleMeterRegistry());
    }

    /** {@code meters}: each file read is timed as {@code portal.extraction}, tagged with its outcome and reason. */
    @Autowired
    Extractor(ExtractionWorkers workers, Tesseract tesseract, PortalProperties properties, MeterRegistry meters) {
        this.workers = workers;
        this.tesseract = tesseract;
        this.limits = properties.extraction();
        this.meters = meters;
    }

    /** The type by content alone, or {@code application/octet-stream} when nothing can be said. */
    String detect(Path file) {
        String type = workers.run(WorkerProtocol.Job.DETECT, file, "", DETECTION_LIMIT).mediaType();
        return type == null ? "application/octet-stream" : type;
    }

    Extraction extract(Path file, String fileName) {
        long start = System.nanoTime();
        Extraction read = read(file, fileName);
        Timer.builder("portal.extraction").description("Reading one file's text, OCR included")
                .tag("outcome", read.status().name().toLowerCase(java.util.Locale.ROOT))
                .tag("reason", read.reason() == null ? "none" : read.reason().name().toLowerCase(java.util.Locale.ROOT))
                .register(meters).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return read;
    }

    private Extraction read(Path file, String fileName) {
        Extraction text = workers.run(WorkerProtocol.Job.TEXT, file, fileName, limits.timeout());
        if (text.mediaType() == null) {
            // The worker was stopped before it could say what the file is.
            text = new Extraction(detect(file), text.status(), text.reason(), text.detail(), text.language(),
                    text.pages());
        }
        if (tesseract.available() && "application/pdf".equals(text.mediaType())
                && (text.status() == ExtractionStatus.EMPTY || text.status() == ExtractionStatus.GARBLED)) {
            Extraction recognised = workers.run(WorkerProtocol.Job.RECOGNISE, file, fileName, limits.ocrTimeout());
            if (recognised.hasUsableText()) {
                return recognised;
            }
        }
        return text;
    }
}
