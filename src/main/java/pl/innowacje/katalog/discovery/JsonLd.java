package pl.innowacje.katalog.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import pl.innowacje.katalog.catalog.Status;
import pl.innowacje.katalog.catalog.Views;

import tools.jackson.databind.json.JsonMapper;

/**
 * The solution as schema.org describes a creative work: who made it, for whom, where and when, about what, and its
 * downloadable parts. Serialised for a {@code <script type="application/ld+json">} block.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    static String of(Citations.Work w, Views.SolutionPage s, String baseUrl) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@context", "https://schema.org");
        work.put("@type", "CreativeWork");
        work.put("@id", w.url());
        work.put("url", w.url());
        work.put("name", w.title());
        put(work, "alternateName", s.titleEn());
        put(work, "description", s.summary());
        work.put("inLanguage", w.language());
        put(work, "license", s.licence());
        if (!s.keywords().isEmpty()) {
            work.put("keywords", String.join(", ", s.keywords()));
        }
        work.put("datePublished", w.published().toString());
        work.put("dateModified", w.modified().toString());
        work.put("creativeWorkStatus", s.status() == Status.IN_DEVELOPMENT ? "InDevelopment" : "Published");
        if (s.project() != null && s.project().implementer() != null) {
            work.put("creator", organisation(s.project().implementer(), baseUrl));
        }
        List<Object> partners = new ArrayList<>();
        if (s.project() != null) {
            s.project().partners().forEach(p -> partners.add(organisation(p, baseUrl)));
        }
        s.partners().forEach(p -> partners.add(organisation(p, baseUrl)));
        if (!partners.isEmpty()) {
            work.put("contributor", partners);
        }
        work.put("publisher", Map.of("@type", "Organization", "name", w.publisher()));
        list(work, "about", w.subjects().stream().map(t -> Map.of("@type", "DefinedTerm", "name", t)).toList());
        list(work, "audience", w.audiences().stream().map(t -> Map.of("@type", "Audience", "audienceType", t))
                .toList());
        list(work, "spatialCoverage", w.regions().stream().map(t -> Map.of("@type", "Place", "name", t)).toList());
        if (s.periodFrom() != null) {
            work.put("temporalCoverage", s.periodFrom() + "/" + (s.periodTo() == null ? ".." : s.periodTo()));
        }
        list(work, "isPartOf", s.blocks().stream().map(b -> Map.of("@type", "CreativeWork", "name", b.title(),
                "url", baseUrl + "/bloki/" + b.slug())).toList());
        list(work, "hasPart", s.files().stream().map(f -> file(w, f)).toList());
        // "</script>" inside a value must not end the block: "<" is written as its JSON escape.
        return JSON.writeValueAsString(work).replace("<", "\\u003c");
    }

    static String fileUrl(Citations.Work w, Views.FileItem f) {
        return w.fileBaseUrl() + f.id() + "/" + UriUtils.encodePathSegment(f.fileName(), "UTF-8");
    }

    private static Map<String, Object> file(Citations.Work w, Views.FileItem f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@type", "DigitalDocument");
        out.put("name", f.title());
        out.put("contentUrl", fileUrl(w, f));
        out.put("encodingFormat", f.mediaType());
        out.put("contentSize", f.sizeBytes() + " B");
        put(out, "inLanguage", f.language());
        return out;
    }

    private static Map<String, Object> organisation(Views.Organisation o, String baseUrl) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@type", "Organization");
        out.put("name", o.name());
        out.put("url", baseUrl + "/organizacje/" + o.slug());
        put(out, "sameAs", o.website());
        return out;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static void list(Map<String, Object> map, String key, List<?> values) {
        if (!values.isEmpty()) {
            map.put(key, values);
        }
    }
}
