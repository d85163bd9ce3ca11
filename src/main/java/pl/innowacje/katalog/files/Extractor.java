package pl.innowacje.katalog.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.stereotype.Component;

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

    Extractor(ExtractionWorkers workers, Tesseract tesseract, PortalProperties properties) {
        this.workers = workers;
        this.tesseract = tesseract;
        this.limits = properties.extraction();
    }

    /** The type by content alone, or {@code application/octet-stream} when nothing can be said. */
    String detect(Path file) {
        String type = workers.run(WorkerProtocol.Job.DETECT, file, "", DETECTION_LIMIT).mediaType();
        return type == null ? "application/octet-stream" : type;
    }

    Extraction extract(Path file, String fileName) {
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
