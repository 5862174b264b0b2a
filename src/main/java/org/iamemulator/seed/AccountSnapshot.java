package org.iamemulator.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;

/**
 * The rows one account's seed wrote into the store, read once right after seeding, so that a reset writes them back
 * with one batched INSERT per table instead of applying the seed again (no password hashing, no secret encryption,
 * no seed parsing). Times move with the clock: written back, every time is as far from "now" as it was from the
 * moment the seed was applied (creation times, logins at {@code -P90D}), except the instants the seed names
 * ({@code logins: [{at: 2024-01-31T08:00:00Z}]}), which stay. Tokens are not kept: a seeded account has none.
 * <p>
 * The snapshot is also the template of disposable accounts: {@link #copy} writes the same content under another
 * account id and name.
 */
final class AccountSnapshot {

    /**
     * Where an account's state lives, parents first, each with the query for one account's rows and the column
     * holding the ids that are the table's own (a copy gets new ones). A table a seed writes must be listed here.
     */
    private static final List<Table> TABLES = List.of(
            new Table("accounts", "id", "SELECT * FROM accounts WHERE id = ?"),
            new Table("users", "id", "SELECT * FROM users WHERE account_id = ? ORDER BY id"),
            new Table(
                    "user_tags",
                    null,
                    "SELECT t.* FROM user_tags t JOIN users u ON u.id = t.user_id"
                            + " WHERE u.account_id = ? ORDER BY t.user_id, t.tag_key"),
            // without the generated id
            new Table(
                    "login_records",
                    null,
                    "SELECT r.user_id, r.login_at, r.source_ip FROM login_records r"
                            + " JOIN users u ON u.id = r.user_id WHERE u.account_id = ? ORDER BY r.id"),
            new Table(
                    "login_profiles",
                    null,
                    "SELECT p.* FROM login_profiles p JOIN users u ON u.id = p.user_id"
                            + " WHERE u.account_id = ? ORDER BY p.user_id"),
            // without the generated id
            new Table(
                    "password_history",
                    null,
                    "SELECT h.account_id, h.user_id, h.password_hash, h.replaced_at"
                            + " FROM password_history h WHERE h.account_id = ? ORDER BY h.id"),
            new Table(
                    "account_security_policies", null, "SELECT * FROM account_security_policies WHERE account_id = ?"),
            new Table(
                    "access_keys",
                    "access_key_id",
                    "SELECT * FROM access_keys WHERE account_id = ? ORDER BY access_key_id"),
            // seeds create no MFA devices, so a reset drops them all; listed for when one does
            new Table("mfa_devices", "id", "SELECT * FROM mfa_devices WHERE account_id = ? ORDER BY id"),
            new Table("policies", "id", "SELECT * FROM policies WHERE account_id = ? ORDER BY id"),
            new Table(
                    "policy_versions",
                    null,
                    "SELECT v.* FROM policy_versions v JOIN policies p ON p.id = v.policy_id"
                            + " WHERE p.account_id = ? ORDER BY v.policy_id, v.version_id"),
            new Table(
                    "user_policy_attachments",
                    null,
                    "SELECT a.* FROM user_policy_attachments a"
                            + " JOIN users u ON u.id = a.user_id WHERE u.account_id = ? ORDER BY a.user_id, a.policy_id"),
            new Table("iam_groups", "id", "SELECT * FROM iam_groups WHERE account_id = ? ORDER BY id"),
            new Table(
                    "group_members",
                    null,
                    "SELECT m.* FROM group_members m JOIN iam_groups g ON g.id = m.group_id"
                            + " WHERE g.account_id = ? ORDER BY m.group_id, m.user_id"),
            new Table(
                    "group_policy_attachments",
                    null,
                    "SELECT a.* FROM group_policy_attachments a"
                            + " JOIN iam_groups g ON g.id = a.group_id WHERE g.account_id = ? ORDER BY a.group_id, a.policy_id"),
            new Table("agencies", "id", "SELECT * FROM agencies WHERE account_id = ? ORDER BY id"),
            new Table(
                    "agency_tags",
                    null,
                    "SELECT t.* FROM agency_tags t JOIN agencies a ON a.id = t.agency_id"
                            + " WHERE a.account_id = ? ORDER BY t.agency_id, t.tag_key"),
            new Table(
                    "agency_policy_attachments",
                    null,
                    "SELECT p.* FROM agency_policy_attachments p"
                            + " JOIN agencies a ON a.id = p.agency_id WHERE a.account_id = ? ORDER BY p.agency_id, p.policy_id"),
            new Table(
                    "agency_deletion_tasks",
                    "id",
                    "SELECT * FROM agency_deletion_tasks WHERE account_id = ? ORDER BY id"),
            new Table("oidc_providers", "id", "SELECT * FROM oidc_providers WHERE account_id = ? ORDER BY id"),
            new Table("oidc_provider_client_ids", null, providerRows("oidc", "client_ids", "position")),
            new Table("oidc_provider_thumbprints", null, providerRows("oidc", "thumbprints", "position")),
            new Table("oidc_provider_tags", null, providerRows("oidc", "tags", "tag_key")),
            new Table("saml_providers", "id", "SELECT * FROM saml_providers WHERE account_id = ? ORDER BY id"),
            new Table("saml_provider_private_keys", null, providerRows("saml", "private_keys", "key_id")),
            new Table("saml_provider_tags", null, providerRows("saml", "tags", "tag_key")));

