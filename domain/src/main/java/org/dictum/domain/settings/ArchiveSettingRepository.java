package org.dictum.domain.settings;

import java.util.Optional;

/** The settings administrators changed at run time. */
public interface ArchiveSettingRepository {

    Optional<ArchiveSetting> find(String name);

    ArchiveSetting add(ArchiveSetting setting);

    /** Removes the setting, so that the configured default applies again; true when there was one. */
    boolean remove(String name);
}
