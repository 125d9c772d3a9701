package org.dictum.web.access;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.NameTakenException;
import org.dictum.domain.account.Role;
import org.dictum.search.security.AccountService;
import org.dictum.search.security.UserSummary;
import org.dictum.web.conflict.FieldMessages;

/** User administration: create users, set their role and password, disable and enable them. */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String name;
    private String password;
    private String role = Role.RESEARCHER.roleName();
    private String passwordUser;
    private String newPassword;
    private transient List<UserRow> users;

    /**
     * The users as the page listed them. A row's buttons name their user by the row's place in this list when the
     * form comes back, so the list is read once per rendering: read again, a user added meanwhile (sorted before
     * the one clicked) would have shifted the rows and "Disable" or "Make admin" acted on another user.
     */
    public List<UserRow> getUsers() {
        if (users == null) {
            users = accounts.list().stream().map(UserRow::new).toList();
        }
        return users;
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::roleName).toList();
    }

    /** Creates the user; a name that is taken or not allowed, and a password too short, get their message next to the field. */
    public void create() {
        try {
            UserSummary created = accounts.create(name == null ? "" : name, password, roleNamed(role));
            Messages.info("User " + created.name() + " created as " + created.role() + ".");
            name = null;
            role = Role.RESEARCHER.roleName();
        } catch (NameTakenException e) {
            FieldMessages.refuse("create:name", e.getMessage());
        } catch (InvalidInputException e) {
            refuse(e, Map.of("name", "create:name", "password", "create:password"));
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        } finally {
            password = null;
            users = null;
        }
    }

    public void assignRole(String userName, String newRole) {
        try {
            accounts.assignRole(userName, roleNamed(newRole));
            Messages.info("User " + userName + " is now " + newRole + ".");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        } finally {
            users = null;
        }
    }

    public void setEnabled(String userName, boolean enabled) {
        try {
            accounts.setEnabled(userName, enabled);
            Messages.info("User " + userName + (enabled ? " enabled." : " disabled."));
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        } finally {
            users = null;
        }
    }

    /** Replaces the chosen user's password; a password too short, or a user gone meanwhile, gets its message next to the field. */
    public void setPassword() {
        try {
            accounts.setPassword(passwordUser == null ? "" : passwordUser, newPassword);
            Messages.info("Password of " + passwordUser + " replaced.");
        } catch (UnknownEntityException e) {
            FieldMessages.refuse("password:user", e.getMessage());
        } catch (InvalidInputException e) {
            refuse(e, Map.of("password", "password:new-password"));
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        } finally {
            newPassword = null;
        }
    }

    /** The refusal next to the form's field it names ({@code fields}: the service's name to the field's id); above the forms otherwise. */
    private static void refuse(InvalidInputException refusal, Map<String, String> fields) {
        Messages.refuse(refusal.field() == null ? null : fields.get(refusal.field()), refusal.getMessage());
    }

    public List<String> getUserNames() {
        return accounts.list().stream().map(UserSummary::name).toList();
    }

    private static Role roleNamed(String name) {
        return Role.byName(name).orElse(Role.RESEARCHER);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordUser() {
        return passwordUser;
    }

    public void setPasswordUser(String passwordUser) {
        this.passwordUser = passwordUser;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    /** One user for the table (Faces EL reads getters, not record accessors). */
    public static final class UserRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UserSummary user;

        UserRow(UserSummary user) {
            this.user = user;
        }

        public String getName() {
            return user.name();
        }

        public String getRole() {
            return user.role();
        }

        public boolean isEnabled() {
            return user.enabled();
        }
    }
}
