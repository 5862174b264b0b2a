package org.iamemulator.core.mfa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedIdentifierException;

/** The documented input rules of the virtual MFA operations. */
final class MfaRules {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_SERIAL_LENGTH = 150;
    private static final Pattern SERIAL = Pattern.compile("iam::([A-Za-z0-9]{1,64}):mfa:([A-Za-z0-9_-]{1,64})");
    private static final String SERIAL_RULE = "iam::<account id>:mfa:<device name>";
    private static final Pattern CODE = Pattern.compile("[0-9]{" + Totp.DIGITS + "}");

    private MfaRules() {}

    static void checkName(String field, String name) {
        if (name == null) {
            throw InvalidInputException.missingField(field);
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.field(field, name, "1 to 64 letters, digits, underscores or hyphens");
        }
    }

    /** A serial number split into its account id and device name. */
    record Serial(String accountId, String name) {}

    /** Parses the serial number of a request body. */
    static Serial serialField(String field, String serialNumber) {
        if (serialNumber == null) {
            throw InvalidInputException.missingField(field);
        }
        return parseSerial(serialNumber);
    }

    /** Parses the serial number of a query. */
    static Serial serialParameter(String name, String serialNumber) {
        if (serialNumber == null) {
            throw InvalidInputException.parameter(name, "required, " + SERIAL_RULE);
        }
        return parseSerial(serialNumber);
    }

    static Serial parseSerial(String serialNumber) {
        Matcher matcher = SERIAL.matcher(serialNumber);
        if (serialNumber.length() > MAX_SERIAL_LENGTH || !matcher.matches()) {
            throw new MalformedIdentifierException(
                    MalformedIdentifierException.Kind.MFA_SERIAL_NUMBER, serialNumber, SERIAL_RULE);
        }
        return new Serial(matcher.group(1), matcher.group(2));
    }

    /** A one-time code as the device shows it: six digits. */
    static void checkCode(String field, String code) {
        if (code == null) {
            throw InvalidInputException.missingField(field);
        }
        if (!CODE.matcher(code).matches()) {
            throw InvalidInputException.field(field, code, Totp.DIGITS + " digits");
        }
    }
}
