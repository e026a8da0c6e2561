package glossa.team.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.io.SidecarStore;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.team.Author;
import glossa.team.CaseRepository;
import glossa.team.Credentials;

/** A bare "remote" in a temporary folder and clones of it, with one article and its sidecar. */
final class TeamFixtures {

    static final String ARTICLE = "article.txt";
    static final String SIDECAR = ARTICLE + ".glossa";
    static final String TEXT = "一、技术出口管制升级。美国要求限制AI芯片出口，中国加快国产算力替代。\n"
            + "二、OpenAI 称 DeepSeek 的成本已降至十分之一。\n".repeat(5)
            + "三、结论。\n";
    static final Author ANNA = new Author("Anna", "anna@example.org");
    static final Author BO = new Author("Bo", "bo@example.org");

    private TeamFixtures() {
    }

    /** A bare repository and its file:// URL. */
    static String bareRemote(Path tmp) throws Exception {
        Path bare = tmp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(CaseRepository.DEFAULT_BRANCH).call()
                .close();
        return bare.toUri().toString();
    }

    /** A shared case with the article and an empty sidecar, synchronised to the remote: the common base. */
    static Path seededCase(Path tmp, String remote) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("seed"));
        Files.writeString(dir.resolve(ARTICLE), TEXT, StandardCharsets.UTF_8);
        save(document(), dir.resolve(SIDECAR));
        CaseRepository.share(dir);
        var result = CaseRepository.sync(dir, remote, "seed", ANNA, Credentials.NONE, null);
        if (result.status() != glossa.team.SyncResult.Status.SYNCHRONIZED) {
            throw new AssertionError(result.message());
        }
        return dir;
    }

    /** Anna's and Bo's clones of a seeded case. */
    record Clones(Path anna, Path bo) {
    }

    /**
     * Two clones that each changed the article's first line their own way and added an annotation; Anna's work is
     * synchronised, so Bo's next sync meets a text conflict.
     */
    static Clones textConflictClones(Path tmp) throws Exception {
        String remote = bareRemote(tmp);
        seededCase(tmp, remote);
        Path anna = cloneOf(remote, tmp.resolve("anna"));
        Path bo = cloneOf(remote, tmp.resolve("bo"));
        Files.writeString(anna.resolve(ARTICLE), TEXT.replace("一、技术出口管制升级。", "一、出口管制（安娜）。"),
                StandardCharsets.UTF_8);
        annotate(anna, "a1", "结论", "Anna");
        Files.writeString(bo.resolve(ARTICLE), TEXT.replace("一、技术出口管制升级。", "一、出口管制（博）。"),
                StandardCharsets.UTF_8);
        annotate(bo, "b1", "中国加快国产算力替代", "Bo");
        var synced = CaseRepository.sync(anna, null, null, ANNA, Credentials.NONE, null);
        if (synced.status() != glossa.team.SyncResult.Status.SYNCHRONIZED) {
            throw new AssertionError(synced.message());
        }
        return new Clones(anna, bo);
    }

    static Path cloneOf(String remote, Path dir) throws IOException {
        CaseRepository.clone(remote, dir, Credentials.NONE, null);
        return dir;
    }

    static Document document() {
        Document d = GlossaFactory.eINSTANCE.createDocument();
        d.setTitle("article");
        d.setCodebook(DefaultCodebook.create());
        return d;
    }

    static Document load(Path dir) throws IOException {
        return new SidecarStore().load(dir.resolve(SIDECAR));
    }

    static void save(Document d, Path sidecar) throws IOException {
        new SidecarStore().save(d, sidecar);
    }

    /** Adds an annotation by {@code author} over {@code quote}'s first occurrence and saves the sidecar. */
    static Annotation annotate(Path dir, String id, String quote, String author) throws IOException {
        Document d = load(dir);
        int begin = TEXT.indexOf(quote);
        Annotation a = AnnotationFactory.create(TEXT, anyType(d), begin, begin + quote.length(), author);
        a.setId(id);
        d.getAnnotations().add(a);
        save(d, dir.resolve(SIDECAR));
        return a;
    }

    static void setMemo(Path dir, String id, String memo) throws IOException {
        Document d = load(dir);
        annotation(d, id).setMemo(memo);
        save(d, dir.resolve(SIDECAR));
    }

    static Annotation annotation(Document d, String id) {
        return d.getAnnotations().stream().filter(a -> id.equals(a.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no annotation " + id));
    }

    private static AnnotationType anyType(Document d) {
        for (var it = d.getCodebook().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AnnotationType t) {
                return t;
            }
        }
        throw new AssertionError("empty codebook");
    }

    /** Annotations as id -> "begin..end author memo", to compare two clones. */
    static Map<String, String> view(Document d) {
        Map<String, String> view = new TreeMap<>();
        for (Annotation a : d.getAnnotations()) {
            view.put(a.getId(), a.getBegin() + ".." + a.getEnd() + " " + a.getAuthor() + " " + a.getMemo());
        }
        return view;
    }
}
