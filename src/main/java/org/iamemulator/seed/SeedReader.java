package org.iamemulator.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.iamemulator.core.security.AllowedAddress;
import org.iamemulator.core.security.LoginPolicyChange;
import org.iamemulator.core.security.PasswordPolicyChange;
import org.iamemulator.seed.Seed.SeedAccessKey;
import org.iamemulator.seed.Seed.SeedAccount;
import org.iamemulator.seed.Seed.SeedAgency;
import org.iamemulator.seed.Seed.SeedGroup;
import org.iamemulator.seed.Seed.SeedLogin;
import org.iamemulator.seed.Seed.SeedOidcProvider;
import org.iamemulator.seed.Seed.SeedPolicy;
import org.iamemulator.seed.Seed.SeedReference;
import org.iamemulator.seed.Seed.SeedRoot;
import org.iamemulator.seed.Seed.SeedSamlProvider;
import org.iamemulator.seed.Seed.SeedTag;
import org.iamemulator.seed.Seed.SeedUser;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a seed file (YAML, or JSON, which is YAML too) from a path or {@code classpath:} location into a
 * {@link Seed}, checking its shape: unknown fields, wrong types and missing required values are reported with their
 * place in the file. Rules of the values themselves (name syntax, tag rules, policy grammar) are checked when the
 * seed is applied, by the same code that checks API requests.
 */
public final class SeedReader {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final String file;

    private SeedReader(String file) {
        this.file = file;
    }

    public static Seed read(String location) {
        SeedReader reader = new SeedReader(location);
        Resource resource = new DefaultResourceLoader()
                .getResource(location.startsWith("classpath:") ? location : "file:" + location);
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new SeedException(location, "", "cannot be read (" + e.getMessage() + ")");
        } catch (JacksonException e) {
            throw new SeedException(location, "", "is not valid YAML or JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Seed(location, reader.emptyAccount(), List.of());
        }
        return reader.seed(root, resource);
    }

    private Seed seed(JsonNode root, Resource resource) {
        object(
                root,
                "",
                Set.of(
                        "users",
                        "groups",
                        "policies",
                        "agencies",
                        "oidc_providers",
                        "saml_providers",
                        "password_policy",
                        "login_policy",
                        "accounts"));
        SeedAccount defaultAccount = content(root, "", null, null, null, resource);
        List<SeedAccount> accounts = list(root, "", "accounts", (node, path) -> {
            object(
                    node,
                    path,
                    Set.of(
                            "id",
                            "name",
                            "root",
                            "users",
                            "groups",
                            "policies",
                            "agencies",
                            "oidc_providers",
                            "saml_providers",
                            "password_policy",
                            "login_policy"));
            return content(
                    node,
                    path,
                    required(node, path, "id"),
                    required(node, path, "name"),
                    root(node.get("root"), path + ".root"),
                    resource);
        });
        return new Seed(file, defaultAccount, accounts);
    }

