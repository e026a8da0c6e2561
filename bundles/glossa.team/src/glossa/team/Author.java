package glossa.team;

import org.eclipse.jgit.lib.PersonIdent;

/** Who writes a commit: a coder's name and e-mail (the e-mail may be empty; Git only stores it). */
public record Author(String name, String email) {

    public Author {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
        name = name.strip();
        email = email == null ? "" : email.strip();
    }

    PersonIdent ident() {
        return new PersonIdent(name, email);
    }
}
