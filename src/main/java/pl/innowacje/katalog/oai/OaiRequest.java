package pl.innowacje.katalog.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One protocol request, its arguments checked as OAI-PMH 2.0 says: each verb takes its own arguments, none twice, a
 * resumption token alone; dates at day or second granularity, both the same, from not after until.
 */
record OaiRequest(String verb, Map<String, String> arguments) {

    static final String PREFIX = "oai_dc";

    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "Identify", Set.of(), "ListMetadataFormats", Set.of(), "ListSets", Set.of(),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix"), "ListRecords", Set.of("metadataPrefix"));
    private static final Map<String, Set<String>> OPTIONAL = Map.of(
            "Identify", Set.of(), "ListMetadataFormats", Set.of("identifier"), "ListSets", Set.of(),
            "GetRecord", Set.of(), "ListIdentifiers", Set.of("from", "until", "set"),
            "ListRecords", Set.of("from", "until", "set"));
    private static final Set<String> RESUMABLE = Set.of("ListSets", "ListIdentifiers", "ListRecords");

    static OaiRequest of(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length != 1 || !REQUIRED.containsKey(verbs[0])) {
            throw new OaiError("badVerb", verbs == null ? "No verb given." : verbs.length > 1
                    ? "The verb is given more than once." : "Not a verb of OAI-PMH 2.0: " + verbs[0]);
        }
        String verb = verbs[0];
        Map<String, String> arguments = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (values.length != 1) {
                throw new OaiError("badArgument", "The argument " + name + " is given more than once.");
            }
            if (!"verb".equals(name)) {
                arguments.put(name, values[0]);
            }
        });
        if (arguments.containsKey("resumptionToken")) {
            if (!RESUMABLE.contains(verb)) {
                throw new OaiError("badArgument", verb + " takes no resumptionToken.");
            }
            if (arguments.size() > 1) {
                throw new OaiError("badArgument", "A resumptionToken is the only argument beside the verb.");
            }
            return new OaiRequest(verb, arguments);
        }
        for (String name : arguments.keySet()) {
            if (!REQUIRED.get(verb).contains(name) && !OPTIONAL.get(verb).contains(name)) {
                throw new OaiError("badArgument", verb + " takes no argument " + name + ".");
            }
        }
        for (String name : REQUIRED.get(verb)) {
            if (arguments.get(name) == null || arguments.get(name).isBlank()) {
                throw new OaiError("badArgument", verb + " needs the argument " + name + ".");
            }
        }
        OaiRequest request = new OaiRequest(verb, arguments);
        Instant from = request.from();
        Instant until = request.date("until", false);
        String f = arguments.get("from");
        String u = arguments.get("until");
        if (f != null && u != null && f.length() != u.length()) {
            throw new OaiError("badArgument", "from and until must have the same granularity.");
        }
        if (from != null && until != null && from.isAfter(until)) {
            throw new OaiError("badArgument", "from is later than until.");
        }
        return request;
    }

    String argument(String name) {
        return arguments.get(name);
    }

    boolean resumed() {
        return arguments.containsKey("resumptionToken");
    }

    /** The earliest datestamp asked for, inclusive. */
    Instant from() {
        return date("from", false);
    }

    /** The first instant past the latest datestamp asked for: until is inclusive at its own granularity. */
    Instant until() {
        return date("until", true);
    }

    private Instant date(String name, boolean end) {
        String value = arguments.get(name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.length() == 20 && value.endsWith("Z")) {
                Instant second = Instant.parse(value);
                return end ? second.plusSeconds(1) : second;
            }
        } catch (DateTimeParseException e) {
            // Falls through to the refusal below.
        }
        throw new OaiError("badArgument", name + " is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ: "
                + value);
    }
}
