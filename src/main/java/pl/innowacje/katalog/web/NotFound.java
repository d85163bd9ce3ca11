package pl.innowacje.katalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers 404 with the portal's own error page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
    NotFound() {
        super("not found", null, false, false);
    }
}
