package pl.innowacje.katalog.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a list left off, carried by the harvester: the selection (set, from, and an until fixed at the first page so
 * that records changed during the harvest wait for the next one), the last id sent and how many came before. Nothing
 * is kept on the server, so a token never expires and any node can continue it.
 */
record ResumptionToken(String set, Instant from, Instant until, long afterId, int cursor) {

    private static final String VERSION = "1";

    String encode() {
        String plain = String.join("|", VERSION, set == null ? "" : set, from == null ? "" : from.toString(),
                until.toString(), Long.toString(afterId), Integer.toString(cursor));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ResumptionToken decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a token of this repository");
            }
            ResumptionToken t = new ResumptionToken(parts[1].isEmpty() ? null : parts[1],
                    parts[2].isEmpty() ? null : Instant.parse(parts[2]), Instant.parse(parts[3]),
                    Long.parseLong(parts[4]), Integer.parseInt(parts[5]));
            if (t.afterId() < 0 || t.cursor() < 0) {
                throw new IllegalArgumentException("negative position");
            }
            return t;
        } catch (RuntimeException e) {
            throw new OaiError("badResumptionToken", "The resumptionToken is not one this repository issued.");
        }
    }
}
