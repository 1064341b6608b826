using System.Security.Cryptography;
using System.Text;

namespace AiCompliance.Policy.Evidence;

/// <summary>
/// The SHA-256 an <c>EvidenceSha256</c> pins: of the file's text as UTF-8 without a byte order mark, with line endings
/// made LF. The analyzers only see the text of an additional file (reading bytes from disk is off limits in a compiler),
/// and a Git checkout may turn LF into CRLF; for a UTF-8 file with LF endings it equals <c>sha256sum</c>.
/// </summary>
public static class EvidenceHash
{
    public static string Of(string text)
    {
        var normalised = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        normalised = normalised.Replace("\r\n", "\n");
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(new UTF8Encoding(false).GetBytes(normalised));
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>Whether a declared hash names <paramref name="actual"/> (hex digits compared ignoring case and surrounding white space).</summary>
    public static bool Matches(string declared, string actual) =>
        string.Equals(declared.Trim(), actual, System.StringComparison.OrdinalIgnoreCase);
}