    /** The rows of {@code <kind>_provider_<table>} that belong to the account's providers of that kind. */
    private static String providerRows(String kind, String table, String orderColumn) {
        return "SELECT c.* FROM " + kind + "_provider_" + table + " c JOIN " + kind
                + "_providers p ON p.id = c.provider_id" + " WHERE p.account_id = ? ORDER BY c.provider_id, c."
                + orderColumn;
    }

    private static final Table ROOT_KEYS = new Table(
            "access_keys", "access_key_id", "SELECT * FROM access_keys WHERE user_id = ? ORDER BY access_key_id");

    private final String accountId;
    private final Instant takenAt;
    private final Set<Instant> fixedTimes;
    private final List<Rows> tables;

    private AccountSnapshot(String accountId, Instant takenAt, Set<Instant> fixedTimes, List<Rows> tables) {
        this.accountId = accountId;
        this.takenAt = takenAt;
        this.fixedTimes = fixedTimes;
        this.tables = tables;
    }

    /**
     * Reads the account's rows, as seeded at {@code seededAt}; {@code fixedTimes} are the instants the seed named,
     * which a restore keeps as they are.
     */
    static AccountSnapshot take(Connection connection, String accountId, Instant seededAt, Set<Instant> fixedTimes)
            throws SQLException {
        List<Rows> tables = new ArrayList<>(TABLES.size());
        for (Table table : TABLES) {
            tables.add(Rows.read(connection, table, accountId));
        }
        return new AccountSnapshot(accountId, seededAt, Set.copyOf(fixedTimes), List.copyOf(tables));
    }

    /** Writes the rows back, into an account that must not exist; times moved as the class comment says. */
    void restore(Connection connection, Instant now) throws SQLException {
        Duration shift = shift(now);
        for (Rows rows : tables) {
            rows.insert(connection, row -> row, shift, fixedTimes);
        }
    }

