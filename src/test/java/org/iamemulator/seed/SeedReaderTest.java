package org.iamemulator.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryElementOfAGoodFile() {
        Seed seed = SeedReader.read("classpath:seeds/test-seed.yaml");

        assertThat(seed.defaultAccount().users())
                .extracting(Seed.SeedUser::name)
                .containsExactly("dev-reader", "dana", "oscar");
        Seed.SeedUser reader = seed.defaultAccount().users().get(0);
        assertThat(reader.tags()).singleElement().satisfies(tag -> {
            assertThat(tag.key()).isEqualTo("team");
            assertThat(tag.path()).isEqualTo("users[0].tags[0]");
        });
        assertThat(reader.accessKeys()).extracting(Seed.SeedAccessKey::active).containsExactly(true, false);
        assertThat(seed.defaultAccount().policies().get(0).document()).contains("\"g:ResourceTag/team\"");
        assertThat(seed.defaultAccount().policies().get(1).document()).contains("iam:users:listUsersV5");
        assertThat(seed.defaultAccount().groups().get(0).members())
                .extracting(Seed.SeedReference::name)
                .containsExactly("dana");
        assertThat(seed.accounts()).singleElement().satisfies(account -> {
            assertThat(account.id()).isEqualTo("0123456789abcdef0123456789abcdef");
            assertThat(account.root().accessKey()).isEqualTo("PARTNERROOTKEY000001");
            assertThat(account.path()).isEqualTo("accounts[0]");
        });
    }

    @Test
    void readsAgencies() {
        Seed seed = SeedReader.read("classpath:seeds/agency-seed.yaml");

        assertThat(seed.defaultAccount().agencies()).singleElement().satisfies(agency -> {
            assertThat(agency.name()).isEqualTo("ci-deployer");
            assertThat(agency.agencyPath()).isEqualTo("ci/");
            assertThat(agency.maxSessionDuration()).isEqualTo(7200);
            assertThat(agency.trustPolicy()).startsWith("{\"Version\":\"5.0\"").contains("\"Principal\":{\"IAM\":[");
            assertThat(agency.tags()).extracting(Seed.SeedTag::path).containsExactly("agencies[0].tags[0]");
            assertThat(agency.policies())
                    .extracting(Seed.SeedReference::name)
                    .containsExactly("DeployerRights", "IAMReadOnlyPolicy");
        });
    }

    @Test
    void readsJsonToo() throws IOException {
        Path file = write("seed.json", "{\"users\": [{\"name\": \"jay\", \"enabled\": false}]}");

        Seed seed = SeedReader.read(file.toString());

        assertThat(seed.defaultAccount().users())
                .singleElement()
                .satisfies(user -> assertThat(user.enabled()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "not yaml          | `users: [name: {`                                | is not valid YAML or JSON",
                "unknown field     | `users: [{name: a, colour: red}]`                | users[0].colour: unknown field",
                "missing name      | `users: [{description: x}]`                      | users[0].name: is required",
                "list expected     | `users: {name: a}`                               | users: must be a list",
                "mapping expected  | `users: [alice]`                                 | users[0]: must be a mapping",
                "wrong type        | `users: [{name: a, enabled: maybe}]`             | users[0].enabled: must be true or false",
                "nested type       | `users: [{name: a, tags: [{tag_key: [1]}]}]`     | users[0].tags[0].tag_key: must be a string",
                "policy integer    | `login_policy: {session_timeout: soon}`          | login_policy.session_timeout: must be an integer",
                "policy field      | `login_policy: {allow_ip_ranges: [{range: x}]}`  | login_policy.allow_ip_ranges[0].range: unknown field",
                "policy boolean    | `password_policy: {allow_user_to_change_password: 1}` | password_policy.allow_user_to_change_password: must be true or false",
                "key status        | `users: [{name: a, access_keys: [{access_key_id: A, secret_access_key: B, status: paused}]}]` | users[0].access_keys[0].status: must be active or inactive",
                "login time        | `users: [{name: a, logins: [{source_ip: 1.2.3.4}]}]` | users[0].logins[0].at: is required",
                "document twice    | `policies: [{name: p, document: {}, document_file: x.json}]` | policies[0]: needs exactly one of document and document_file",
                "missing doc file  | `policies: [{name: p, document_file: nowhere.json}]` | policies[0].document_file: cannot read nowhere.json",
                "account id        | `accounts: [{name: x}]`                          | accounts[0].id: is required",
                "member name       | `groups: [{name: g, members: [{}]}]`             | groups[0].members[0]: must be a name",
                "top level         | `user: []`                                       | user: unknown field",
                "trust policy      | `agencies: [{name: a}]`                          | agencies[0].trust_policy: is required",
                "session duration  | `agencies: [{name: a, trust_policy: x, max_session_duration: long}]` | agencies[0].max_session_duration: must be a whole number of seconds",
                "agency field      | `agencies: [{name: a, trust_policy: x, role: y}]` | agencies[0].role: unknown field",
            })
    void namesTheFileThePlaceAndTheRule(String kind, String content, String expected) throws IOException {
        Path file = write("bad.yaml", content);

        assertThatThrownBy(() -> SeedReader.read(file.toString()))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("Seed file " + file + ": ")
                .hasMessageContaining(expected);
    }

    @Test
    void aMissingFileIsReported() {
        assertThatThrownBy(() -> SeedReader.read(dir.resolve("absent.yaml").toString()))
                .hasMessageContaining("absent.yaml")
                .hasMessageContaining("cannot be read");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
