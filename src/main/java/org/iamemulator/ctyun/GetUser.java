package org.iamemulator.ctyun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.user.UserService;
import org.iamemulator.core.user.UserView;
import org.iamemulator.core.user.UserWithLastLogin;
import org.iamemulator.ctyun.error.AwsError;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code GetUser}: a user by name (without {@code UserName}, the caller) with its latest login. */
@Component
class GetUser {

    static final String POLICY_ACTION = CtyunArns.policyAction(CtyunCall.GET_USER);

    private static final Pattern USER_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");

    private final UserService users;

    GetUser(UserService users) {
        this.users = users;
    }

    ResponseEntity<String> handle(CtyunCall call, Caller caller, HttpServletRequest request) {
        String userName = call.parameters().get("UserName");
        if (userName != null && !USER_NAME.matcher(userName).matches()) {
            throw AwsError.VALIDATION_ERROR.failure("1 validation error detected: Value '" + userName
                    + "' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\w+=,.@-]+");
        }
        UserWithLastLogin user = users.showByName(
                caller, CtyunArns.requestedUserName(call.parameters(), caller), POLICY_ACTION, CtyunArns.USERS);
        return AwsXml.ok(request, CtyunCall.GET_USER, userXml(user));
    }

    /** {@code <User>} with its members in the order of CTyun's documented example; the root user as CTyun names it. */
    static String userXml(UserWithLastLogin found) {
        UserView user = found.user();
        StringBuilder xml = new StringBuilder("<User>");
        found.lastLogin().ifPresent(login -> xml.append(AwsXml.element("PasswordLastUsed", AwsXml.time(login.at()))));
        xml.append(AwsXml.element("UserName", user.name()));
        xml.append(AwsXml.element(
                "Arn",
                user.rootUser()
                        ? CtyunArns.root(user.accountId())
                        : CtyunArns.USERS.userUrn(user.accountId(), user.name())));
        xml.append(AwsXml.element("UserId", user.rootUser() ? user.accountId() : user.id()));
        found.lastLogin().ifPresent(login -> xml.append(AwsXml.element("IPLastUsed", login.sourceIp())));
        if (!user.tags().isEmpty()) {
            xml.append("<Tags>");
            new TreeMap<>(user.tags())
                    .forEach((key, value) -> xml.append("<member>")
                            .append(AwsXml.element("Value", value))
                            .append(AwsXml.element("Key", key))
                            .append("</member>"));
            xml.append("</Tags>");
        }
        xml.append(AwsXml.element("CreateDate", AwsXml.time(user.createdAt())));
        return xml.append("</User>").toString();
    }
}
