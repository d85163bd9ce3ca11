package pl.innowacje.katalog.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Interface texts from {@code messages/messages*.properties}, formatted by ICU so that a text with a count chooses the
 * right plural form ({@code {0, plural, one {# rozwiązanie} few {# rozwiązania} many {# rozwiązań} other {…}}}):
 * Polish has three forms where Java's own MessageFormat knows none.
 */
@Configuration
public class IcuMessages {

    @Bean
    MessageSource messageSource() {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static final class IcuMessageSource extends ResourceBundleMessageSource {

        private record Key(String pattern, Locale locale) {
        }

        /** A text with its arguments; only plain values (text, numbers) are remembered, whose equality is safe. */
        private record Formatted(Key key, List<Object> args) {
        }

        /** Parsed once; ICU formats are not thread-safe, so each is used under its own lock, as Spring does. */
        private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();
        /**
         * Texts already formatted: a page says "12 rozwiązań" or "małopolskie: 1 rozwiązanie" many times over, and
         * every formatting would queue for the one lock of its format.
         */
        private final Cache<Formatted, String> results = Caffeine.newBuilder().maximumSize(50_000).build();

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null || args == null || args.length == 0) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale target = locale == null ? Locale.getDefault() : locale;
            String pattern = resolveCodeWithoutArguments(code, target);
            if (pattern == null) {
                return super.getMessageInternal(code, args, locale);
            }
            MessageFormat format = formats.computeIfAbsent(new Key(pattern, target),
                    k -> new MessageFormat(k.pattern(), ULocale.forLocale(k.locale())));
            Object[] resolved = resolveArguments(args, target);
            if (!plain(resolved)) {
                return format(format, resolved);
            }
            return results.get(new Formatted(new Key(pattern, target), Arrays.asList(resolved.clone())),
                    k -> format(format, resolved));
        }

        private static String format(MessageFormat format, Object[] args) {
            synchronized (format) {
                return format.format(args);
            }
        }

        private static boolean plain(Object[] args) {
            for (Object a : args) {
                if (a != null && !(a instanceof String || a instanceof Long || a instanceof Integer
                        || a instanceof Short || a instanceof Boolean)) {
                    return false;
                }
            }
            return true;
        }
    }
}
