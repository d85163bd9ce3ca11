package pl.innowacje.katalog.search;

import java.io.IOException;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One solution's documents analysed in a small index of their own, to be added to the main index whole
 * ({@link IndexWriter#addIndexes}). The main writer's commits and refreshes wait for every document it is still
 * analysing, so a solution with tens of megabytes of text analysed there would hold back every other change for
 * seconds; added ready-made, it holds them back for the time of a copy. Each build is marked with a generation of
 * its own, so the solution's older documents can be removed after the new ones are in, never before.
 */
final class BuiltApart implements AutoCloseable {

    static final String GENERATION = "built_apart";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final String generation;

    BuiltApart(List<Document> documents, Analyzer analyzer, String generation) throws IOException {
        this.generation = generation;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(64).setUseCompoundFile(false))) {
            for (Document d : documents) {
                d.add(new StringField(GENERATION, generation, Field.Store.NO));
            }
            writer.addDocuments(documents);
            writer.forceMerge(1);
        }
        this.reader = DirectoryReader.open(directory);
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
        reader.close();
        directory.close();
    }
}
