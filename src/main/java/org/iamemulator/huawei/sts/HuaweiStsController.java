package org.iamemulator.huawei.sts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.authz.AuthorizationMessageService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.sts.AssumeAgencyService;
import org.iamemulator.core.sts.CallerIdentity;
import org.iamemulator.huawei.sts.StsDtos.AssumeAgencyBody;
import org.iamemulator.huawei.sts.StsDtos.AssumeAgencyResponse;
import org.iamemulator.huawei.sts.StsDtos.CallerIdentityResponse;
import org.iamemulator.web.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Huawei STS5 APIs served by the emulator (the real service is https://sts.<region>.myhuaweicloud.com). */
@RestController
@Tag(name = "STS5")
class HuaweiStsController {

    private final AuthorizationMessageService messages;
    private final AssumeAgencyService assume;

    HuaweiStsController(AuthorizationMessageService messages, AssumeAgencyService assume) {
        this.messages = messages;
        this.assume = assume;
    }

    @Schema(name = "DecodeAuthorizationMessageReqBody")
    record DecodeRequest(@JsonProperty("encoded_message") String encodedMessage) {}

    @Schema(name = "DecodeAuthorizationMessageResponse")
    record DecodeResponse(
            @Schema(description = "A JSON text") @JsonProperty("decoded_message")
            String decodedMessage) {}

    @PostMapping(
            path = "/v5/decode-authorization-message",
            consumes = "application/json",
            produces = "application/json")
    @Operation(
            operationId = "DecodeAuthorizationMessage",
            summary = "Decode the encoded_authorization_message of a 403",
            description = "Only messages of the caller's account.")
    DecodeResponse decode(@CurrentCaller Caller caller, @RequestBody DecodeRequest body) {
        return new DecodeResponse(messages.decode(caller, body.encodedMessage()));
    }

    @GetMapping(path = "/v5/caller-identity", produces = "application/json")
    @Operation(
            operationId = "GetCallerIdentity",
            summary = "Who the request acts as",
            description = "No permission needed. A user: its URN and id; an assumed-agency session: "
                    + "sts::<account>:assumed-agency:<agency>/<session> and <agency_id>:<session_name>.")
    CallerIdentityResponse callerIdentity(@CurrentCaller Caller caller) {
        return CallerIdentityResponse.of(CallerIdentity.of(caller));
    }

    @PostMapping(path = "/v5/agencies/assume", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "AssumeAgency",
            summary = "Temporary credentials for an agency",
            description = "The agency's trust policy must allow the caller too (sts::tagSession for tags,"
                    + " sts::setSourceIdentity for source_identity). 200.")
    AssumeAgencyResponse assumeAgency(@CurrentCaller Caller caller, @RequestBody AssumeAgencyBody body) {
        return AssumeAgencyResponse.of(assume.assume(caller, body.toRequest()));
    }
}
