package pl.innowacje.katalog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import pl.innowacje.katalog.JourneyTestSupport;
import pl.innowacje.katalog.PortalApplication;
import pl.innowacje.katalog.importing.LoadReport;
import pl.innowacje.katalog.importing.PackageImport;
import pl.innowacje.katalog.publishing.Actor;

/**
 * The shipped catalogue exported, imported into an empty portal and exported again gives the same tree, file for
 * file and byte for byte; an area's export holds that area alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CatalogueRoundTripTest {

    static final Path DATA = JourneyTestSupport.tempDataDir("round-trip");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("portal.data-dir", () -> DATA.resolve("a").toString());
    }

    @Autowired
    CatalogueExport export;

    @Test
    void exportImportIntoAnEmptyPortalAndExportAgainGiveTheSameTree() throws Exception {
        byte[] first = zip(export, CatalogueExport.Scope.ALL);
        Map<String, byte[]> before = entries(first);
        assertThat(before).containsKeys("vocabularies/problems.yml", "thesaurus.yml", "organisations.yml",
                "projects.yml", "zatrudnienie-i-integracja-spoleczna/area.md",
                "zatrudnienie-i-integracja-spoleczna/wspolpraca-instytucji-rynku-pracy-pomocy-i-integracji-spolecznej/"
                        + "mapa-problemow-spolecznych/solution.md");
        assertThat(before.keySet().stream().filter(p -> p.endsWith("/solution.md"))).hasSize(21);
        assertThat(before.keySet().stream().filter(p -> p.endsWith(".pdf") || p.endsWith(".docx")
                || p.endsWith(".odt") || p.endsWith(".txt"))).hasSizeGreaterThanOrEqualTo(11);

        Path pkg = Files.write(DATA.resolve("katalog.zip"), first);
        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.NONE).run("--portal.data-dir=" + DATA.resolve("b"),
                        "--portal.content.load-on-start=false")) {
            LoadReport report = empty.getBean(PackageImport.class).run(pkg, "katalog.zip",
                    new Actor("import", true, false, List.of()), false);
            assertThat(report.failed()).as(String.valueOf(report.rejections())).isFalse();
            Map<String, byte[]> after = entries(zip(empty.getBean(CatalogueExport.class),
                    CatalogueExport.Scope.ALL));
            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        }
    }

    @Test
    void anAreasExportHoldsItsBlocksSolutionsAndNewsAndTheReferenceData() throws Exception {
        Map<String, byte[]> area = entries(zip(export, new CatalogueExport.Scope("dobre-rzadzenie", null)));
        assertThat(area.keySet().stream().filter(p -> p.endsWith("/area.md")))
                .containsExactly("dobre-rzadzenie/area.md");
        assertThat(area.keySet()).allMatch(p -> p.startsWith("dobre-rzadzenie/") || p.startsWith("news/")
                || p.startsWith("vocabularies/") || !p.contains("/"));
    }

    static byte[] zip(CatalogueExport export, CatalogueExport.Scope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(scope, out);
        return out.toByteArray();
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
