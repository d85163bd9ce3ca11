package pl.innowacje.katalog.system;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

        /** Parsed once; ICU formats are not thread-safe, so each is used under its own lock, as Spring does. */
        private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

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
            synchronized (format) {
                return format.format(resolved);
            }
        }
    }
}
