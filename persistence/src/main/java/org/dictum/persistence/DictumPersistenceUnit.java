package org.dictum.persistence;

/** Names shared by the persistence unit and the code that uses it. */
public final class DictumPersistenceUnit {

    public static final String NAME = "dictum";
    public static final String DATASOURCE = "java:jboss/datasources/DictumDS";

    private DictumPersistenceUnit() {
    }
}
