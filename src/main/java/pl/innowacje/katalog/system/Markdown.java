package pl.innowacje.katalog.system;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
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

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html.render(parser.parse(markdown)));
    }

    /**
     * The text a reader sees, for the index and search passages: no list markers, heading marks or link addresses;
     * each heading, paragraph and list item on a line of its own, so a passage never runs a heading into the next
     * sentence.
     */
    public String toText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        PlainText text = new PlainText();
        parser.parse(markdown).accept(text);
        return text.toString();
    }

    private static final class PlainText extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.append(code.getLiteral().strip()).append('\n');
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.append(code.getLiteral().strip()).append('\n');
        }

        @Override
        public void visit(CustomBlock block) {
            block(block);
        }

        private void block(Node node) {
            visitChildren(node);
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        @Override
        public String toString() {
            return out.toString().strip();
        }
    }
}
