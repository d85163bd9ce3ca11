package pl.innowacje.katalog.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML (for pages) and to plain text (for the index and snippets). The HTML renderer escapes raw
 * HTML and the sanitiser allows only formatting, links and tables, so content can never carry a script.
 */
@Component
public class Markdown {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code").toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html.render(parser.parse(markdown)));
    }

    public String toText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return text.render(parser.parse(markdown)).strip();
    }
}
