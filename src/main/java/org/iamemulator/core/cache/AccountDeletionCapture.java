package org.iamemulator.core.cache;

import org.iamemulator.core.account.AccountService.AccountsChangedInBulk;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A reset deletes and writes rows in bulk, unseen by Hibernate's events: every cache starts afresh. */
@Component
class AccountDeletionCapture {

    private final StoreChanges changes;

    AccountDeletionCapture(StoreChanges changes) {
        this.changes = changes;
    }

    @EventListener
    void accountsChanged(AccountsChangedInBulk changed) {
        changes.record(StoreChange.EVERYTHING);
    }
}
