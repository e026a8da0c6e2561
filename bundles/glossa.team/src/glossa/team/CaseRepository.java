package glossa.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A case folder as a Git repository: share (init or open, and the files that route sidecars to the semantic merge),
 * clone, commit, and {@link #sync synchronise} with a remote. Headless: the workbench and the command line call the
 * same methods. Every method opens the repository and closes it again, so nothing stays locked between calls.
 */
public final class CaseRepository {

    /** The branch a new shared case starts on. */
    public static final String DEFAULT_BRANCH = "main";
    /** The name of the remote a case synchronises with. */
    public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;

    private CaseRepository() {
    }

    /** Whether {@code dir} is the top of a Git working tree. */
    public static boolean isShared(Path dir) {
        return Files.exists(dir.resolve(Constants.DOT_GIT));
    }

    /**
     * Makes {@code dir} a shared case: initialises a repository there unless there is one, then writes what is missing
     * of {@code .gitattributes}, {@code .gitignore} and the merge driver config. Commits nothing.
     *
     * @return the files written (relative names)
     */
    public static List<String> share(Path dir) throws IOException {
        requireFolder(dir);
        try (Git git = isShared(dir) ? Git.open(dir.toFile())
                : Git.init().setDirectory(dir.toFile()).setInitialBranch(DEFAULT_BRANCH).call()) {
            return ShareFiles.write(git.getRepository(), dir);
        } catch (GitAPIException e) {
            throw failure(dir, "cannot create a Git repository", e);
        }
    }

    /** Clones {@code url} into the new or empty folder {@code dir} and shares it (driver config, attributes). */
    public static void clone(String url, Path dir, Credentials credentials, IProgressMonitor monitor)
            throws IOException {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || hasEntries(dir))) {
            throw new TeamException(dir + ": the folder to clone into must be new or empty");
        }
        try (Git git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile())
                .setCredentialsProvider(credentials.provider()).setTransportConfigCallback(SshSessions.CONFIGURE)
                .setBranch(branchToClone(url, credentials)).setProgressMonitor(new GitProgress(monitor, 100))
                .call()) {
            ShareFiles.write(git.getRepository(), dir);
        } catch (GitAPIException | JGitInternalException e) {
            // A clone cancelled before the objects came fails in JGit's checkout, unchecked ("Missing unknown").
            if (e instanceof CanceledException || monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            throw new TeamException(dir + ": cannot clone " + url + ": " + TransportErrors.reason(e, url), e);
        }
    }

    /**
     * The remote's default branch (its HEAD), or, when its HEAD names a branch that does not exist (a bare repository
     * made with {@code git init --bare}, whose HEAD says master, then pushed to as main), main, else master, else its
     * first branch; HEAD when it has none (an empty remote).
     */
    private static String branchToClone(String url, Credentials credentials) throws GitAPIException {
        Map<String, Ref> refs = Git.lsRemoteRepository().setRemote(url).setCredentialsProvider(credentials.provider())
                .setTransportConfigCallback(SshSessions.CONFIGURE).callAsMap();
        if (refs.containsKey(Constants.HEAD)) {
            return Constants.HEAD;
        }
        for (String preferred : List.of(Constants.R_HEADS + DEFAULT_BRANCH, Constants.R_HEADS + Constants.MASTER)) {
            if (refs.containsKey(preferred)) {
                return preferred;
            }
        }
        return refs.keySet().stream().filter(r -> r.startsWith(Constants.R_HEADS)).sorted().findFirst()
                .orElse(Constants.HEAD);
    }

    /** The branch checked out in a case and its last commit (null before the first commit). */
    public record Head(String branch, String commit) {
    }

    /** What {@code dir} has checked out: after {@link #clone}, the remote's default branch. */
    public static Head head(Path dir) throws IOException {
        try (Git git = open(dir)) {
            var repository = git.getRepository();
            var commit = repository.resolve(Constants.HEAD);
            return new Head(repository.getBranch(), commit == null ? null : commit.getName());
        }
    }

    /** Files of the case that differ from the last commit: changed, added, deleted or new (relative, '/'). */
    public static Set<String> changedPaths(Path dir) throws IOException {
        try (Git git = open(dir)) {
            Status status = git.status().call();
            Set<String> paths = new TreeSet<>(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            return paths;
        } catch (GitAPIException | JGitInternalException e) {
            // JGit reports a repository changed or deleted under the scan (a missing tree) unchecked.
            throw failure(dir, "cannot read the status", e);
        }
    }

    /**
     * Commits every changed, new or deleted file of the case that the ignore file does not exclude.
     *
     * @return the new commit's id, or null when there was nothing to commit
     */
    public static String commit(Path dir, String message, Author author) throws IOException {
        try (Git git = open(dir)) {
            RevCommit commit = commit(git, message, author);
            return commit == null ? null : commit.getName();
        } catch (GitAPIException e) {
            throw failure(dir, "cannot commit", e);
        }
    }

    static RevCommit commit(Git git, String message, Author author) throws GitAPIException, IOException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call(); // deletions
        RepositoryState state = git.getRepository().getRepositoryState();
        boolean finishingMerge = state == RepositoryState.MERGING_RESOLVED;
        if (!finishingMerge && !git.status().call().hasUncommittedChanges()) {
            return null;
        }
        var commit = git.commit().setAuthor(author.ident()).setCommitter(author.ident());
        if (!finishingMerge || message != null) {
            commit.setMessage(message == null || message.isBlank() ? "Glossa: annotations by " + author.name()
                    : message);
        }
        return commit.call();
    }

    /**
     * Synchronises the case with its remote: commits local changes, fetches, merges (sidecars through the semantic
     * merge), commits the merge and pushes. A {@code remoteUrl} sets (or replaces) the remote first.
     */
    public static SyncResult sync(Path dir, String remoteUrl, String message, Author author, Credentials credentials,
            IProgressMonitor monitor) throws IOException {
        try (Git git = open(dir)) {
            return new CaseSync(git, author, credentials, monitor).run(remoteUrl, message);
        } catch (GitAPIException e) {
            // A cancelled transfer comes back as a TransportException ("Download cancelled"), not CanceledException.
            if (e instanceof CanceledException || monitor != null && monitor.isCanceled()) {
                return SyncResult.of(SyncResult.Status.CANCELLED, false,
                        "cancelled; the working tree is as Git left it");
            }
            throw new TeamException(dir + ": cannot synchronise: " + TransportErrors.reason(e, remoteOrNull(dir)), e);
        }
    }

    /**
     * The author Git would use in {@code dir}: {@code user.name} and {@code user.email} of the repository's or the
     * user's Git config, or null when no name is configured.
     */
    public static Author configuredAuthor(Path dir) throws IOException {
        try (Git git = open(dir)) {
            var config = git.getRepository().getConfig();
            String name = config.getString("user", null, "name");
            return name == null || name.isBlank() ? null : new Author(name, config.getString("user", null, "email"));
        }
    }

    /**
     * The bytes {@code file} had at {@code ref} (a branch, tag or commit) of the Git repository it lies in: how a
     * coder working on a branch left an article's sidecar. Null when the file is in no repository or {@code ref}
     * names no commit there.
     *
     * @throws TeamException when the commit has no such file
     */
    public static byte[] readAt(Path file, String ref) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (var repository = builder.setMustExist(true).build()) {
            org.eclipse.jgit.lib.ObjectId commit;
            try {
                commit = repository.resolve(ref + "^{commit}");
            } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
                return null;
            }
            if (commit == null || repository.isBare()) {
                return null;
            }
            String path = repository.getWorkTree().toPath().toAbsolutePath().normalize().relativize(absolute)
                    .toString().replace(java.io.File.separatorChar, '/');
            try (var walk = new org.eclipse.jgit.revwalk.RevWalk(repository);
                    var tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(repository, path,
                            walk.parseCommit(commit).getTree())) {
                if (tree == null) {
                    throw new TeamException(file + ": not in " + ref);
                }
                return repository.open(tree.getObjectId(0)).getBytes();
            }
        }
    }

    /**
     * The branches of the Git repository {@code file} lies in, to compare its sidecar with: local ones by name, then
     * remote-tracking ones as {@code origin/NAME}. Empty when the file is in no repository.
     */
    public static List<String> branches(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            return List.of();
        }
        try (var repository = builder.setMustExist(true).build()) {
            List<String> names = new java.util.ArrayList<>();
            for (String prefix : List.of(Constants.R_HEADS, Constants.R_REMOTES)) {
                for (var ref : repository.getRefDatabase().getRefsByPrefix(prefix)) {
                    String name = ref.getName().substring(prefix.length());
                    if (!ref.isSymbolic() && !name.endsWith("/" + Constants.HEAD)) {
                        names.add(name);
                    }
                }
            }
            return names;
        }
    }

    /** The URL of the case's remote, or null when it has none. */
    public static String remoteUrl(Path dir) throws IOException {
        try (Git git = open(dir)) {
            return git.getRepository().getConfig().getString("remote", REMOTE, "url");
        }
    }

    /** Sets (or replaces) the URL of the case's remote; the next {@link #sync} pulls from and pushes to it. */
    public static void setRemote(Path dir, String url) throws IOException {
        try (Git git = open(dir)) {
            var config = git.getRepository().getConfig();
            new org.eclipse.jgit.transport.URIish(url); // refuses what is not a URL before it is stored
            config.setString("remote", REMOTE, "url", url);
            config.setString("remote", REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*");
            config.save();
        } catch (java.net.URISyntaxException e) {
            throw new TeamException("not a valid remote URL: " + url);
        }
    }

    static Git open(Path dir) throws IOException {
        requireFolder(dir);
        try {
            return new Git(new FileRepositoryBuilder().setWorkTree(dir.toFile()).setMustExist(true).build());
        } catch (RepositoryNotFoundException e) {
            throw new TeamException(dir + ": not a shared case (no Git repository); share it first");
        }
    }

    private static void requireFolder(Path dir) throws TeamException {
        if (!Files.isDirectory(dir)) {
            throw new TeamException(dir + ": not a folder");
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static String remoteOrNull(Path dir) {
        try {
            return remoteUrl(dir);
        } catch (IOException e) {
            return null;
        }
    }

    static TeamException failure(Path dir, String what, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TeamException(dir + ": " + what + ": " + reason.replaceAll("\\s+", " ").strip(), e);
    }
}
