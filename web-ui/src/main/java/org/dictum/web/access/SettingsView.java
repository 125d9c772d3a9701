package org.dictum.web.access;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dictum.search.security.ArchiveAccess;
import org.dictum.search.security.PublicReadSetting;

/** The Settings page: administrators make the archive private or public, or go back to the configured default. */
@Named
@ViewScoped
public class SettingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String PUBLIC = "public";
    static final String PRIVATE = "private";
    static final String CONFIGURED = "configured";

    @Inject
    ArchiveAccess access;

    private String choice;
    private PublicReadSetting current;

    @PostConstruct
    void load() {
        show(access.setting());
    }

    public void save() {
        Boolean publicRead = switch (choice == null ? CONFIGURED : choice) {
            case PUBLIC -> Boolean.TRUE;
            case PRIVATE -> Boolean.FALSE;
            default -> null;
        };
        show(access.switchPublicRead(publicRead));
        Messages.info(current.publicRead() ? "The archive is public: anyone may read it."
                : "The archive is private: only logged-in users and API tokens may read it.");
    }

    private void show(PublicReadSetting setting) {
        current = setting;
        choice = setting.override() == null ? CONFIGURED : setting.override() ? PUBLIC : PRIVATE;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public boolean isPublicRead() {
        return current.publicRead();
    }

    public String getConfiguredLabel() {
        return "As configured (dictum.security.public-read): " + (current.configured() ? "public" : "private");
    }

    public String getChangedBy() {
        return current.changedBy();
    }

    public String getChangedAt() {
        return current.changedAt() == null ? null : current.changedAt().toString();
    }
}
