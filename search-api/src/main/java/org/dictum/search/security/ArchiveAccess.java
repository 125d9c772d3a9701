package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dictum.domain.settings.ArchiveSetting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether anonymous visitors may read the archive: {@code dictum.security.public-read} (true by
 * default), unless an administrator switched it at run time (stored in the database, so it
 * survives restarts; removing the switch brings the configured default back). Every request asks,
 * so the switch is read from the database once and kept in memory; this server's changes update it
 * at once. With several servers, each would see another's change only after a restart.
 */
@ApplicationScoped
public class ArchiveAccess {

    @Inject
    @ConfigProperty(name = "dictum.security.public-read", defaultValue = "true")
    boolean publicRead;

    @Inject
    ArchiveSettingStore store;

    /** The stored switch once read: empty for none; null until first read. */
    private final AtomicReference<Optional<ArchiveSetting>> override = new AtomicReference<>();

    public boolean anonymousMayRead() {
        return setting().publicRead();
    }

    public PublicReadSetting setting() {
        Optional<ArchiveSetting> stored = override.updateAndGet(known -> known != null ? known : store.read(ArchiveSetting.PUBLIC_READ));
        Boolean switched = stored.map(s -> Boolean.valueOf(s.getValue())).orElse(null);
        return new PublicReadSetting(switched == null ? publicRead : switched, publicRead, switched,
                stored.map(ArchiveSetting::getChangedBy).orElse(null), stored.map(ArchiveSetting::getChangedAt).orElse(null));
    }

    /** Switches anonymous reading on or off, or back to the configured default ({@code null}). */
    public PublicReadSetting switchPublicRead(Boolean anonymousMayRead) {
        override.set(store.write(ArchiveSetting.PUBLIC_READ, anonymousMayRead == null ? null : anonymousMayRead.toString()));
        return setting();
    }
}
