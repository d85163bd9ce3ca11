package pl.innowacje.katalog.alerts;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether public pages offer the alert form: only when an SMTP server is configured. */
@ControllerAdvice(basePackages = {"pl.innowacje.katalog.web", "pl.innowacje.katalog.directory"})
class AlertForms {

    private final AlertMails mails;

    AlertForms(AlertMails mails) {
        this.mails = mails;
    }

    @ModelAttribute("alertsOn")
    boolean alertsOn() {
        return mails.enabled();
    }
}
