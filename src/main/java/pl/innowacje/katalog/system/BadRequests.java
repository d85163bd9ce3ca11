package pl.innowacje.katalog.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Requests no page of ours could have sent (a value that is not one of ours, a form field with an index out of
 * reach) answer 400 with the portal's page, never a server error. Forms a person filled in are checked field by
 * field where they are handled.
 */
@ControllerAdvice(basePackages = {"pl.innowacje.katalog.admin", "pl.innowacje.katalog.web"})
class BadRequests {

    // Spring's form binder throws IndexOutOfBoundsException for a row index beyond its growth limit (256).
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, BindException.class,
            InvalidPropertyException.class, IndexOutOfBoundsException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    /** A refusal no page handled itself: still its own message, never a server error. */
    @ExceptionHandler(Refusal.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(Refusal refusal, org.springframework.ui.Model model) {
        model.addAttribute("refusal", refusal.key());
        model.addAttribute("refusalArgs", refusal.args());
        return "error/400";
    }
}
