package org.iamemulator.huawei.credential;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.credential.AccessKeyService;
import org.iamemulator.core.credential.AccessKeyView;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.credential.CredentialDtos.AccessKeyBody;
import org.iamemulator.huawei.credential.CredentialDtos.AccessKeyLastUsedBody;
import org.iamemulator.huawei.credential.CredentialDtos.AccessKeyLastUsedResponse;
import org.iamemulator.huawei.credential.CredentialDtos.AccessKeyResponse;
import org.iamemulator.huawei.credential.CredentialDtos.ListAccessKeysResponse;
import org.iamemulator.huawei.credential.CredentialDtos.UpdateAccessKeyRequest;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.WireTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 permanent access key APIs. */
@RestController
@RequestMapping(path = "/v5/users/{user_id}/access-keys", produces = "application/json")
@Tag(name = "Access keys (Huawei IAM v5)")
class HuaweiAccessKeyController {

    private final AccessKeyService keys;

    HuaweiAccessKeyController(AccessKeyService keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreateAccessKeyV5", summary = "Create a permanent access key (at most 2 per user)")
    AccessKeyResponse create(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        return new AccessKeyResponse(AccessKeyBody.of(keys.create(caller, userId)));
    }

    @GetMapping
    @Operation(operationId = "ListAccessKeysV5", summary = "List a user's access keys (no secrets)")
    ListAccessKeysResponse list(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        Page<AccessKeyView> page = keys.list(caller, userId, PageRequest.of(limit, marker));
        return new ListAccessKeysResponse(
                page.items().stream().map(AccessKeyBody::of).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    @PutMapping(path = "/{access_key_id}", consumes = "application/json")
    @Operation(operationId = "UpdateAccessKeyV5", summary = "Activate or deactivate an access key")
    AccessKeyResponse update(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @PathVariable("access_key_id") String accessKeyId,
            @RequestBody UpdateAccessKeyRequest body) {
        return new AccessKeyResponse(AccessKeyBody.of(keys.update(caller, userId, accessKeyId, body.status())));
    }

    @DeleteMapping("/{access_key_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeleteAccessKeyV5", summary = "Delete an access key")
    void delete(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @PathVariable("access_key_id") String accessKeyId) {
        keys.delete(caller, userId, accessKeyId);
    }

    @GetMapping("/{access_key_id}/last-used")
    @Operation(operationId = "ShowAccessKeyLastUsedV5", summary = "When an access key last signed a request")
    AccessKeyLastUsedResponse lastUsed(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @PathVariable("access_key_id") String accessKeyId) {
        String lastUsed =
                keys.lastUsed(caller, userId, accessKeyId).map(WireTime::millis).orElse(null);
        return new AccessKeyLastUsedResponse(new AccessKeyLastUsedBody(lastUsed));
    }
}
