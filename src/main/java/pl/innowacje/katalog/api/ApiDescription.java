package pl.innowacje.katalog.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.innowacje.katalog.system.PortalProperties;

/** The OpenAPI description's own heading: what the API is and the terms its data come under. */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI readApi(PortalProperties portal) {
        // The configured address, not one made from the request's Host header.
        return new OpenAPI().servers(List.of(new Server().url(portal.siteUrl()))).info(new Info()
                .title("Katalog innowacji społecznych — API")
                .version("1")
                .description("Read-only JSON over the public catalogue: search, solutions with their files, areas, "
                        + "thematic blocks, vocabularies, organisations, projects and news. Answers carry an ETag "
                        + "and are cacheable for 60 seconds; errors are RFC 9457 problem details, except "
                        + "/api/search and /api/suggest, whose error shape is {\"error\": \"…\"}.")
                .license(new License().name("Each solution states its own licence (field licence)")));
    }
}
