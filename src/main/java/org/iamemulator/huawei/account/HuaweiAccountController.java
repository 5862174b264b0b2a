package org.iamemulator.huawei.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.account.AccountInformationService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.huawei.account.AccountDtos.AccountSummaryResponse;
import org.iamemulator.huawei.account.AccountDtos.FeatureStatusResponse;
import org.iamemulator.huawei.account.AccountDtos.SetSwitchRequest;
import org.iamemulator.huawei.account.AccountDtos.SwitchResponse;
import org.iamemulator.huawei.account.AccountDtos.SwitchWithDomainId;
import org.iamemulator.web.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 account information: summary and quotas, feature states, the asymmetric-signature switch. */
@RestController
@RequestMapping(path = "/v5", produces = "application/json")
@Tag(name = "Account information (Huawei IAM v5)")
class HuaweiAccountController {

    private final AccountInformationService account;

    HuaweiAccountController(AccountInformationService account) {
        this.account = account;
    }

    @GetMapping("/account-summary")
    @Operation(operationId = "GetAccountSummaryV5", summary = "The account's entity counts and the quotas in force")
    AccountSummaryResponse summary(@CurrentCaller Caller caller) {
        return AccountSummaryResponse.of(account.summary(caller));
    }

    @GetMapping("/features/{feature_name}")
    @Operation(
            operationId = "GetFeatureStatusV5",
            summary = "The state of a feature",
            description = "v5_console: on; access_analyzer: off; another name answers 400. Needs no permission.")
    FeatureStatusResponse featureStatus(@PathVariable("feature_name") String featureName) {
        return new FeatureStatusResponse(account.featureStatus(featureName));
    }

    @GetMapping("/asymmetric-signature-switch")
    @Operation(
            operationId = "GetAsymmetricSignatureSwitchV5",
            summary = "Whether asymmetric signatures are allowed",
            description = "Stored per account and answered; the emulator verifies no asymmetric signature.")
    SwitchResponse asymmetricSignature(@CurrentCaller Caller caller) {
        return new SwitchResponse(new SwitchWithDomainId(caller.accountId(), account.asymmetricSignature(caller)));
    }

    @PutMapping(path = "/asymmetric-signature-switch", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "SetAsymmetricSignatureSwitchV5",
            summary = "Allow or refuse asymmetric signatures",
            description = "Stored per account and answered; the emulator verifies no asymmetric signature.")
    void setAsymmetricSignature(@CurrentCaller Caller caller, @RequestBody SetSwitchRequest body) {
        account.setAsymmetricSignature(
                caller,
                body.asymmetricSignature() == null
                        ? null
                        : body.asymmetricSignature().asymmetricSignatureSwitch());
    }
}
