#!/usr/bin/env bash
# What a user's test suite spends on the emulator: a generated project with 20 test classes on one configuration,
# run twice with Maven as users run it, against the artifacts just built.
#   serial:   20 classes one after the other, 2 tests each, a reset before every test (the default)
#   parallel: 20 classes at the same time (JUnit parallel execution), each in an account of its own (newAccount())
# For each it prints how many emulators started and the extension's own summary (the last line of the emulator's log:
# time to ready, resets and new accounts with their total time), and the wall time of `mvn test`.
#
#   ./mvnw -B -DskipTests install && src/bench/consumer.sh
#
# Environment: JAVA_HOME as for Maven; CLASSES (default 20).
set -euo pipefail
cd "$(dirname "$0")/../.."

CLASSES=${CLASSES:-20}
JAR=$(ls target/iam-emulator-*-exec.jar | head -n 1)
VERSION=$(basename "$JAR" | sed 's/^iam-emulator-//; s/-exec\.jar$//')
WORK=src/bench/target/consumer
# the JUnit artifact is built by the root build into target/it-repo only; put it where a user's build finds it
./mvnw -B -q -f junit5/pom.xml -DskipTests install

project() { # $1: name, $2: class body template (CLASS replaced), $3: junit-platform.properties
  local dir="$WORK/$1"
  rm -rf "$dir"
  mkdir -p "$dir/src/test/java/example" "$dir/src/test/resources"
  sed "s/@VERSION@/$VERSION/" > "$dir/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.huaweicloud.sdk</groupId>
      <artifactId>huaweicloud-sdk-iam</artifactId>
      <version>3.1.192</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.13.4</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.iamemulator</groupId>
      <artifactId>iam-emulator-junit5</artifactId>
      <version>@VERSION@</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.5.4</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
  printf '%s\n' "$3" > "$dir/src/test/resources/junit-platform.properties"
  for i in $(seq -w 1 "$CLASSES"); do
    printf '%s\n' "$2" | sed "s/CLASS/Suite${i}Test/g; s/INDEX/$i/g" > "$dir/src/test/java/example/Suite${i}Test.java"
  done
}

SERIAL='package example;

import com.huaweicloud.sdk.iam.v5.model.*;
import org.iamemulator.junit5.IamEmulator;
import org.iamemulator.junit5.IamEmulatorTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@IamEmulatorTest
class CLASS {
    @Test
    void listsTheDemoUsers(IamEmulator emulator) {
        Assertions.assertEquals(4, emulator.iamClient().listUsersV5(new ListUsersV5Request()).getUsers().size());
    }

    @Test
    void createsAUser(IamEmulator emulator) {
        emulator.iamClient().createUserV5(new CreateUserV5Request()
                .withBody(new CreateUserReqBody().withName("user-INDEX").withEnabled(true)));
        Assertions.assertEquals(5, emulator.iamClient().listUsersV5(new ListUsersV5Request()).getUsers().size());
    }
}'

PARALLEL='package example;

import com.huaweicloud.sdk.iam.v5.model.*;
import org.iamemulator.junit5.IamAccount;
import org.iamemulator.junit5.IamEmulator;
import org.iamemulator.junit5.IamEmulatorTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@IamEmulatorTest(resetBetweenTests = false)
class CLASS {
    @Test
    void createsAUserInItsOwnAccount(IamEmulator emulator) {
        IamAccount account = emulator.newAccount();
        account.iamClient().createUserV5(new CreateUserV5Request()
                .withBody(new CreateUserReqBody().withName("user-INDEX").withEnabled(true)));
        Assertions.assertEquals(5, account.iamClient().listUsersV5(new ListUsersV5Request()).getUsers().size());
    }
}'

project serial "$SERIAL" ""
project parallel "$PARALLEL" "junit.jupiter.execution.parallel.enabled=true
junit.jupiter.execution.parallel.mode.default=concurrent
junit.jupiter.execution.parallel.mode.classes.default=concurrent"

echo "load: $(uptime)"
for name in serial parallel; do
  dir="$WORK/$name"
  started=$(date +%s.%N)
  (cd "$dir" && "$OLDPWD/mvnw" -B -q test > build.log 2>&1) || { echo "$name: mvn test failed, see $dir/build.log"; exit 1; }
  ended=$(date +%s.%N)
  logs=$(ls "$dir"/target/iam-emulator/*.log)
  printf '%s: %s test classes, %s emulator start(s), mvn test %.1f s\n' "$name" "$CLASSES" "$(echo "$logs" | wc -l)" \
    "$(echo "$ended - $started" | bc)"
  for log in $logs; do tail -n 1 "$log" | sed 's/^# iam-emulator-junit5: /  /'; done
done
echo "load: $(uptime)"
