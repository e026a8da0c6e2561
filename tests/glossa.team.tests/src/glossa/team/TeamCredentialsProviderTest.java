package glossa.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/**
 * Which questions of a transport the stored user and token answer, which go to the user's prompt, and which are
 * refused: JGit asks an HTTPS remote for a user name and password together, an SSH key for its passphrase as a
 * password alone, and about an unknown host key as a yes/no question (with informational lines).
 */
class TeamCredentialsProviderTest {

    private static final URIish HTTPS = uri("https://git.example.org/team/case.git");
    private static final URIish SSH = uri("ssh://git@git.example.org/team/case.git");
    private static final Credentials STORED = new Credentials("anna", "s3cret-token");

    private static URIish uri(String s) {
        try {
            return new URIish(s);
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The user's prompt: answers with fixed values and records what it was asked. */
    private static final class Prompt extends CredentialsProvider {
        final boolean interactive;
        final boolean answers;
        final List<String> asked = new ArrayList<>();
        int resets;

        Prompt(boolean interactive, boolean answers) {
            this.interactive = interactive;
            this.answers = answers;
        }

        @Override
        public boolean isInteractive() {
            return interactive;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            return answers;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            for (CredentialItem item : items) {
                asked.add(item.getClass().getSimpleName());
                if (!answers) {
                    continue;
                }
                if (item instanceof CredentialItem.Username u) {
                    u.setValue("typed-user");
                } else if (item instanceof CredentialItem.Password p) {
                    p.setValue("typed".toCharArray());
                } else if (item instanceof CredentialItem.YesNoType y) {
                    y.setValue(true);
                }
            }
            return answers;
        }

        @Override
        public void reset(URIish uri) {
            resets++;
        }
    }

    private static CredentialItem.Username user() {
        return new CredentialItem.Username();
    }

    private static CredentialItem.Password password() {
        return new CredentialItem.Password();
    }

    private static CredentialItem.Password passphrase() {
        return new CredentialItem.Password("Passphrase for /home/anna/.ssh/id_ed25519");
    }

    private static CredentialItem.YesNoType trustHostKey() {
        return new CredentialItem.YesNoType("Accept and store this key, and continue connecting?");
    }

    private static CredentialItem.InformationalMessage info() {
        return new CredentialItem.InformationalMessage(
                "The authenticity of host 'git.example.org' cannot be established.");
    }

    @Test
    void noStoredCredentialsAndNoPromptMeansNoProviderAtAll() {
        // file:// and public remotes: JGit then asks nobody.
        assertNull(Credentials.NONE.provider());
        assertNull(new Credentials(null, null).provider());
        assertNotNull(new Credentials("anna", "").provider(), "a user alone is something to answer with");
        assertNotNull(new Credentials("", "token").provider(), "a token alone is something to answer with");
        assertNotNull(Credentials.NONE.withPrompt(new Prompt(true, true)).provider(), "a prompt alone");
    }

    @Test
    void emptyMeansNeitherUserNorToken() {
        record Row(String user, String token, boolean empty) {
        }
        for (Row row : List.of(new Row("", "", true), new Row(null, null, true), new Row("anna", "", false),
                new Row("", "token", false), new Row("anna", "token", false))) {
            assertEquals(row.empty(), new Credentials(row.user(), row.token()).isEmpty(), row.toString());
        }
    }

    @Test
    void theTokenNeverAppearsWhenCredentialsArePrinted() {
        String printed = STORED.withPrompt(new Prompt(true, true)).toString();
        assertFalse(printed.contains("s3cret-token"), printed);
        assertEquals("Credentials[user=anna, token=***, prompt=true]", printed);
        assertEquals("Credentials[user=anna, token=, prompt=false]", new Credentials("anna", "").toString(),
                "no stars when there is no token: the analyst sees that none is stored");
    }

    @Test
    void anHttpsUserAndPasswordQuestionIsAnsweredFromStorageWithoutAskingTheUser() {
        Prompt prompt = new Prompt(true, true);
        CredentialsProvider provider = STORED.withPrompt(prompt).provider();
        CredentialItem.Username u = user();
        CredentialItem.Password p = password();

        assertTrue(provider.supports(u, p));
        assertTrue(provider.get(HTTPS, u, p));
        assertEquals("anna", u.getValue());
        assertArrayEquals("s3cret-token".toCharArray(), p.getValue());
        assertEquals(List.of(), prompt.asked, "the stored credentials are enough");
    }

    @Test
    void withoutAPromptStoredCredentialsAnswerHttpsQuestionsAndNothingElse() {
        CredentialsProvider provider = STORED.provider();
        assertFalse(provider.isInteractive(), "nobody to ask");
        assertTrue(provider.supports(user(), password()));
        assertTrue(provider.supports(info(), user(), password()));
        assertFalse(provider.supports(info(), trustHostKey()), "a host key question is never answered from storage");
        assertFalse(provider.supports(new CredentialItem.StringType("One-time code", false)));

        CredentialItem.YesNoType trust = trustHostKey();
        assertFalse(provider.get(SSH, info(), trust), "refused, not answered yes");
        assertFalse(trust.getValue());
    }

    @Test
    void anSshKeyPassphraseGoesToThePromptAndNeverGetsTheStoredToken() {
        // JGit asks for a key's passphrase as a password without a user name; the stored HTTPS token is not it.
        Prompt prompt = new Prompt(true, true);
        CredentialItem.Password asked = passphrase();
        assertTrue(STORED.withPrompt(prompt).provider().get(SSH, asked));
        assertArrayEquals("typed".toCharArray(), asked.getValue());
        assertEquals(List.of("Password"), prompt.asked);

        // Without a prompt (the command line) the question is refused: JGit then tries the next key.
        CredentialItem.Password refused = passphrase();
        assertFalse(STORED.provider().get(SSH, info(), refused));
        assertNull(refused.getValue(), "the token was not handed to the key");
        assertFalse(STORED.provider().supports(passphrase()));
    }

    @Test
    void aHostKeyQuestionGoesToThePromptEvenWithStoredCredentials() {
        Prompt prompt = new Prompt(true, true);
        CredentialsProvider provider = STORED.withPrompt(prompt).provider();
        CredentialItem.YesNoType trust = trustHostKey();
        assertTrue(provider.supports(info(), trust));
        assertTrue(provider.get(SSH, info(), trust));
        assertTrue(trust.getValue(), "the user's answer");
        assertEquals(List.of("InformationalMessage", "YesNoType"), prompt.asked);
    }

    @Test
    void aPromptThatCannotAnswerLeavesTheQuestionRefused() {
        Prompt prompt = new Prompt(false, false);
        CredentialsProvider provider = Credentials.NONE.withPrompt(prompt).provider();
        assertFalse(provider.isInteractive(), "as interactive as the prompt");
        assertFalse(provider.supports(user(), password()), "no stored credentials and a prompt that cannot answer");
        assertFalse(provider.get(HTTPS, user(), password()));
        assertEquals(List.of("Username", "Password"), prompt.asked, "with nothing stored the prompt is asked");
        assertTrue(Credentials.NONE.withPrompt(new Prompt(true, true)).provider().isInteractive());
    }

    @Test
    void afterTheRemoteRejectedTheStoredCredentialsTheUserIsAskedInstead() {
        Prompt prompt = new Prompt(true, true);
        CredentialsProvider provider = STORED.withPrompt(prompt).provider();
        assertTrue(provider.get(HTTPS, user(), password()));
        assertEquals(List.of(), prompt.asked);

        provider.reset(HTTPS); // JGit: 401, the answer was wrong
        assertEquals(1, prompt.resets, "the prompt forgets its answer too");
        CredentialItem.Username u = user();
        CredentialItem.Password p = password();
        assertTrue(provider.get(HTTPS, u, p));
        assertEquals("typed-user", u.getValue(), "not the rejected stored user again");
        assertArrayEquals("typed".toCharArray(), p.getValue());
        assertEquals(List.of("Username", "Password"), prompt.asked);

        // Without a prompt, rejected stored credentials are not tried again: the transport fails instead of looping.
        CredentialsProvider alone = STORED.provider();
        alone.reset(HTTPS);
        CredentialItem.Username again = user();
        assertFalse(alone.get(HTTPS, again, password()));
        assertNull(again.getValue());
    }
}
