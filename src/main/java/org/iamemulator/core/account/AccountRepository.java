package org.iamemulator.core.account;

import java.util.List;
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

    /** The accounts that are not disposable: the configured and seeded ones. */
    @Query("select a.id from Account a where a.disposable = false")
    List<String> findConfiguredAccountIds();

    boolean existsByIdAndDisposableTrue(String id);
}
