package pl.innowacje.katalog.oai;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import pl.innowacje.katalog.catalog.CatalogQueries;
import pl.innowacje.katalog.catalog.Views;
import pl.innowacje.katalog.discovery.Citations;
import pl.innowacje.katalog.system.PortalProperties;

/** Answers the six verbs of OAI-PMH 2.0 over the catalogue's solutions, in {@code oai_dc}. */
@Service
class OaiProvider {

    private final OaiRecords records;
    private final CatalogQueries catalog;
    private final Citations citations;
    private final MessageSource messages;
    private final PortalProperties properties;
    private final String baseUrl;
    private final String identifierPrefix;

    OaiProvider(OaiRecords records, CatalogQueries catalog, Citations citations, MessageSource messages,
            PortalProperties properties) {
        this.records = records;
        this.catalog = catalog;
        this.citations = citations;
        this.messages = messages;
        this.properties = properties;
        String base = properties.siteUrl();
        this.baseUrl = base + "/oai";
        this.identifierPrefix = "oai:" + URI.create(base).getHost() + ":solution/";
    }

    byte[] answer(Map<String, String[]> parameters) {
        OaiRequest request;
        try {
            request = OaiRequest.of(parameters);
        } catch (OaiError malformed) {
            return failure(null, Map.of(), malformed);
        }
        OaiXml xml = new OaiXml(baseUrl, request.verb(), request.arguments());
        try {
            switch (request.verb()) {
                case "Identify" -> identify(xml);
                case "ListMetadataFormats" -> metadataFormats(xml, request);
                case "ListSets" -> sets(xml, request);
                case "GetRecord" -> record(xml, request);
                default -> list(xml, request, "ListRecords".equals(request.verb()));
            }
            return xml.finish();
        } catch (OaiError error) {
            xml.close();
            return failure(request.verb(), request.arguments(), error);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] failure(String verb, Map<String, String> arguments, OaiError error) {
        OaiXml xml = new OaiXml(baseUrl, error.malformed() ? null : verb, arguments);
        try {
            xml.error(error);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return xml.finish();
    }

    private void identify(OaiXml xml) throws XMLStreamException {
        xml.start("Identify");
        xml.text("repositoryName", messages.getMessage("site.name", null, Locale.forLanguageTag("pl")));
        xml.text("baseURL", baseUrl);
        xml.text("protocolVersion", "2.0");
        xml.text("adminEmail", properties.operator().email());
        xml.text("earliestDatestamp", OaiXml.datestamp(records.earliest()));
        xml.text("deletedRecord", "persistent");
        xml.text("granularity", "YYYY-MM-DDThh:mm:ssZ");
        xml.end();
    }

    private void metadataFormats(OaiXml xml, OaiRequest request) throws XMLStreamException {
        if (request.argument("identifier") != null) {
            header(request.argument("identifier"));
        }
        xml.start("ListMetadataFormats");
        xml.start("metadataFormat");
        xml.text("metadataPrefix", OaiRequest.PREFIX);
        xml.text("schema", OaiXml.OAI_DC_SCHEMA);
        xml.text("metadataNamespace", OaiXml.OAI_DC);
        xml.end();
        xml.end();
    }

    private void sets(OaiXml xml, OaiRequest request) throws XMLStreamException {
        if (request.resumed()) {
            throw new OaiError("badResumptionToken", "The list of sets is sent whole; there is nothing to resume.");
        }
        List<OaiRecords.RecordSet> sets = records.sets();
        if (sets.isEmpty()) {
            throw new OaiError("noSetHierarchy", "The catalogue has no areas yet.");
        }
        xml.start("ListSets");
        for (OaiRecords.RecordSet set : sets) {
            xml.start("set");
            xml.text("setSpec", set.spec());
            xml.text("setName", set.name());
            xml.end();
        }
        xml.end();
    }

    private void record(OaiXml xml, OaiRequest request) throws XMLStreamException {
        OaiRecords.Header header = header(request.argument("identifier"));
        format(request.argument("metadataPrefix"));
        xml.start("GetRecord");
        write(xml, header, true);
        xml.end();
    }

    private void list(OaiXml xml, OaiRequest request, boolean withMetadata) throws XMLStreamException {
        ResumptionToken at;
        if (request.resumed()) {
            at = ResumptionToken.decode(request.argument("resumptionToken"));
        } else {
            format(request.argument("metadataPrefix"));
            String set = request.argument("set");
            if (set != null && !records.setExists(set)) {
                throw new OaiError("noRecordsMatch", "No set " + set + " in this repository.");
            }
            Instant until = request.until() != null ? request.until()
                    : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
            at = new ResumptionToken(set, request.from(), until, 0, 0);
        }
        int size = Math.max(1, properties.oai().pageSize());
        List<OaiRecords.Header> page = records.headers(at.set(), at.from(), at.until(), at.afterId(), size);
        if (page.isEmpty()) {
            throw new OaiError("noRecordsMatch", "No record matches the arguments given.");
        }
        long total = records.count(at.set(), at.from(), at.until());
        xml.start(withMetadata ? "ListRecords" : "ListIdentifiers");
        for (OaiRecords.Header h : page) {
            write(xml, h, withMetadata);
        }
        boolean more = at.cursor() + page.size() < total;
        if (more || request.resumed()) {
            // The last page of a resumed list carries an empty token: the list is complete.
            xml.writeToken(more ? new ResumptionToken(at.set(), at.from(), at.until(),
                    page.get(page.size() - 1).id(), at.cursor() + page.size()).encode() : "", total, at.cursor());
        }
        xml.end();
    }

    private void write(OaiXml xml, OaiRecords.Header h, boolean withMetadata) throws XMLStreamException {
        Optional<Views.SolutionPage> page = h.deleted() || !withMetadata ? Optional.empty() : catalog.solution(h.slug());
        if (!withMetadata) {
            xml.header(h, identifierPrefix + h.id());
            return;
        }
        xml.start("record");
        // Withdrawn between the list and this read: a record without metadata is a deleted one.
        OaiRecords.Header shown = page.isPresent() || h.deleted() ? h
                : new OaiRecords.Header(h.id(), h.slug(), h.datestamp(), true, h.sets());
        xml.header(shown, identifierPrefix + h.id());
        if (page.isPresent()) {
            xml.dublinCore(citations.dublinCore(page.get()));
        }
        xml.end();
    }

    private OaiRecords.Header header(String identifier) {
        if (identifier.startsWith(identifierPrefix)) {
            String local = identifier.substring(identifierPrefix.length());
            if (local.matches("\\d{1,18}")) {
                Optional<OaiRecords.Header> found = records.header(Long.parseLong(local));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new OaiError("idDoesNotExist", "No record " + identifier + " in this repository.");
    }

    private static void format(String prefix) {
        if (!OaiRequest.PREFIX.equals(prefix)) {
            throw new OaiError("cannotDisseminateFormat", "Records are given in oai_dc only, not " + prefix + ".");
        }
    }
}
