package pl.innowacje.katalog.oai;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** OAI-PMH 2.0 at {@code /oai}, by GET or by a form POST, as the protocol allows both. */
@RestController
class OaiController {

    private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final OaiProvider provider;

    OaiController(OaiProvider provider) {
        this.provider = provider;
    }

    @RequestMapping(value = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> oai(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(XML).body(provider.answer(request.getParameterMap()));
    }
}
