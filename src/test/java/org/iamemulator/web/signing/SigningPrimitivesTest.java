package org.iamemulator.web.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningPrimitivesTest {

    @Test
    void sha256OfTheFipsExample() {
        assertThat(SigningPrimitives.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SigningPrimitives.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hmacsOfTheRfcExamples() {
        byte[] key = "Jefe".getBytes(StandardCharsets.UTF_8);
        String data = "what do ya want for nothing?";
        // RFC 4231 test case 2, RFC 2202 test case 2
        assertThat(SigningPrimitives.hex(SigningPrimitives.hmacSha256(key, data)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(SigningPrimitives.hex(SigningPrimitives.hmacSha1(key, data)))
                .isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    }

    @Test
    void hexDigitsOfEitherCaseOnlyAscii() {
        assertThat(SigningPrimitives.hexValue('a')).isEqualTo(10);
        assertThat(SigningPrimitives.hexValue('F')).isEqualTo(15);
        assertThat(SigningPrimitives.hexValue('g')).isEqualTo(-1);
        assertThat(SigningPrimitives.hexValue('\u0663')).isEqualTo(-1); // an Arabic-Indic digit
        assertThat(SigningPrimitives.isHex("00aF")).isTrue();
        assertThat(SigningPrimitives.isHex("0x")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain-_.~AZaz09",
                "a b+c*d~e",
                "/?&=%",
                "\u00fc\u20ac\uD83D\uDE00",
                "\uD800 lone",
                "Action=GetUser&Version=2010-05-08"
            })
    void percentEncodingIsRfc3986AsTheSdksWriteIt(String value) {
        String sdkStyle = URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
        assertThat(SigningPrimitives.percentEncode(value)).isEqualTo(sdkStyle);
    }

    @Test
    void formDecodingKeepsOrderAndMalformedEscapes() {
        assertThat(SigningPrimitives.formDecode("b=2&&a=x+y%21&flag&k=v=w&bad=50%zz&"))
                .containsExactly(
                        Map.entry("b", "2"),
                        Map.entry("a", "x y!"),
                        Map.entry("flag", ""),
                        Map.entry("k", "v=w"),
                        Map.entry("bad", "50%zz"));
        assertThat(SigningPrimitives.formDecode(null)).isEmpty();
        assertThat(SigningPrimitives.formDecode("&&")).isEmpty();
    }

    @Test
    void canonicalQuerySortsEncodedNamesThenValues() {
        assertThat(SigningPrimitives.canonicalQuery("k=b&k=a&j=z+1&%6B2=%2a%7e"))
                .isEqualTo("j=z%201&k=a&k=b&k2=%2A~");
        assertThat(SigningPrimitives.canonicalQuery(null)).isEmpty();
    }

    @Test
    void constantTimeEqualsNeedsTwoEqualTexts() {
        assertThat(SigningPrimitives.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(SigningPrimitives.constantTimeEquals("abc", "abd")).isFalse();
        assertThat(SigningPrimitives.constantTimeEquals(null, null)).isFalse();
    }
}
