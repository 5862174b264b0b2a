package org.iamemulator.aliyun;

import java.util.Locale;
import java.util.regex.Pattern;
import org.iamemulator.aliyun.error.AliyunError;

/**
 * An IMS {@code UserPrincipalName}, {@code <user name>@<account name or id>.onaliyun.com}: the user and its account
 * (as the request names it, lower case).
 */
record UserPrincipalName(String userName, String account) {

    static final String SUFFIX = ".onaliyun.com";
    /** The characters of RAM user names: letters, digits, {@code . _ - @} and space. */
    static final Pattern USER_NAME_CHARS = Pattern.compile("[A-Za-z0-9._@ -]+");

    /** Throws {@code MissingUserPrincipalName} or {@code InvalidParameter.UserPrincipalName.Format}. */
    static UserPrincipalName parse(String value) {
        if (value == null || value.isEmpty()) {
            throw AliyunError.missing("UserPrincipalName");
        }
        int at = value.lastIndexOf('@');
        String domain = at < 0 ? "" : value.substring(at + 1).toLowerCase(Locale.ROOT);
        String name = at < 0 ? "" : value.substring(0, at);
        if (value.length() > 128
                || name.isEmpty()
                || name.length() > 64
                || !domain.endsWith(SUFFIX)
                || domain.length() == SUFFIX.length()
                || !USER_NAME_CHARS.matcher(name).matches()) {
            throw AliyunError.INVALID_UPN_FORMAT.failure();
        }
        return new UserPrincipalName(name, domain.substring(0, domain.length() - SUFFIX.length()));
    }

    static String of(String userName, String accountName) {
        return userName + "@" + accountName + SUFFIX;
    }
}
