package pl.innowacje.katalog.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.util.FileSystemUtils;

/**
 * One solution's documents analysed in a small index of their own, to be added to the main index whole
 * ({@link IndexWriter#addIndexes}). The main writer's commits and refreshes wait for every document it is still
 * analysing, so a solution with tens of megabytes of text analysed there would hold back every other change for
 * seconds; added ready-made, it holds them back for the time of a copy. Each build is marked with a generation of
 * its own, so the solution's older documents can be removed after the new ones are in, never before. The small
 * index is on disk, in a temporary folder: in memory it would take as much heap as the handbook's index, several
 * times the handbook. It is left in as many segments as it flushed: adding them merges them into one anyway.
 */
final class BuiltApart implements AutoCloseable {

    static final String GENERATION = "built_apart";

    private final Path folder;
    private final Directory directory;
    private final DirectoryReader reader;
    private final String generation;

    BuiltApart(List<Document> documents, Analyzer analyzer, String generation) throws IOException {
        this.generation = generation;
        this.folder = Files.createTempDirectory("katalog-index-apart");
        this.directory = FSDirectory.open(folder);
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setRAMBufferSizeMB(32).setUseCompoundFile(false).setMergePolicy(NoMergePolicy.INSTANCE))) {
                // One by one, not as a block: a block stays in memory whole, whatever the buffer's size.
                for (Document d : documents) {
                    d.add(new StringField(GENERATION, generation, Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            this.reader = DirectoryReader.open(directory);
        } catch (IOException | RuntimeException e) {
            removeFolder();
            throw e;
        }
    }

    String generation() {
        return generation;
    }

    CodecReader[] readers() throws IOException {
        return reader.leaves().stream().map(leaf -> {
            try {
                return SlowCodecReaderWrapper.wrap(leaf.reader());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toArray(CodecReader[]::new);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            removeFolder();
        }
    }

    private void removeFolder() throws IOException {
        directory.close();
        FileSystemUtils.deleteRecursively(folder);
    }
}
