package pl.innowacje.katalog.tools.handbooks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parsed handbook source: front-matter values plus the body as a flat list of blocks.
 *
 * @param output path of the generated file, relative to the repository root
 * @param date   the date written into document metadata; fixed so regeneration is reproducible
 */
record Handbook(
        String title,
        String subtitle,
        String organisation,
        String language,
        LocalDate date,
        Path output,
        List<Block> blocks) {

    Handbook {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(output, "output");
        subtitle = subtitle == null ? "" : subtitle;
        organisation = organisation == null ? "" : organisation;
        blocks = List.copyOf(blocks);
    }

    Format format() {
        return Format.of(output).orElseThrow(() -> new IllegalStateException("unsupported output " + output));
    }

    /** BCP 47 tag used in PDF catalog, DOCX and ODT metadata. */
    String languageTag() {
        return "en".equals(language) ? "en-GB" : "pl-PL";
    }

    /** Word put before the page number in PDF footers. */
    String pageLabel() {
        return "en".equals(language) ? "p." : "str.";
    }

    enum Format {
        PDF, DOCX, ODT;

        static java.util.Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
                    return java.util.Optional.of(format);
                }
            }
            return java.util.Optional.empty();
        }
    }

    sealed interface Block permits Heading, Paragraph, ListItem, PageBreak {
    }

    /** @param level 1 for a chapter (always starts a new page), 2 for a section */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** @param marker "–" for bullet items, or the number as written in the source, e.g. "3." */
    record ListItem(String marker, String text) implements Block {
        boolean ordered() {
            return !"–".equals(marker);
        }
    }

    record PageBreak() implements Block {
    }
}
