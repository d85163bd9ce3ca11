package pl.innowacje.katalog.api;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import pl.innowacje.katalog.system.NotFound;

/**
 * What every read API answer shares: a short public cache lifetime (a publish shows within a minute even behind a
 * cache; the ETag, added by {@link ApiCaching}, lets a client revalidate for free) and errors as RFC 9457 problem
 * details ({@code application/problem+json}). {@code /api/search} keeps its own error shape, its contract.
 */
@RestControllerAdvice(assignableTypes = {CatalogApiController.class, DirectoryApiController.class,
    StatisticsApiController.class})
class ReadResponses {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No public record at this address.");
        problem.setTitle("Not found");
        return problem;
    }

    /** A parameter of the wrong type ({@code days=week}): said in words, as every other bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return badRequest(new IllegalArgumentException("parameter '" + e.getName() + "' must be "
                + (e.getRequiredType() == null ? "of another type" : "a " + e.getRequiredType().getSimpleName()
                        .toLowerCase(java.util.Locale.ROOT))));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        return problem;
    }
}
