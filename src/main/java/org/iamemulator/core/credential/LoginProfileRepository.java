package org.iamemulator.core.credential;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginProfileRepository extends JpaRepository<LoginProfile, String> {}
