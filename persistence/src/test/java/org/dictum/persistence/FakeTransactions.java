package org.dictum.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;

/** The registry's resources of one transaction at a time, as the container keeps them. */
final class FakeTransactions implements TransactionSynchronizationRegistry {

    private Object key = new Object();
    private final Map<Object, Object> resources = new HashMap<>();

    void next() {
        key = new Object();
        resources.clear();
    }

    void none() {
        key = null;
        resources.clear();
    }

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object resourceKey, Object value) {
        resources.put(resourceKey, value);
    }

    @Override
    public Object getResource(Object resourceKey) {
        return resources.get(resourceKey);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
        return jakarta.transaction.Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
