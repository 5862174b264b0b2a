package example;

import static org.assertj.core.api.Assertions.assertThat;

/** What the parallel test classes check, each through the application in an account of its own. */
final class TeamChecks {

    private TeamChecks() {}

    static void seesOnlyItsOwnUsers(UserDirectory directory, String team, String otherTeam) {
        String id = directory.create(team + "-1");
        directory.create(team + "-2");

        assertThat(directory.names())
                .contains(team + "-1", team + "-2")
                .noneMatch(name -> name.startsWith(otherTeam + "-"));
        assertThat(directory.lastLogin(id)).isNull();
    }
}
