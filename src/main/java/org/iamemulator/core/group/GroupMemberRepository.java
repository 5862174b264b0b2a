package org.iamemulator.core.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMemberRepository extends JpaRepository<GroupMember, GroupMember.Key> {

    long countByUserId(String userId);

    long countByGroupId(String groupId);

    List<GroupMember> findByUserId(String userId);
}
