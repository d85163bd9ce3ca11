package pl.innowacje.katalog.system;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's static files, under the addresses they have and nowhere else. Each is linked under a name with its
 * content's hash ({@code /css/portal-<md5>.css}: the templates' {@code @{…}} write it), so browsers keep it for a
 * year and a new version arrives under a new name. Only these addresses are looked up as files when a page writes a
 * link: with the catch-all {@code /**} every link of every page (a search, a solution) was looked for in each
 * static folder of every jar first, three quarters of the home page's time.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

    /** Address pattern → folder under {@code static/}; a pattern's wildcard part is the path in the folder. */
    private static final Map<String, String> FOLDERS = Map.of("/css/**", "css/", "/js/**", "js/", "/img/**", "img/",
            "/favicon.*", "");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        FOLDERS.forEach((pattern, folder) -> registry.addResourceHandler(pattern)
                .addResourceLocations("classpath:/static/" + folder)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**")));
    }
}
