package org.iamemulator.core.cache;

import org.iamemulator.core.account.AccountService.AccountsDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deleting accounts (a reset) removes rows in bulk, unseen by Hibernate's events: every cache starts afresh. */
@Component
class AccountDeletionCapture {

    private final StoreChanges changes;

    AccountDeletionCapture(StoreChanges changes) {
        this.changes = changes;
    }

    @EventListener
    void accountsDeleted(AccountsDeleted deleted) {
        changes.record(StoreChange.EVERYTHING);
    }
}
