package pl.innowacje.katalog.limits;

import jakarta.servlet.http.HttpServletRequest;

/** The kinds of request a client may send only so many of; anything else is not limited here. */
enum Limited {
    SEARCH, SUGGEST, EXPORT, LOGIN, UPLOAD;

    /** The kind of this request, or null. */
    static Limited of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if ("POST".equals(method)) {
            if ("/login".equals(path)) {
                return LOGIN;
            }
            String type = request.getContentType();
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? UPLOAD : null;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        if (path.equals("/szukaj.csv") || path.equals("/szukaj.xlsx") || path.startsWith("/admin/eksport")) {
            return EXPORT;
        }
        if (path.equals("/api/suggest")) {
            return SUGGEST;
        }
        if (path.equals("/szukaj") || path.equals("/szukaj.atom") || path.equals("/api/search")
                || path.equals("/rozwiazania") || path.equals("/api/solutions")) {
            return SEARCH;
        }
        return null;
    }
}
