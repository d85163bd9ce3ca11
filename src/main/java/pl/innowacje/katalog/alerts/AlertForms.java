package pl.innowacje.katalog.alerts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether public pages offer the alert form: only when an SMTP server is configured. It asks for the mail sender
 * alone, so that a slice of the web layer (which has no alerts) still starts.
 */
@ControllerAdvice(basePackages = {"pl.innowacje.katalog.web", "pl.innowacje.katalog.directory"})
class AlertForms {

    private final ObjectProvider<JavaMailSender> sender;

    AlertForms(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    @ModelAttribute("alertsOn")
    boolean alertsOn() {
        return sender.getIfAvailable() != null;
    }
}
