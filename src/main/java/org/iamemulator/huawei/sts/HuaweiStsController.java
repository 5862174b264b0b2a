package org.iamemulator.huawei.sts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.authz.AuthorizationMessageService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CurrentCaller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Huawei STS5 APIs served by the emulator (the real service is https://sts.<region>.myhuaweicloud.com). */
@RestController
@Tag(name = "STS5")
class HuaweiStsController {

    private final AuthorizationMessageService messages;

    HuaweiStsController(AuthorizationMessageService messages) {
        this.messages = messages;
    }

    @Schema(name = "DecodeAuthorizationMessageReqBody")
    record DecodeRequest(@JsonProperty("encoded_message") String encodedMessage) {
    }

    @Schema(name = "DecodeAuthorizationMessageResponse")
    record DecodeResponse(@Schema(description = "A JSON text") @JsonProperty("decoded_message") String decodedMessage) {
    }

    @PostMapping(path = "/v5/decode-authorization-message", consumes = "application/json",
            produces = "application/json")
    @Operation(operationId = "DecodeAuthorizationMessage", summary = "Decode the encoded_authorization_message of a 403",
            description = "Only messages of the caller's account.")
    DecodeResponse decode(@CurrentCaller Caller caller, @RequestBody DecodeRequest body) {
        return new DecodeResponse(messages.decode(caller, body.encodedMessage()));
    }
}
