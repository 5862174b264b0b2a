package org.iamemulator.core.authz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.iamemulator.policyengine.DecidingStatement;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.Effect;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.policyengine.PrincipalType;
import org.iamemulator.policyengine.RequestContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals the explanation of a denial as {@code encoded_authorization_message}: base64 of a 12-byte nonce followed
 * by the AES-256-GCM ciphertext and tag of a JSON text. Only this emulator instance (or one with the same key)
 * can open it, and any change to the blob makes it fail to open.
 */
public final class AuthorizationMessages {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA =
            "iam-emulator/authorization-message/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final JsonMapper json = JsonMapper.builder().build();

    public AuthorizationMessages(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** The JSON text that explains the evaluation, encrypted. */
    public String encode(Authorizer.Evaluation evaluation) {
        Principal principal = evaluation.principal();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("urn", principal.urn());
        who.put("user_id", principal.userId());
        who.put("user_name", principal.userName());
        who.put("is_root_user", principal.rootUser());
        who.put("type", principal.type());
        return encode(principal.accountId(), who, evaluation.context(), evaluation.decision(), evaluation.policyKind());
    }

    /**
     * Explains an agency's trust policy refusing an identity from an identity provider (AssumeAgencyWithOIDC/SAML),
     * encrypted for the agency's account: the caller has no account of its own to decode it in.
     */
    public String encodeFederated(
            String agencyAccountId, String providerUrn, String subject, RequestContext context, Decision decision) {
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("urn", providerUrn + "/" + subject);
        who.put("provider_urn", providerUrn);
        who.put("subject", subject);
        who.put("type", PrincipalType.IDENTITY_PROVIDER.element());
        return encode(agencyAccountId, who, context, decision, Authorizer.TRUST_POLICY);
    }

    private String encode(
            String accountId,
            Map<String, Object> principal,
            RequestContext context,
            Decision decision,
            String policyKind) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("account_id", accountId);
        message.put("principal", principal);
        message.put("action", context.action());
        message.put("resource", context.resource());
        message.put("context", context.conditions());
        message.put("decision", decision.outcome().name());
        message.put(
                "failure",
                (decision.outcome() == Outcome.EXPLICIT_DENY ? "explicit" : "implicit") + " deny by " + policyKind);
        message.put(
                "deciding_statements",
                decision.deciding().stream()
                        .map(AuthorizationMessages::statement)
                        .toList());
        return seal(json.writeValueAsString(message));
    }

    /**
     * The JSON text inside an encoded message, if this instance issued it for {@code accountId}; empty for
     * anything else (not base64, forged, altered, or another account's).
     */
    public Optional<String> decode(String accountId, String encoded) {
        try {
            byte[] blob = Base64.getDecoder().decode(encoded);
            if (blob.length < NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            String text =
                    new String(cipher.doFinal(blob, NONCE_BYTES, blob.length - NONCE_BYTES), StandardCharsets.UTF_8);
            JsonNode account = json.readTree(text).get("account_id");
            return account != null && accountId.equals(account.asString()) ? Optional.of(text) : Optional.empty();
        } catch (IllegalArgumentException
                | GeneralSecurityException
                | ProviderException
                | JacksonException unreadable) {
            return Optional.empty();
        }
    }

    /** A deciding statement as decoded messages and the simulator show it. */
    public static Map<String, Object> statement(DecidingStatement statement) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy_id", statement.policyId());
        out.put("version_id", statement.versionId());
        out.put("statement_index", statement.statementIndex());
        out.put("sid", statement.sid());
        out.put("effect", statement.effect() == Effect.DENY ? "Deny" : "Allow");
        return out;
    }

    private String seal(String text) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
