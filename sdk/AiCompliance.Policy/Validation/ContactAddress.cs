using System;
using System.Net;
using System.Net.Sockets;

namespace AiCompliance.Policy.Validation;

/// <summary>
/// Contact points, as <c>[AccountableOwner(Contact = …)]</c> and <c>[Monitoring(IncidentContact = …)]</c> take them: an
/// email address or an absolute http(s) URL.
/// </summary>
public static class ContactAddress
{
    /// <summary>URLs longer than this are refused (browsers and servers commonly stop near 2,000 characters).</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>
    /// True when <paramref name="contact"/> is an email address (see <see cref="IsValidEmail"/>), optionally written as a
    /// <c>mailto:</c> URI (<c>mailto:ai-owner@example.com</c>; a <c>?subject=…</c> query after it is allowed and not
    /// checked), or an absolute http/https URL (see <see cref="IsValidUrl"/>). Nothing else: no phone numbers, no other
    /// schemes, no text around the address. When false, <paramref name="reason"/> says why; null when valid. Never throws.
    /// </summary>
    public static bool IsValid(string? contact, out string? reason)
    {
        reason = null;
        if (contact is null || contact.Length == 0 || ValidationText.IsBlankOnly(contact))
        {
            reason = "the contact is empty";
            return false;
        }

        if (ValidationText.HasSurroundingWhitespace(contact))
        {
            reason = ValidationText.Quote(contact) + " has leading or trailing whitespace";
            return false;
        }

        if (ValidationText.StartsWithIgnoreCase(contact, 0, "mailto:"))
        {
            var query = contact.IndexOf('?');
            var address = query < 0 ? contact.Substring(7) : contact.Substring(7, query - 7);
            return IsValidEmail(address, out reason);
        }

        if (ValidationText.StartsWithIgnoreCase(contact, 0, "http://") || ValidationText.StartsWithIgnoreCase(contact, 0, "https://"))
        {
            return IsValidUrl(contact, out reason);
        }

        var schemeEnd = contact.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            reason = ValidationText.Quote(contact) + " uses the scheme " + ValidationText.Quote(contact, 0, schemeEnd)
                + "; a contact URL must be http or https";
            return false;
        }

        if (ValidationText.StartsWithIgnoreCase(contact, 0, "tel:") || LooksLikePhoneNumber(contact))
        {
            reason = ValidationText.Quote(contact) + " is a phone number; give an email address or an http(s) URL";
            return false;
        }

        if (contact.IndexOf('@') >= 0)
        {
            return IsValidEmail(contact, out reason);
        }

        if (LooksLikeHostAndPath(contact))
        {
            reason = ValidationText.Quote(contact) + " has no scheme; write " + ValidationText.Quote("https://" + contact);
            return false;
        }

