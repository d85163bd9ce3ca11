package pl.innowacje.katalog.tools.handbooks;

/** Escaping for text and attribute values in hand-written XML. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters are not allowed in XML 1.0 at all, even escaped.
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        if (cp != 0xFFFE && cp != 0xFFFF) {
                            out.appendCodePoint(cp);
                        }
                    }
                }
            }
        });
        return out.toString();
    }
}
