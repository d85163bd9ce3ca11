package pl.innowacje.katalog.alerts;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pl.innowacje.katalog.feeds.FeedSolutions;

/**
 * Subscribing to a feed by e-mail and leaving it: the form on block, project, area and search pages posts here; the
 * confirmation and unsubscribe links lead to a page with one button (a link alone could be followed by a mail
 * scanner), and mail programs may unsubscribe with one POST (RFC 8058). The answer to a subscription is the same
 * whether or not the address was already subscribed, so the form tells nobody who follows what.
 */
@Controller
class AlertController {

    private static final Logger log = LoggerFactory.getLogger(AlertController.class);
    private static final String PAGE = "alerts/page";
    /** Enough of RFC 5321 to catch typos; the confirmation link proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final String TOKEN = "{token:[0-9a-f]{64}}";

    private final Subscriptions subscriptions;
    private final AlertMails mails;
    private final FeedSolutions feeds;

    AlertController(Subscriptions subscriptions, AlertMails mails, FeedSolutions feeds) {
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.feeds = feeds;
    }

    @PostMapping("/powiadomienia")
    String subscribe(@RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "kanal", defaultValue = "") String feed,
            @RequestParam(name = "czestotliwosc", defaultValue = "WEEKLY") String frequency, Locale locale,
            Model model, HttpServletResponse response) {
        String address = email.strip();
        int q = feed.indexOf('?');
        var found = !mails.enabled() || feed.length() > 2100 ? java.util.Optional.<FeedSolutions.Feed>empty()
                : feeds.of(q < 0 ? feed : feed.substring(0, q), q < 0 ? null : feed.substring(q + 1), locale);
        Subscriptions.Frequency often = "DAILY".equals(frequency) ? Subscriptions.Frequency.DAILY
                : Subscriptions.Frequency.WEEKLY;
        if (found.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("state", found.isEmpty() ? "noFeed" : "badEmail");
            model.addAttribute("back", found.isEmpty() ? "/" : AlertMails.pageOf(feed));
            return PAGE;
        }
        var requested = subscriptions.request(address, feed, often, locale.getLanguage(), Instant.now());
        if (requested.isPresent()) {
            try {
                mails.confirmation(requested.get(), found.get().title());
            } catch (MessagingException | org.springframework.mail.MailException e) {
                // Nothing is kept for a confirmation that never left: the visitor is asked to try later.
                log.warn("alert confirmation not sent: {}", e.toString());
                subscriptions.unsubscribe(requested.get().token());
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                model.addAttribute("state", "mailFailed");
                model.addAttribute("back", AlertMails.pageOf(feed));
                return PAGE;
            }
        } else {
            log.debug("no confirmation sent: already subscribed or asked for moments ago");
        }
        model.addAttribute("state", "sent");
        model.addAttribute("title", found.get().title());
        model.addAttribute("back", AlertMails.pageOf(feed));
        return PAGE;
    }

    @GetMapping("/powiadomienia/potwierdz/" + TOKEN)
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        return ask(token, "confirm", model, response);
    }

    @PostMapping("/powiadomienia/potwierdz/" + TOKEN)
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return subscriptions.confirm(token, Instant.now()).map(s -> {
            model.addAttribute("state", "confirmed");
            model.addAttribute("token", token);
            model.addAttribute("back", AlertMails.pageOf(s.feed()));
            return PAGE;
        }).orElseGet(() -> unknown(model, response));
    }

    @GetMapping("/powiadomienia/wypisz/" + TOKEN)
    String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
        return ask(token, "unsubscribe", model, response);
    }

    @PostMapping("/powiadomienia/wypisz/" + TOKEN)
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!subscriptions.unsubscribe(token)) {
            return unknown(model, response);
        }
        model.addAttribute("state", "unsubscribed");
        return PAGE;
    }

    private String ask(String token, String state, Model model, HttpServletResponse response) {
        return subscriptions.byToken(token).map(s -> {
            model.addAttribute("state", state);
            model.addAttribute("token", token);
            model.addAttribute("email", s.email());
            return PAGE;
        }).orElseGet(() -> unknown(model, response));
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("state", "unknown");
        return PAGE;
    }
}
