package pl.innowacje.katalog.alerts;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import pl.innowacje.katalog.feeds.FeedSolutions;
import pl.innowacje.katalog.system.PortalProperties;

/**
 * The two messages alerts send, as plain text in the subscriber's language: the confirmation link, and a digest of
 * new solutions. Every message carries the unsubscribe link in its text and in the List-Unsubscribe headers, so that
 * mail programs offer one-click unsubscribing. Sent through the SMTP server of {@code spring.mail.*}; without one,
 * alerts are off and the pages do not offer them.
 */
@Component
class AlertMails {

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String site;
    private final String from;

    AlertMails(ObjectProvider<JavaMailSender> sender, MessageSource messages, PortalProperties portal) {
        this.sender = sender;
        this.messages = messages;
        this.site = portal.siteUrl();
        this.from = portal.operator().email();
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void confirmation(Subscriptions.Subscription s, String feedTitle) throws MessagingException {
        Locale locale = Locale.forLanguageTag(s.language());
        String body = text("alert.mail.confirm.body", locale, feedTitle, site + "/powiadomienia/potwierdz/"
                + s.token(), site + pageOf(s.feed()), unsubscribe(s));
        send(s, text("alert.mail.confirm.subject", locale, feedTitle), body, true);
    }

    void digest(Subscriptions.Subscription s, String feedTitle, List<FeedSolutions.Item> items)
            throws MessagingException {
        Locale locale = Locale.forLanguageTag(s.language());
        StringBuilder body = new StringBuilder(text("alert.mail.digest.intro", locale, feedTitle, items.size()))
                .append("\n\n");
        for (FeedSolutions.Item item : items) {
            body.append("• ").append(item.title()).append('\n');
            if (item.summary() != null && !item.summary().isBlank()) {
                body.append("  ").append(item.summary().strip()).append('\n');
            }
            body.append("  ").append(site).append("/rozwiazania/").append(item.slug()).append("\n\n");
        }
        body.append(text("alert.mail.digest.unsubscribe", locale, unsubscribe(s)));
        send(s, text("alert.mail.digest.subject", locale, feedTitle, items.size()), body.toString(), true);
    }

    private void send(Subscriptions.Subscription s, String subject, String body, boolean listHeaders)
            throws MessagingException {
        JavaMailSender mail = sender.getObject();
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(s.email());
        helper.setSubject(subject);
        helper.setText(body, false);
        if (listHeaders) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe(s) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mail.send(message);
    }

    private String unsubscribe(Subscriptions.Subscription s) {
        return site + "/powiadomienia/wypisz/" + s.token();
    }

    /** The page a feed belongs to: its address without ".atom". */
    static String pageOf(String feed) {
        return feed.replaceFirst("\\.atom", "");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
