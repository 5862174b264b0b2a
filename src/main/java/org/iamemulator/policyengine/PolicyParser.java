package org.iamemulator.policyengine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON → validated {@link PolicyDocument} or {@link TrustPolicy}. All validation happens here, once, so evaluation
 * never fails.
 */
final class PolicyParser {

    static final String VERSION = "5.0";

    private static final Set<String> TOP_LEVEL = Set.of("Version", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS =
            Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final Set<String> TRUST_STATEMENT_ELEMENTS = Set.of(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");

    // JsonMapper is immutable and thread-safe once built.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PolicyParser() {}

    static PolicyDocument parse(String json, KnownActions known) {
        JsonNode stmts = statements(json);
        List<Statement> statements = new ArrayList<>(stmts.size());
        for (int i = 0; i < stmts.size(); i++) {
            statements.add(parseStatement(stmts.get(i), i, STATEMENT_ELEMENTS, known));
        }
        return new PolicyDocument(statements);
    }

    /** A trust policy: the identity-policy grammar, and in each statement exactly one of Principal or NotPrincipal. */
    static TrustPolicy parseTrust(String json) {
        JsonNode stmts = statements(json);
        List<TrustStatement> statements = new ArrayList<>(stmts.size());
        for (int i = 0; i < stmts.size(); i++) {
            JsonNode node = stmts.get(i);
            Statement statement = parseStatement(node, i, TRUST_STATEMENT_ELEMENTS, KnownActions.UNCHECKED);
            statements.add(new TrustStatement(statement, TrustPrincipals.parse(node, "Statement[" + i + "]")));
        }
        return new TrustPolicy(statements);
    }

    /** The checked {@code Statement} array of a document: everything but the statements' content. */
    private static JsonNode statements(String json) {
        if (json == null) {
            throw new PolicyValidationException("", "policy document is missing");
        }
        if (utf8Length(json) > PolicyDocument.MAX_BYTES) {
            throw new PolicyValidationException("", "policy document exceeds " + PolicyDocument.MAX_BYTES + " bytes");
        }
        if (json.isBlank()) {
            throw new PolicyValidationException("", "policy document is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String msg = e.getOriginalMessage();
            int nl = msg == null ? -1 : msg.indexOf('\n');
            if (nl >= 0) {
                msg = msg.substring(0, nl);
            }
            throw new PolicyValidationException(where, "malformed JSON: " + msg);
        }
        if (root == null || root.isMissingNode()) {
            throw new PolicyValidationException("", "policy document is empty");
        }
        if (!root.isObject()) {
            throw new PolicyValidationException("", "policy document must be a JSON object");
        }
        for (String name : root.propertyNames()) {
            if (!TOP_LEVEL.contains(name)) {
                throw new PolicyValidationException(name, "unknown element");
            }
        }
        JsonNode version = root.get("Version");
        if (version == null) {
            throw new PolicyValidationException("Version", "required element is missing");
        }
        if (!version.isString() || !VERSION.equals(version.stringValue())) {
            throw new PolicyValidationException("Version", "must be the string \"" + VERSION + "\"");
        }
        JsonNode stmts = root.get("Statement");
        if (stmts == null) {
            throw new PolicyValidationException("Statement", "required element is missing");
        }
        if (!stmts.isArray()) {
            throw new PolicyValidationException("Statement", "must be an array of statement objects");
        }
        if (stmts.isEmpty()) {
            throw new PolicyValidationException("Statement", "must contain at least one statement");
        }
        return stmts;
    }

    private static Statement parseStatement(JsonNode node, int index, Set<String> elements, KnownActions known) {
        String loc = "Statement[" + index + "]";
        if (!node.isObject()) {
            throw new PolicyValidationException(loc, "must be an object");
        }
        for (String name : node.propertyNames()) {
            if (!elements.contains(name)) {
                throw new PolicyValidationException(loc + "." + name, "unknown element");
            }
        }
        String sid = null;
        JsonNode sidNode = node.get("Sid");
        if (sidNode != null) {
            if (!sidNode.isString()) {
                throw new PolicyValidationException(loc + ".Sid", "must be a string");
            }
            sid = sidNode.stringValue();
            if (!isAlphanumeric(sid)) {
                throw new PolicyValidationException(loc + ".Sid", "must be 1 or more letters and digits");
            }
        }
        JsonNode effectNode = node.get("Effect");
        if (effectNode == null) {
            throw new PolicyValidationException(loc + ".Effect", "required element is missing");
        }
        Effect effect;
        if (effectNode.isString() && "Allow".equals(effectNode.stringValue())) {
            effect = Effect.ALLOW;
        } else if (effectNode.isString() && "Deny".equals(effectNode.stringValue())) {
            effect = Effect.DENY;
        } else {
            throw new PolicyValidationException(loc + ".Effect", "must be \"Allow\" or \"Deny\"");
        }

        JsonNode action = node.get("Action");
        JsonNode notAction = node.get("NotAction");
        if (action != null && notAction != null) {
            throw new PolicyValidationException(loc, "Action and NotAction cannot both be present");
        }
        if (action == null && notAction == null) {
            throw new PolicyValidationException(loc, "one of Action or NotAction is required");
        }
        String actionLoc = loc + (action != null ? ".Action" : ".NotAction");
        List<String> actions = stringList(action != null ? action : notAction, actionLoc);
        for (int i = 0; i < actions.size(); i++) {
            String problem = checkAction(actions.get(i));
            if (problem == null && !known.accepts(actions.get(i))) {
                problem =
                        "unknown action " + actions.get(i) + " (no action of its service has that name or matches it)";
            }
            if (problem != null) {
                throw new PolicyValidationException(
                        itemLoc(action != null ? action : notAction, actionLoc, i), problem);
            }
        }

        JsonNode resource = node.get("Resource");
        JsonNode notResource = node.get("NotResource");
        if (resource != null && notResource != null) {
            throw new PolicyValidationException(loc, "Resource and NotResource cannot both be present");
        }
        List<String> resources = null;
        if (resource != null || notResource != null) {
            JsonNode r = resource != null ? resource : notResource;
            String resLoc = loc + (resource != null ? ".Resource" : ".NotResource");
            resources = stringList(r, resLoc);
            for (int i = 0; i < resources.size(); i++) {
                String problem = checkResource(resources.get(i));
                if (problem != null) {
                    throw new PolicyValidationException(itemLoc(r, resLoc, i), problem);
                }
            }
        }

        List<Condition> conditions = new ArrayList<>();
        JsonNode cond = node.get("Condition");
        if (cond != null) {
            parseConditions(cond, loc + ".Condition", conditions);
        }
        return new Statement(
                index, sid, effect, actions, notAction != null, resources, notResource != null, conditions);
    }

    private static void parseConditions(JsonNode cond, String loc, List<Condition> out) {
        if (!cond.isObject()) {
            throw new PolicyValidationException(loc, "must be an object of operators");
        }
        for (Map.Entry<String, JsonNode> opEntry : cond.properties()) {
            String opName = opEntry.getKey();
            String opLoc = loc + "." + opName;
            String base = opName;
            Condition.Qualifier qualifier = Condition.Qualifier.NONE;
            if (base.startsWith("ForAllValues:")) {
                qualifier = Condition.Qualifier.FOR_ALL_VALUES;
                base = base.substring("ForAllValues:".length());
            } else if (base.startsWith("ForAnyValue:")) {
                qualifier = Condition.Qualifier.FOR_ANY_VALUE;
                base = base.substring("ForAnyValue:".length());
            }
            boolean ifExists = false;
            if (base.endsWith("IfExists") && base.length() > "IfExists".length()) {
                ifExists = true;
                base = base.substring(0, base.length() - "IfExists".length());
            }
            ConditionOperator op = ConditionOperator.byName(base);
            if (op == null) {
                throw new PolicyValidationException(opLoc, "unknown operator");
            }
            if (op == ConditionOperator.NULL && ifExists) {
                throw new PolicyValidationException(opLoc, "Null cannot be combined with IfExists");
            }
            if (op == ConditionOperator.NULL && qualifier != Condition.Qualifier.NONE) {
                throw new PolicyValidationException(opLoc, "Null cannot be combined with ForAllValues/ForAnyValue");
            }
            JsonNode keys = opEntry.getValue();
            if (!keys.isObject()) {
                throw new PolicyValidationException(opLoc, "must be an object of condition keys");
            }
            if (keys.isEmpty()) {
                throw new PolicyValidationException(opLoc, "must contain at least one condition key");
            }
            for (Map.Entry<String, JsonNode> keyEntry : keys.properties()) {
                String key = keyEntry.getKey();
                String keyLoc = opLoc + "." + key;
                String lowerKey = ConditionKeys.normalize(key, keyLoc);
                JsonNode valuesNode = keyEntry.getValue();
                List<String> values = new ArrayList<>();
                List<String> valueLocs = new ArrayList<>();
                if (valuesNode.isArray()) {
                    if (valuesNode.isEmpty()) {
                        throw new PolicyValidationException(keyLoc, "must have at least one value");
                    }
                    for (int i = 0; i < valuesNode.size(); i++) {
                        String where = keyLoc + "[" + i + "]";
                        values.add(scalar(valuesNode.get(i), where));
                        valueLocs.add(where);
                    }
                } else {
                    values.add(scalar(valuesNode, keyLoc));
                    valueLocs.add(keyLoc);
                }
                ValueMatcher matcher = op.compile(values, valueLocs.toArray(new String[0]));
                out.add(new Condition(opName, op, qualifier, ifExists, key, lowerKey, values, matcher));
            }
        }
    }

    /** Condition values: strings verbatim; JSON numbers and booleans in their plain text form. */
    private static String scalar(JsonNode v, String loc) {
        if (v.isString()) {
            return v.stringValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "true" : "false";
        }
        if (v.isNumber()) {
            if (v.isIntegralNumber()) {
                return v.bigIntegerValue().toString();
            }
            BigDecimal d = v.decimalValue();
            return d.toPlainString();
        }
        throw new PolicyValidationException(loc, "condition value must be a string, number or boolean");
    }

    /** A string or a non-empty array of strings. */
    static List<String> stringList(JsonNode node, String loc) {
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.stringValue());
            return out;
        }
        if (!node.isArray()) {
            throw new PolicyValidationException(loc, "must be a string or an array of strings");
        }
        if (node.isEmpty()) {
            throw new PolicyValidationException(loc, "must not be empty");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isString()) {
                throw new PolicyValidationException(loc + "[" + i + "]", "must be a string");
            }
            out.add(item.stringValue());
        }
        return out;
    }

