using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.Validation;

public sealed class ContactAddressTests
{
    [Theory]
    [InlineData("credit-ai@example.com")]
    [InlineData("first.last@example.co.jp")]
    [InlineData("a+tag@sub.example.com.sg")]
    [InlineData("x@y.z")]
    [InlineData("o'brien@example.ie")]
    [InlineData("!#$%&'*+-/=?^_`{|}~@example.com")]
    [InlineData("\"john doe\"@example.com")]
    [InlineData("\"a\\\"b\"@example.com")]
    [InlineData("\"a@b\"@example.com")]
    [InlineData("user@[192.0.2.1]")]
    [InlineData("user@[IPv6:2001:db8::1]")]
    [InlineData("user@xn--bcher-kva.example")]
    [InlineData("mailto:credit-ai@example.com")]
    [InlineData("MAILTO:a@example.com?subject=Model%20incident")]
    [InlineData("https://example.com/ai-owner")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://EXAMPLE.COM/x")]
    [InlineData("https://example.com:8443/path?q=1#frag")]
    [InlineData("https://example.com.")]
    [InlineData("https://192.0.2.1/x")]
    [InlineData("https://[2001:db8::1]/incident")]
    [InlineData("https://xn--bcher-kva.example/")]
    [InlineData("https://gov.sg/ai%20contact")]
    public void Valid_contacts_pass(string contact)
    {
        Assert.True(ContactAddress.IsValid(contact, out var reason), reason);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData(null, "the contact is empty")]
    [InlineData("", "the contact is empty")]
    [InlineData("  ", "the contact is empty")]
    [InlineData(" a@example.com", "' a@example.com' has leading or trailing whitespace")]
    [InlineData("Bob", "'Bob' is neither an email address nor an absolute http(s) URL")]
    [InlineData("ai-team", "'ai-team' is neither an email address nor an absolute http(s) URL")]
    [InlineData("ftp://example.com", "'ftp://example.com' uses the scheme 'ftp'; a contact URL must be http or https")]
    [InlineData("example.com/contact", "'example.com/contact' has no scheme; write 'https://example.com/contact'")]
    [InlineData("www.example.com", "'www.example.com' has no scheme; write 'https://www.example.com'")]
    [InlineData("tel:+6561234567", "'tel:+6561234567' is a phone number; give an email address or an http(s) URL")]
    [InlineData("+65 6123 4567", "'+65 6123 4567' is a phone number; give an email address or an http(s) URL")]
    [InlineData("mailto:", "the email address is empty")]
    [InlineData("mailto:bob", "'bob' has no '@'")]
    // Email addresses.
    [InlineData("a@b", "'a@b': the domain 'b' has no '.'")]
    [InlineData("a@localhost", "'a@localhost': the domain 'localhost' has no '.'")]
    [InlineData("@example.com", "'@example.com' has nothing before the '@'")]
    [InlineData("a@", "'a@' has nothing after the '@'")]
    [InlineData("a..b@example.com", "'a..b@example.com' has '..' before the '@'")]
    [InlineData(".a@example.com", "'.a@example.com' starts with '.'")]
    [InlineData("a.@example.com", "'a.@example.com' has a '.' right before the '@'")]
    [InlineData("a b@example.com", "'a b@example.com' contains a space")]
    [InlineData("a,b@example.com", "'a,b@example.com' contains ',' before the '@'; quote the part before the '@' to use it")]
    [InlineData("a@b@example.com", "'a@b@example.com' has more than one '@'")]
    [InlineData("\"unclosed@example.com", "'\"unclosed@example.com': the quoted part before the '@' is not closed")]
    [InlineData("\"a\"b@example.com", "'\"a\"b@example.com': the quoted part before the '@' is not closed right before the '@'")]
    [InlineData("a@example..com", "'a@example..com': the domain 'example..com' has an empty label ('..' or a '.' at an end)")]
    [InlineData("a@example.com.", "'a@example.com.': the domain 'example.com.' has an empty label ('..' or a '.' at an end)")]
    [InlineData("a@-example.com", "'a@-example.com': the domain label '-example' starts or ends with '-'")]
    [InlineData("a@exa_mple.com", "'a@exa_mple.com': the domain contains '_'; domain names use letters, digits, '-' and '.'")]
    [InlineData("a@example.123", "'a@example.123': the top-level domain '123' is all digits")]
    [InlineData("a@192.0.2.1", "'a@192.0.2.1': an IP address after the '@' goes in brackets ([192.0.2.1])")]
    [InlineData("a@[300.1.1.1]", "'a@[300.1.1.1]': '[300.1.1.1]' is not an address literal ([192.0.2.1] or [IPv6:2001:db8::1])")]
    [InlineData("a@[IPv6:nope]", "'a@[IPv6:nope]': 'nope' is not an IPv6 address")]
    [InlineData("a@[192.0.2.1", "'a@[192.0.2.1': the address literal after the '@' is missing its ']'")]
    [InlineData("user@exämple.com", "'user@exämple.com' contains the non-ASCII character 'ä'; email addresses here are ASCII (write an internationalized domain in its xn-- form)")]
    [InlineData("user\u0000@example.com", "'user\\u0000@example.com' contains the control character U+0000")]
    // URLs.
    [InlineData("https://exämple.com", "'https://exämple.com' contains the non-ASCII character 'ä'; percent-encode it (or write an internationalized domain in its xn-- form)")]
    [InlineData("https://example.com/a b", "'https://example.com/a b' contains a space; percent-encode it")]
    [InlineData("https://example.com/\u200Fx", "'https://example.com/\\u200Fx' contains the non-ASCII character U+200F; percent-encode it (or write an internationalized domain in its xn-- form)")]
    [InlineData("https://user:pass@example.com", "'https://user:pass@example.com' contains a user name or password before the host; remove it")]
    [InlineData("http://localhost:8080", "'http://localhost:8080' points to this machine (localhost); give an address others can reach")]
    [InlineData("http://127.0.0.1/", "'http://127.0.0.1/' points to this machine (127.0.0.1); give an address others can reach")]
    [InlineData("https://helpdesk/", "'https://helpdesk/' has the host 'helpdesk' without a domain; give a fully qualified name")]
    [InlineData("https://", "'https://' has no host")]
    [InlineData("https:///path", "'https:///path' has no host")]
    [InlineData("https://?q=1", "'https://?q=1' has no host")]
    [InlineData("https://exa_mple.com", "'https://exa_mple.com' has the host 'exa_mple.com', which is not a valid DNS name")]
    [InlineData("https://example.com:99999/", "'https://example.com:99999/' is not a valid URL")]
    [InlineData("https:/example.com", "'https:/example.com' is neither an email address nor an absolute http(s) URL")]
    public void Invalid_contacts_fail_with_a_reason(string? contact, string expected)
    {
        Assert.False(ContactAddress.IsValid(contact, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Length_limits_are_enforced()
    {
        var local64 = new string('a', 64) + "@example.com";
        Assert.True(ContactAddress.IsValidEmail(local64, out _));
        Assert.False(ContactAddress.IsValidEmail("a" + local64, out var reason));
        Assert.EndsWith(": the part before the '@' is longer than 64 characters", reason, System.StringComparison.Ordinal);

        var label63 = new string('b', 63);
        var long254 = "a@" + label63 + "." + label63 + "." + label63 + "." + new string('c', 254 - 2 - (3 * 64)) ;
        Assert.Equal(254, long254.Length);
        Assert.True(ContactAddress.IsValidEmail(long254, out reason), reason);
        Assert.False(ContactAddress.IsValidEmail(long254 + "c", out reason));
        Assert.EndsWith(" is longer than 254 characters", reason, System.StringComparison.Ordinal);

        Assert.False(ContactAddress.IsValidEmail("a@" + new string('b', 64) + ".com", out reason));
        Assert.EndsWith(": the domain has a label longer than 63 characters", reason, System.StringComparison.Ordinal);

        var url = "https://example.com/" + new string('p', ContactAddress.MaxUrlLength - 20);
        Assert.Equal(ContactAddress.MaxUrlLength, url.Length);
        Assert.True(ContactAddress.IsValidUrl(url, out reason), reason);
        Assert.False(ContactAddress.IsValidUrl(url + "p", out reason));
        Assert.EndsWith(" is longer than 2048 characters", reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a@example.com", true)]
    [InlineData("https://example.com", false)]
    public void The_email_and_url_checks_are_available_separately(string value, bool isEmail)
    {
        Assert.Equal(isEmail, ContactAddress.IsValidEmail(value, out _));
        Assert.Equal(!isEmail, ContactAddress.IsValidUrl(value, out _));
    }
}
