package org.iamemulator.core.account;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, String> {

    Optional<Account> findByName(String name);

    /** Deletes the account; the store's cascades delete everything in it. */
    @Modifying
    @Query("delete from Account a where a.id = :id")
    int deleteAccount(String id);

    /**
     * Deletes every account but the disposable ones, which belong to the tests that created them, and those
     * {@code kept}.
     */
    @Modifying
    @Query("delete from Account a where a.disposable = false and a.id not in :kept")
    int deleteConfiguredAccountsExcept(Collection<String> kept);

    boolean existsByIdAndDisposableTrue(String id);
}