        reason = ValidationText.Quote(contact) + " is neither an email address nor an absolute http(s) URL";
        return false;
    }

    /// <summary>
    /// True when <paramref name="address"/> is an email address (a pragmatic RFC 5321/5322 addr-spec, ASCII only):
    /// <list type="bullet">
    /// <item>at most 254 characters, with one <c>@</c> outside quotes;</item>
    /// <item>the local part (before the <c>@</c>) has 1–64 characters and is either dot-separated atoms of letters,
    /// digits and <c>!#$%&amp;'*+-/=?^_`{|}~</c> (no leading, trailing or double dots), or a quoted string
    /// (<c>"john doe"</c>; printable ASCII and spaces, with <c>\</c> escaping);</item>
    /// <item>the domain is either DNS labels separated by dots — at least two labels, each 1–63 letters, digits and
    /// hyphens, not starting or ending with a hyphen, the last not all digits — or an address literal
    /// (<c>[192.0.2.1]</c>, <c>[IPv6:2001:db8::1]</c>).</item>
    /// </list>
    /// No whitespace outside a quoted local part, no control characters, no internationalized (non-ASCII) addresses: write
    /// an internationalized domain in its <c>xn--</c> form. <paramref name="reason"/> says why when false. Never throws.
    /// </summary>
    public static bool IsValidEmail(string? address, out string? reason)
    {
        reason = null;
        if (address is null || address.Length == 0 || ValidationText.IsBlankOnly(address))
        {
            reason = "the email address is empty";
            return false;
        }

        if (address.Length > 254)
        {
            reason = ValidationText.Quote(address) + " is longer than 254 characters";
            return false;
        }

        for (var i = 0; i < address.Length; i++)
        {
            var c = address[i];
            if (c > '\u007e')
            {
                reason = ValidationText.Quote(address) + " contains the non-ASCII character " + ValidationText.DescribeChar(address, i)
                    + "; email addresses here are ASCII (write an internationalized domain in its xn-- form)";
                return false;
            }

            if (c < ' ')
            {
                reason = ValidationText.Quote(address) + " contains the control character " + ValidationText.DescribeChar(address, i);
                return false;
            }
        }

        var at = LocalPartEnd(address);
        if (at < 0)
        {
            reason = address[0] == '"' && address.IndexOf('"', 1) < 0
                ? ValidationText.Quote(address) + ": the quoted part before the '@' is not closed"
                : ValidationText.Quote(address) + " has no '@'";
            return false;
        }

        if (at == 0)
        {
            reason = ValidationText.Quote(address) + " has nothing before the '@'";
            return false;
        }

        if (at == address.Length - 1)
        {
            reason = ValidationText.Quote(address) + " has nothing after the '@'";
            return false;
        }

        if (address[0] != '"' && address.IndexOf('@', at + 1) >= 0)
        {
            reason = ValidationText.Quote(address) + " has more than one '@'";
            return false;
        }

        if (at > 64)
        {
            reason = ValidationText.Quote(address) + ": the part before the '@' is longer than 64 characters";
            return false;
        }

        return CheckLocalPart(address, at, out reason) && CheckDomain(address, at + 1, out reason);
    }

    /// <summary>
    /// True when <paramref name="url"/> is an absolute <c>http://</c> or <c>https://</c> URL with a host: ASCII only
    /// (percent-encode anything else; write an internationalized domain in its <c>xn--</c> form), no whitespace or
    /// control characters, at most <see cref="MaxUrlLength"/> characters, parsed by <see cref="Uri"/> as absolute,
    /// a host that is a DNS name with at least one dot or an IP address (not <c>localhost</c> or a loopback address),
    /// and no user name or password in it. <paramref name="reason"/> says why when false. Never throws.
    /// </summary>
    public static bool IsValidUrl(string? url, out string? reason)
    {
        reason = null;
        if (url is null || url.Length == 0 || ValidationText.IsBlankOnly(url))
        {
            reason = "the URL is empty";
            return false;
        }

        if (url.Length > MaxUrlLength)
        {
            reason = ValidationText.Quote(url) + " is longer than " + MaxUrlLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters";
            return false;
        }

        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c <= ' ' || c == '\u007f')
            {
                reason = ValidationText.Quote(url) + (c == ' ' ? " contains a space" : " contains " + ValidationText.DescribeChar(url, i))
                    + "; percent-encode it";
                return false;
            }

            if (c > '\u007e')
            {
                reason = ValidationText.Quote(url) + " contains the non-ASCII character " + ValidationText.DescribeChar(url, i)
                    + "; percent-encode it (or write an internationalized domain in its xn-- form)";
                return false;
            }
        }

        var https = ValidationText.StartsWithIgnoreCase(url, 0, "https://");
        if (!https && !ValidationText.StartsWithIgnoreCase(url, 0, "http://"))
        {
            reason = ValidationText.Quote(url) + " is not an absolute http:// or https:// URL";
            return false;
        }

        var authorityStart = https ? 8 : 7;
        if (authorityStart >= url.Length || url[authorityStart] == '/' || url[authorityStart] == '?' || url[authorityStart] == '#')
        {
            reason = ValidationText.Quote(url) + " has no host";
            return false;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            reason = ValidationText.Quote(url) + " is not a valid URL";
            return false;
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            reason = ValidationText.Quote(url) + " has no host";
            return false;
        }

        if (uri.UserInfo.Length > 0)
        {
            reason = ValidationText.Quote(url) + " contains a user name or password before the host; remove it";
            return false;
        }

        if (uri.IsLoopback)
        {
            reason = ValidationText.Quote(url) + " points to this machine (" + ValidationText.Display(uri.Host) + "); give an address others can reach";
            return false;
        }

        switch (uri.HostNameType)
        {
            case UriHostNameType.IPv4:
            case UriHostNameType.IPv6:
                return true;
            case UriHostNameType.Dns:
                if (!CheckHostName(uri.Host))
                {
                    reason = ValidationText.Quote(url) + " has the host " + ValidationText.Quote(uri.Host) + ", which is not a valid DNS name";
                    return false;
                }

                if (uri.Host.IndexOf('.') < 0)
                {
                    reason = ValidationText.Quote(url) + " has the host " + ValidationText.Quote(uri.Host) + " without a domain; give a fully qualified name";
                    return false;
                }

                return true;
            default:
                reason = ValidationText.Quote(url) + " has the host " + ValidationText.Quote(uri.Host) + ", which is not a valid DNS name or IP address";
                return false;
        }
    }

    /// <summary>The index of the '@' that ends the local part (outside quotes), or -1.</summary>
    private static int LocalPartEnd(string address)
    {
        if (address[0] == '"')
        {
            for (var i = 1; i < address.Length; i++)
            {
                if (address[i] == '\\')
                {
                    i++;
                }
                else if (address[i] == '"')
                {
                    return i + 1 < address.Length && address[i + 1] == '@' ? i + 1 : address.IndexOf('@', i + 1);
                }
            }

            return -1;
        }

        return address.IndexOf('@');
    }

    private static bool CheckLocalPart(string address, int at, out string? reason)
    {
        reason = null;
        if (address[0] == '"')
        {
            if (at < 2 || address[at - 1] != '"')
            {
                reason = ValidationText.Quote(address) + ": the quoted part before the '@' is not closed right before the '@'";
                return false;
            }

            for (var i = 1; i < at - 1; i++)
            {
                var c = address[i];
                if (c == '\\')
                {
                    i++;
                    if (i >= at - 1)
                    {
                        reason = ValidationText.Quote(address) + ": the quoted part before the '@' ends with a lone '\\'";
                        return false;
                    }
                }
                else if (c == '"')
                {
                    reason = ValidationText.Quote(address) + ": the quoted part before the '@' has an unescaped '\"'";
                    return false;
                }
            }

            return true;
        }

        for (var i = 0; i < at; i++)
        {
            var c = address[i];
            if (c == '.')
            {
                if (i == 0 || i == at - 1)
                {
                    reason = ValidationText.Quote(address) + (i == 0 ? " starts with '.'" : " has a '.' right before the '@'");
                    return false;
                }

                if (address[i - 1] == '.')
                {
                    reason = ValidationText.Quote(address) + " has '..' before the '@'";
                    return false;
                }
            }
            else if (!IsAtext(c))
            {
                reason = ValidationText.Quote(address) + (c == ' '
                    ? " contains a space"
                    : " contains " + ValidationText.DescribeChar(address, i) + " before the '@'; quote the part before the '@' to use it");
                return false;
            }
        }

        return true;
    }

    private static bool CheckDomain(string address, int start, out string? reason)
    {
        reason = null;
        var domain = address.Substring(start);
        if (domain[0] == '[')
        {
            if (domain[domain.Length - 1] != ']')
            {
                reason = ValidationText.Quote(address) + ": the address literal after the '@' is missing its ']'";
                return false;
            }

            var literal = domain.Substring(1, domain.Length - 2);
            if (ValidationText.StartsWithIgnoreCase(literal, 0, "IPv6:"))
            {
                var v6 = literal.Substring(5);
                if (v6.Length > 0 && v6.IndexOf('%') < 0 && IPAddress.TryParse(v6, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    return true;
                }

                reason = ValidationText.Quote(address) + ": " + ValidationText.Quote(v6) + " is not an IPv6 address";
                return false;
            }

            if (IsIPv4(literal))
            {
                return true;
            }

            reason = ValidationText.Quote(address) + ": " + ValidationText.Quote(domain) + " is not an address literal ([192.0.2.1] or [IPv6:2001:db8::1])";
            return false;
        }

        if (IsIPv4(domain))
        {
            reason = ValidationText.Quote(address) + ": an IP address after the '@' goes in brackets ([" + domain + "])";
            return false;
        }

        if (domain.IndexOf('.') < 0)
        {
            reason = ValidationText.Quote(address) + ": the domain " + ValidationText.Quote(domain) + " has no '.'";
            return false;
        }

        if (domain.Length > 253)
        {
            reason = ValidationText.Quote(address) + ": the domain is longer than 253 characters";
            return false;
        }

        var labelStart = 0;
        for (var i = 0; i <= domain.Length; i++)
        {
            if (i < domain.Length && domain[i] != '.')
            {
                var c = domain[i];
                if (!ValidationText.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    reason = ValidationText.Quote(address) + ": the domain contains " + ValidationText.DescribeChar(domain, i)
                        + "; domain names use letters, digits, '-' and '.'";
                    return false;
                }

                continue;
            }

            var length = i - labelStart;
            if (length == 0)
            {
                reason = ValidationText.Quote(address) + ": the domain " + ValidationText.Quote(domain) + " has an empty label ('..' or a '.' at an end)";
                return false;
            }

            if (length > 63)
            {
                reason = ValidationText.Quote(address) + ": the domain has a label longer than 63 characters";
                return false;
            }

            if (domain[labelStart] == '-' || domain[i - 1] == '-')
            {
                reason = ValidationText.Quote(address) + ": the domain label " + ValidationText.Quote(domain, labelStart, length) + " starts or ends with '-'";
                return false;
            }

            labelStart = i + 1;
        }

        var lastDot = domain.LastIndexOf('.');
        var allDigits = true;
        for (var i = lastDot + 1; i < domain.Length; i++)
        {
            allDigits &= ValidationText.IsAsciiDigit(domain[i]);
        }

        if (allDigits)
        {
            reason = ValidationText.Quote(address) + ": the top-level domain " + ValidationText.Quote(domain.Substring(lastDot + 1)) + " is all digits";
            return false;
        }

        return true;
    }

    private static bool IsAtext(char c) =>
        ValidationText.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".IndexOf(c) >= 0;

    /// <summary>Strict dotted-quad IPv4: four decimal numbers 0–255 without leading zeros.</summary>
    private static bool IsIPv4(string text)
    {
        var parts = 0;
        var pos = 0;
        while (true)
        {
            var start = pos;
            var value = 0;
            while (pos < text.Length && ValidationText.IsAsciiDigit(text[pos]) && pos - start < 3)
            {
                value = (value * 10) + (text[pos] - '0');
                pos++;
            }

            var length = pos - start;
            if (length == 0 || value > 255 || (length > 1 && text[start] == '0'))
            {
                return false;
            }

            parts++;
            if (pos == text.Length)
            {
                return parts == 4;
            }

            if (text[pos] != '.' || parts == 4)
            {
                return false;
            }

            pos++;
        }
    }

    private static bool CheckHostName(string host)
    {
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && host[i] != '.')
            {
                if (!ValidationText.IsAsciiLetterOrDigit(host[i]) && host[i] != '-')
                {
                    return false;
                }

                continue;
            }

            var length = i - labelStart;
            if (length == 0 && i == host.Length && i > 0)
            {
                return true; // a trailing dot (fully qualified) is fine
            }

            if (length == 0 || length > 63 || host[labelStart] == '-' || host[i - 1] == '-')
            {
                return false;
            }

            labelStart = i + 1;
        }

        return host.Length <= 253;
    }

    private static bool LooksLikePhoneNumber(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (ValidationText.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != '+' && c != ' ' && c != '-' && c != '(' && c != ')' && c != '.')
            {
                return false;
            }
        }

        return digits >= 6;
    }

    private static bool LooksLikeHostAndPath(string text)
    {
        var slash = text.IndexOf('/');
        var host = slash < 0 ? text : text.Substring(0, slash);
        return host.IndexOf('.') > 0 && host.Length < 254 && CheckHostName(host);
    }
}