    private static String itemLoc(JsonNode container, String loc, int i) {
        return container.isArray() ? loc + "[" + i + "]" : loc;
    }

    /** Null when valid: "*" alone, or service:resourceType:operation (middle may be empty), wildcards allowed. */
    static String checkAction(String a) {
        if (a.equals("*")) {
            return null;
        }
        String[] parts = a.split(":", -1);
        if (parts.length != 3) {
            return "action must be \"*\" or service:resourceType:operation";
        }
        if (parts[0].isEmpty() || !segmentChars(parts[0], false)) {
            return "invalid service in action";
        }
        if (!segmentChars(parts[1], true)) {
            return "invalid resource type in action";
        }
        if (parts[2].isEmpty() || !segmentChars(parts[2], true)) {
            return "invalid operation in action";
        }
        return null;
    }

    private static boolean segmentChars(String s, boolean underscore) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '*'
                    || c == '?'
                    || (underscore && c == '_');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Null when valid: "*" alone, or a URN "<service>:..." without control characters. */
    static String checkResource(String r) {
        if (r.isEmpty()) {
            return "resource must not be empty";
        }
        for (int i = 0; i < r.length(); i++) {
            if (Character.isISOControl(r.charAt(i))) {
                return "resource contains a control character";
            }
        }
        if (r.equals("*")) {
            return null;
        }
        int colon = r.indexOf(':');
        if (colon <= 0 || !segmentChars(r.substring(0, colon), false)) {
            return "resource must be \"*\" or a URN such as iam::<account-id>:user:<name>";
        }
        return null;
    }

    private static boolean isAlphanumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
