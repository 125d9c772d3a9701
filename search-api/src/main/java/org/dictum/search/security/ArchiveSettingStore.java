package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.dictum.domain.settings.ArchiveSetting;
import org.dictum.domain.settings.ArchiveSettingRepository;
import org.dictum.persistence.audit.CurrentUser;

/** Reads and writes the administrators' run-time settings, each write in its own transaction. */
@ApplicationScoped
public class ArchiveSettingStore {

    @Inject
    ArchiveSettingRepository settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public Optional<ArchiveSetting> read(String name) {
        return settings.find(name);
    }

    /** Sets the value, or removes the setting when {@code value} is null; the setting as it is now. */
    @Transactional
    public Optional<ArchiveSetting> write(String name, String value) {
        if (value == null) {
            settings.remove(name);
            return Optional.empty();
        }
        String by = currentUser.name().orElse("system");
        ArchiveSetting setting = settings.find(name).orElseGet(() -> settings.add(new ArchiveSetting(name, value, by, clock.instant())));
        setting.change(value, by, clock.instant());
        return Optional.of(setting);
    }
}
