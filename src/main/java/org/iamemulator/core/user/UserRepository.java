package org.iamemulator.core.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserRepository extends JpaRepository<User, String> {

    Optional<User> findByIdAndAccountId(String id, String accountId);

    Optional<User> findByAccountIdAndNameKey(String accountId, String nameKey);

    Optional<User> findByAccountIdAndRootUserTrue(String accountId);

    boolean existsByAccountIdAndNameKey(String accountId, String nameKey);

    List<User> findByAccountIdOrderById(String accountId, Limit limit);

    List<User> findByAccountIdAndIdGreaterThanOrderById(String accountId, String afterId, Limit limit);
}
