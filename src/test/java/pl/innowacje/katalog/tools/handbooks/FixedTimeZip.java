package pl.innowacje.katalog.tools.handbooks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes zip entries stamped with one fixed local time, so packaged documents (ODT, DOCX) come out
 * byte-identical when regenerated. Local time is used on purpose: it is stored as-is, independent of
 * the machine's time zone.
 */
final class FixedTimeZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    FixedTimeZip(OutputStream out, LocalDate date) {
        this.zip = new ZipOutputStream(out);
        this.time = date.atStartOfDay();
    }

    /** Stored without compression, as ODF requires for its leading {@code mimetype} entry. */
    void stored(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    void deflated(String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** Copies every entry of {@code archive} in its original order, re-stamped with the fixed time. */
    void copyAll(byte[] archive) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry source = in.getNextEntry(); source != null; source = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (source.getMethod() == ZipEntry.STORED) {
                    stored(source.getName(), data);
                } else {
                    deflated(source.getName(), data);
                }
            }
        }
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
