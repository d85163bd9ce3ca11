package pl.innowacje.katalog.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import pl.innowacje.katalog.catalog.Inputs;
import pl.innowacje.katalog.catalog.Written;
import pl.innowacje.katalog.files.StoredFiles;

/**
 * How a load writes its records and in whose name: the shipped catalogue at start-up, each record committed on its
 * own, or a member of staff importing a package, all records in one transaction and as far as their role allows.
 */
interface LoadRun {

    /** A solution as it was written, and a note when it was not taken as the source had it (a draft, for instance). */
    record Taken(Written written, LoadReport.Reason note) {
    }

    /** Why this run may not write vocabularies, the thesaurus, organisations, projects, areas, blocks and news; null when it may. */
    LoadReport.Reason refusesReferences();

    /** Runs one record's write so that, when it fails, nothing of it stays and the other records go on. */
    <T> T atomically(Callable<T> write) throws Exception;

    /** Writes a solution as this run may, or throws to reject it. */
    Taken solution(Inputs.Solution s) throws Exception;

    /** Stores a solution's file as this run takes files in (a package's are checked as uploads are). */
    StoredFiles.Stored store(StoredFiles files, Path file) throws IOException;

    /** Bytes this run added to the file store (a run that does not keep its changes takes them back). */
    default void added(String sha256) {
    }
}