    private SeedAccount emptyAccount() {
        return new SeedAccount(
                "", null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }

    private SeedAccount content(JsonNode node, String path, String id, String name, SeedRoot root, Resource resource) {
        return new SeedAccount(
                path,
                id,
                name,
                root,
                list(node, path, "users", this::user),
                list(node, path, "groups", this::group),
                list(node, path, "policies", (policy, at) -> policy(policy, at, resource)),
                list(node, path, "agencies", this::agency),
                list(node, path, "oidc_providers", this::oidcProvider),
                list(node, path, "saml_providers", this::samlProvider),
                passwordPolicy(node.get("password_policy"), join(path, "password_policy")),
                loginPolicy(node.get("login_policy"), join(path, "login_policy")));
    }

    /** The fields of UpdatePasswordPolicyV5; their ranges are checked when the seed is applied. */
    private PasswordPolicyChange passwordPolicy(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        object(
                node,
                path,
                Set.of(
                        "maximum_consecutive_identical_chars",
                        "minimum_password_age",
                        "minimum_password_length",
                        "password_reuse_prevention",
                        "password_not_username_or_invert",
                        "password_validity_period",
                        "password_char_combination",
                        "allow_user_to_change_password"));
        return new PasswordPolicyChange(
                integer(node, path, "maximum_consecutive_identical_chars"),
                integer(node, path, "minimum_password_age"),
                integer(node, path, "minimum_password_length"),
                integer(node, path, "password_reuse_prevention"),
                optionalBool(node, path, "password_not_username_or_invert"),
                integer(node, path, "password_validity_period"),
                integer(node, path, "password_char_combination"),
                optionalBool(node, path, "allow_user_to_change_password"));
    }

    /** The fields of UpdateLoginPolicyV5; their ranges are checked when the seed is applied. */
    private LoginPolicyChange loginPolicy(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        object(
                node,
                path,
                Set.of(
                        "user_validity_period",
                        "custom_info_for_login",
                        "lockout_duration",
                        "login_failed_times",
                        "period_with_login_failures",
                        "session_timeout",
                        "show_recent_login_info",
                        "allow_address_netmasks",
                        "allow_ip_ranges",
                        "allow_ip_ranges_ipv6"));
        return new LoginPolicyChange(
                integer(node, path, "user_validity_period"),
                text(node, path, "custom_info_for_login"),
                integer(node, path, "lockout_duration"),
                integer(node, path, "login_failed_times"),
                integer(node, path, "period_with_login_failures"),
                integer(node, path, "session_timeout"),
                optionalBool(node, path, "show_recent_login_info"),
                addresses(node, path, "allow_address_netmasks", "address_netmask"),
                addresses(node, path, "allow_ip_ranges", "ip_range"),
                addresses(node, path, "allow_ip_ranges_ipv6", "ip_range"));
    }

    /** A list of {@code {<valueField>, description}}; null when the field is absent (the list is not changed). */
    private List<AllowedAddress> addresses(JsonNode node, String path, String field, String valueField) {
        if (node.get(field) == null) {
            return null;
        }
        return list(node, path, field, (entry, at) -> {
            object(entry, at, Set.of(valueField, "description"));
            return new AllowedAddress(required(entry, at, valueField), text(entry, at, "description"));
        });
    }

    private SeedRoot root(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        object(node, path, Set.of("access_key", "secret_key", "password"));
        return new SeedRoot(
                path, text(node, path, "access_key"), text(node, path, "secret_key"), text(node, path, "password"));
    }

    private SeedUser user(JsonNode node, String path) {
        object(
                node,
                path,
                Set.of(
                        "id",
                        "name",
                        "description",
                        "enabled",
                        "tags",
                        "password",
                        "password_reset_required",
                        "access_keys",
                        "logins",
                        "policies"));
        return new SeedUser(
                path,
                text(node, path, "id"),
                required(node, path, "name"),
                text(node, path, "description"),
                bool(node, path, "enabled", true),
                tags(node, path),
                text(node, path, "password"),
                bool(node, path, "password_reset_required", false),
                list(node, path, "access_keys", (key, at) -> {
                    object(key, at, Set.of("access_key_id", "secret_access_key", "status"));
                    String status = text(key, at, "status");
                    if (status != null && !status.equals("active") && !status.equals("inactive")) {
                        throw new SeedException(file, at + ".status", "must be active or inactive");
                    }
                    return new SeedAccessKey(
                            at,
                            required(key, at, "access_key_id"),
                            required(key, at, "secret_access_key"),
                            !"inactive".equals(status));
                }),
                list(node, path, "logins", (login, at) -> {
                    object(login, at, Set.of("at", "source_ip"));
                    return new SeedLogin(at, required(login, at, "at"), text(login, at, "source_ip"));
                }),
                references(node, path, "policies"));
    }

    private List<SeedTag> tags(JsonNode node, String path) {
        return list(node, path, "tags", (tag, at) -> {
            object(tag, at, Set.of("tag_key", "tag_value"));
            String value = text(tag, at, "tag_value");
            return new SeedTag(at, required(tag, at, "tag_key"), value == null ? "" : value);
        });
    }

    private SeedAgency agency(JsonNode node, String path) {
        object(
                node,
                path,
                Set.of("name", "path", "trust_policy", "max_session_duration", "description", "tags", "policies"));
        JsonNode trustPolicy = node.get("trust_policy");
        if (trustPolicy == null || trustPolicy.isNull()) {
            throw new SeedException(file, join(path, "trust_policy"), "is required");
        }
        JsonNode duration = node.get("max_session_duration");
        if (duration != null && !duration.isNull() && !duration.isInt()) {
            throw new SeedException(file, join(path, "max_session_duration"), "must be a whole number of seconds");
        }
        return new SeedAgency(
                path,
                required(node, path, "name"),
                text(node, path, "path"),
                json(trustPolicy),
                duration == null || duration.isNull() ? null : duration.asInt(),
                text(node, path, "description"),
                tags(node, path),
                references(node, path, "policies"));
    }

    /** A policy written as YAML/JSON structure or as the JSON text the API takes. */
    private SeedOidcProvider oidcProvider(JsonNode node, String path) {
        object(node, path, Set.of("name", "url", "client_ids", "thumbprints", "description", "jwks", "tags"));
        JsonNode jwks = node.get("jwks");
        return new SeedOidcProvider(
                path,
                required(node, path, "name"),
                required(node, path, "url"),
                strings(node, path, "client_ids"),
                strings(node, path, "thumbprints"),
                text(node, path, "description"),
                jwks == null || jwks.isNull() ? null : json(jwks),
                tags(node, path));
    }

    private SeedSamlProvider samlProvider(JsonNode node, String path) {
        object(node, path, Set.of("name", "saml_metadata_document", "description", "tags"));
        return new SeedSamlProvider(
                path,
                required(node, path, "name"),
                required(node, path, "saml_metadata_document"),
                text(node, path, "description"),
                tags(node, path));
    }

    private List<String> strings(JsonNode node, String path, String field) {
        return list(node, path, field, (item, at) -> {
            if (!item.isString()) {
                throw new SeedException(file, at, "must be a string");
            }
            return item.asString();
        });
    }

    private static String json(JsonNode document) {
        return document.isString() ? document.asString() : document.toString();
    }

    private SeedGroup group(JsonNode node, String path) {
        object(node, path, Set.of("name", "description", "members", "policies"));
        return new SeedGroup(
                path,
                required(node, path, "name"),
                text(node, path, "description"),
                references(node, path, "members"),
                references(node, path, "policies"));
    }

    private SeedPolicy policy(JsonNode node, String path, Resource seedFile) {
        object(node, path, Set.of("name", "path", "description", "document", "document_file"));
        JsonNode document = node.get("document");
        String documentFile = text(node, path, "document_file");
        if ((document == null) == (documentFile == null)) {
            throw new SeedException(file, path, "needs exactly one of document and document_file");
        }
        String text;
        if (documentFile != null) {
            text = readRelative(seedFile, documentFile, path + ".document_file");
        } else {
            text = json(document);
        }
        return new SeedPolicy(
                path, required(node, path, "name"), text(node, path, "path"), text(node, path, "description"), text);
    }

    private String readRelative(Resource seedFile, String relative, String path) {
        try {
            Resource target = seedFile.createRelative(relative);
            try (InputStream in = target.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SeedException(file, path, "cannot read " + relative + " next to the seed file");
        }
    }

    private List<SeedReference> references(JsonNode node, String path, String field) {
        return list(node, path, field, (item, at) -> {
            if (!item.isString() || item.asString().isEmpty()) {
                throw new SeedException(file, at, "must be a name");
            }
            return new SeedReference(at, item.asString());
        });
    }

    private <T> List<T> list(JsonNode node, String path, String field, BiFunction<JsonNode, String, T> element) {
        JsonNode items = node.get(field);
        String at = join(path, field);
        if (items == null || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new SeedException(file, at, "must be a list");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            result.add(element.apply(items.get(i), at + "[" + i + "]"));
        }
        return result;
    }

    private void object(JsonNode node, String path, Set<String> fields) {
        if (!node.isObject()) {
            throw new SeedException(file, path, "must be a mapping");
        }
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new SeedException(
                        file,
                        join(path, name),
                        "unknown field; expected one of "
                                + String.join(", ", fields.stream().sorted().toList()));
            }
        }
    }

    private String required(JsonNode node, String path, String field) {
        String value = text(node, path, field);
        if (value == null) {
            throw new SeedException(file, join(path, field), "is required");
        }
        return value;
    }

    private String text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw new SeedException(file, join(path, field), "must be a string");
        }
        return value.asString();
    }

    private Integer integer(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new SeedException(file, join(path, field), "must be an integer");
        }
        return value.asInt();
    }

    private Boolean optionalBool(JsonNode node, String path, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : bool(node, path, field, false);
    }

    private boolean bool(JsonNode node, String path, String field, boolean absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw new SeedException(file, join(path, field), "must be true or false");
        }
        return value.asBoolean();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
