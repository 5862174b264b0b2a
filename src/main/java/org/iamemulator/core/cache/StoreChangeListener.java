package org.iamemulator.core.cache;

/** A cache that follows committed changes of the store, made by this instance or, through the store, by others. */
public interface StoreChangeListener {

    void onChange(StoreChange change);
}
