package glossa.team;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;

/**
 * One synchronisation of a case: commit, fetch, merge with the sidecars settled by {@link SidecarMerger}, commit the
 * merge, push. It stops before pushing when an article has text conflicts, leaving the repository merging (as Git
 * does) with our sidecar bytes in place; the next sync, once the markers are gone, picks up from there.
 * Cancelling is honoured while fetching and merging (JGit polls the monitor); once JGit's merge has written the working
 * tree, the sidecars are settled before anything else, so a cancel never leaves XMI with markers.
 */
final class CaseSync {

    private final Git git;
    private final Repository repository;
    private final Author author;
    private final Credentials credentials;
    private final SubMonitor monitor;
    private final IProgressMonitor cancel;

    CaseSync(Git git, Author author, Credentials credentials, IProgressMonitor monitor) {
        this.git = git;
        this.repository = git.getRepository();
        this.author = author;
        this.credentials = credentials == null ? Credentials.NONE : credentials;
        this.cancel = monitor;
        this.monitor = SubMonitor.convert(monitor, "Synchronizing " + repository.getWorkTree().getName(), 100);
    }

    SyncResult run(String remoteUrl, String message) throws IOException, GitAPIException {
        RepositoryState state = repository.getRepositoryState();
        if (state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED) {
            return resume(message);
        }
        if (state != RepositoryState.SAFE) {
            throw new TeamException(repository.getWorkTree() + ": the repository is busy (" + state.getDescription()
                    + "); finish or abort that with git first");
        }
        boolean committed = CaseRepository.commit(git, message, author) != null;
        monitor.worked(5);
        String branch = repository.getBranch();
        setRemote(remoteUrl, branch);
        checkCancel();
        git.fetch().setRemote(CaseRepository.REMOTE).setCredentialsProvider(credentials.provider()).setTransportConfigCallback(SshSessions.CONFIGURE)
                .setProgressMonitor(new GitProgress(monitor.newChild(40), 100)).call();
        checkCancel();
        Ref upstream = repository.findRef(Constants.R_REMOTES + CaseRepository.REMOTE + "/" + branch);
        SidecarMerger.Outcome outcome = null;
        if (upstream != null && repository.resolve(Constants.HEAD) != null) {
            outcome = merge(upstream);
            if (outcome == null) {
                return SyncResult.of(SyncResult.Status.CANCELLED, committed,
                        "cancelled while merging; the working tree is as Git left it");
            }
            if (!outcome.textConflicts().isEmpty()) {
                return stopped(committed, outcome);
            }
            if (repository.getRepositoryState() != RepositoryState.SAFE) {
                CaseRepository.commit(git, null, author);
            }
        } else if (upstream != null) {
            // Nothing committed here yet: take the remote's branch as it is.
            git.reset().setRef(upstream.getName()).setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).call();
        }
        monitor.setWorkRemaining(40);
        return push(branch, committed, outcome);
    }

    /** A merge that stopped on text conflicts, picked up again: settle what can be, then commit and push. */
    private SyncResult resume(String message) throws IOException, GitAPIException {
        SidecarMerger.Outcome outcome = new SidecarMerger(git).settle(null);
        if (!outcome.textConflicts().isEmpty()) {
            return stopped(false, outcome);
        }
        CaseRepository.commit(git, message, author);
        return push(repository.getBranch(), true, outcome);
    }

    /** JGit's merge, then the sidecars; null when cancelled before JGit touched the working tree. */
    private SidecarMerger.Outcome merge(Ref upstream) throws IOException, GitAPIException {
        SidecarMerger.Sides commits = SidecarMerger.Sides.of(repository, repository.resolve(Constants.HEAD),
                upstream.getObjectId());
        MergeResult result = git.merge().include(upstream).setCommit(false).setFastForward(FastForwardMode.FF)
                .setStrategy(MergeStrategy.RECURSIVE).setProgressMonitor(new GitProgress(monitor.newChild(10), 100))
                .setMessage("Glossa: merge " + CaseRepository.REMOTE + "/" + repository.getBranch()).call();
        MergeStatus status = result.getMergeStatus();
        switch (status) {
            case ALREADY_UP_TO_DATE, FAST_FORWARD:
                return new SidecarMerger.Outcome(List.of(), java.util.Map.of(), List.of(), List.of());
            case ABORTED:
                return null;
            case MERGED_NOT_COMMITTED, MERGED, CONFLICTING:
                return new SidecarMerger(git).settle(commits);
            default:
                throw new TeamException(repository.getWorkTree() + ": the merge failed (" + status + ")"
                        + (result.getFailingPaths() == null ? "" : ": " + result.getFailingPaths().keySet())
                        + (result.getCheckoutConflicts() == null ? "" : ": " + result.getCheckoutConflicts()));
        }
    }

    private SyncResult push(String branch, boolean committed, SidecarMerger.Outcome outcome)
            throws IOException, GitAPIException {
        checkCancel();
        if (repository.resolve(Constants.HEAD) == null) {
            return finished(SyncResult.Status.SYNCHRONIZED, committed, outcome, "nothing to synchronise yet");
        }
        Iterable<PushResult> results = git.push().setRemote(CaseRepository.REMOTE)
                .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch))
                .setCredentialsProvider(credentials.provider()).setTransportConfigCallback(SshSessions.CONFIGURE)
                .setProgressMonitor(new GitProgress(monitor.newChild(40), 100)).call();
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE:
                        break;
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
                        return finished(SyncResult.Status.PUSH_REJECTED, committed, outcome,
                                "the remote changed while synchronising; synchronise again");
                    default:
                        throw new TeamException(repository.getWorkTree() + ": push of " + branch + " failed: "
                                + update.getStatus() + (update.getMessage() == null ? "" : " " + update.getMessage()));
                }
            }
        }
        return finished(SyncResult.Status.SYNCHRONIZED, committed, outcome, "synchronized " + branch);
    }

    private static SyncResult finished(SyncResult.Status status, boolean committed, SidecarMerger.Outcome outcome,
            String message) {
        return outcome == null ? SyncResult.of(status, committed, message)
                : new SyncResult(status, committed, outcome.merged(), outcome.fieldConflicts(),
                        outcome.textConflicts(), outcome.held(), message);
    }

    private static SyncResult stopped(boolean committed, SidecarMerger.Outcome outcome) {
        return new SyncResult(SyncResult.Status.TEXT_CONFLICTS, committed, outcome.merged(), outcome.fieldConflicts(),
                outcome.textConflicts(), outcome.held(), "text conflicts in " + outcome.textConflicts()
                        + "; remove the markers and synchronise again (their sidecars were left as they were)");
    }

    /** Points the remote at {@code url} (if given) and the branch at the remote, as plain git expects. */
    private void setRemote(String url, String branch) throws IOException, GitAPIException {
        StoredConfig config = repository.getConfig();
        if (url != null && !url.isBlank()) {
            try {
                if (config.getString("remote", CaseRepository.REMOTE, "url") == null) {
                    git.remoteAdd().setName(CaseRepository.REMOTE).setUri(new URIish(url)).call();
                } else {
                    git.remoteSetUrl().setRemoteName(CaseRepository.REMOTE).setRemoteUri(new URIish(url)).call();
                }
            } catch (java.net.URISyntaxException e) {
                throw new TeamException("not a valid remote URL: " + url);
            }
            config = repository.getConfig();
        } else if (config.getString("remote", CaseRepository.REMOTE, "url") == null) {
            throw new TeamException(repository.getWorkTree() + ": no remote to synchronise with; give its URL");
        }
        if (config.getString("branch", branch, "remote") == null) {
            config.setString("branch", branch, "remote", CaseRepository.REMOTE);
            config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
            config.save();
        }
    }

    private void checkCancel() throws CanceledException {
        if (cancel != null && cancel.isCanceled()) {
            throw new CanceledException("cancelled");
        }
    }
}