    /**
     * Writes the content under another account id and name, which must not exist; the root user takes the name,
     * the root user's access keys are left out. Every id that is the template's own (users, groups, policies, access
     * keys, agencies) is replaced by {@link #copiedId}.
     */
    void copy(Connection connection, Instant now, String newAccountId, String newName) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        ids.put(accountId, newAccountId);
        String templateRoot = AccountService.rootUserId(accountId);
        ids.put(templateRoot, AccountService.rootUserId(newAccountId));
        for (Rows rows : tables) {
            rows.ownIds(templateRoot).forEach(id -> ids.putIfAbsent(id, copiedId(newAccountId, id)));
        }
        Duration shift = shift(now);
        for (Rows rows : tables) {
            rows.insert(connection, row -> row.copied(ids, templateRoot, newName), shift, fixedTimes);
        }
    }

    /**
     * The id a copy in account {@code newAccountId} gives to the template's {@code id}: a 32-hex id is
     * {@link Ids#derived} from {@code "<new account id>/<id>"}; an access key id becomes the first 20 characters of
     * that, upper-case. Tests can compute it (docs/testing.md).
     */
    static String copiedId(String newAccountId, String id) {
        String derived = Ids.derived(newAccountId + "/" + id);
        return id.length() == derived.length()
                ? derived
                : derived.substring(0, 20).toUpperCase(Locale.ROOT);
    }

    /** The access keys of a user as stored (secrets still encrypted), to be written back after a restore. */
    static Rows accessKeysOf(Connection connection, String userId) throws SQLException {
        return Rows.read(connection, ROOT_KEYS, userId);
    }

    /** Whole seconds, so that times the seed stored at second precision stay so. */
    private Duration shift(Instant now) {
        return Duration.between(takenAt, now).truncatedTo(ChronoUnit.SECONDS);
    }

    private record Table(String name, String ownIdColumn, String query) {}

    /** One row as a mutable copy, for rewriting. */
    private record Row(Rows rows, Object[] values) {

        Object get(String column) {
            int index = rows.index(column);
            return index < 0 ? null : values[index];
        }

        void set(String column, Object value) {
            int index = rows.index(column);
            if (index >= 0) {
                values[index] = value;
            }
        }

        /**
         * The row of a copy: ids replaced, the account and its root user renamed, the root's keys left out, trust
         * policies naming the copy's account instead of the template's.
         */
        Row copied(Map<String, String> ids, String templateRoot, String newName) {
            String table = rows.table.name();
            if (table.equals("access_keys") && templateRoot.equals(get("user_id"))) {
                return null;
            }
            if (table.equals("accounts")) {
                set("name", newName);
                set("disposable", true);
            } else if (table.equals("users") && templateRoot.equals(get("id"))) {
                set("name", newName);
                set("name_key", newName.toLowerCase(Locale.ROOT));
            } else if (table.equals("agencies")) {
                // a trust policy naming the template account (its id, its root, its users) names the copy
                String template = (String) get("account_id");
                set("trust_policy", ((String) get("trust_policy")).replace(template, ids.get(template)));
            }
            for (int i = 0; i < values.length; i++) {
                if (rows.isIdColumn(i) && values[i] instanceof String id && ids.containsKey(id)) {
                    values[i] = ids.get(id);
                }
            }
            return this;
        }
    }

    /** The rows of one table, as read: column names and JDBC types from the driver, values by column. */
    static final class Rows {

        private final Table table;
        private final String[] columns;
        private final int[] types;
        private final List<Object[]> values;

        private Rows(Table table, String[] columns, int[] types, List<Object[]> values) {
            this.table = table;
            this.columns = columns;
            this.types = types;
            this.values = values;
        }

        static Rows read(Connection connection, Table table, String id) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(table.query())) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    String[] columns = new String[meta.getColumnCount()];
                    int[] types = new int[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = meta.getColumnName(i + 1).toLowerCase(Locale.ROOT);
                        types[i] = meta.getColumnType(i + 1);
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns.length];
                        for (int i = 0; i < columns.length; i++) {
                            row[i] = isTime(types[i])
                                    ? result.getObject(i + 1, OffsetDateTime.class)
                                    : result.getObject(i + 1);
                        }
                        values.add(row);
                    }
                    return new Rows(table, columns, types, List.copyOf(values));
                }
            }
        }

        /** Writes the rows back as they were read, in one batch. */
        void insert(Connection connection) throws SQLException {
            insert(connection, row -> row, Duration.ZERO, Set.of());
        }

        private void insert(Connection connection, UnaryOperator<Row> rewrite, Duration shift, Set<Instant> fixedTimes)
                throws SQLException {
            if (values.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table.name() + " ("
                    + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)")) {
                for (Object[] stored : values) {
                    Row row = rewrite.apply(new Row(this, stored.clone()));
                    if (row == null) {
                        continue;
                    }
                    for (int i = 0; i < columns.length; i++) {
                        Object value = row.values()[i];
                        if (value == null) {
                            statement.setNull(i + 1, types[i]);
                        } else if (value instanceof OffsetDateTime time && !fixedTimes.contains(time.toInstant())) {
                            statement.setObject(i + 1, time.plus(shift));
                        } else {
                            statement.setObject(i + 1, value);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        /** The ids this table gives its rows, but not those of the root user's rows (its keys are not copied). */
        private List<String> ownIds(String rootUserId) {
            int index = table.ownIdColumn() == null ? -1 : index(table.ownIdColumn());
            int owner = index("user_id");
            return index < 0
                    ? List.of()
                    : values.stream()
                            .filter(row -> owner < 0 || !rootUserId.equals(row[owner]))
                            .map(row -> (String) row[index])
                            .toList();
        }

        private int index(String column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equals(column)) {
                    return i;
                }
            }
            return -1;
        }

        /** Columns that hold ids of entities: {@code id} and {@code *_id} (policy version ids never match one). */
        private boolean isIdColumn(int index) {
            return columns[index].equals("id") || columns[index].endsWith("_id");
        }

        private static boolean isTime(int type) {
            return type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
        }
    }
}
