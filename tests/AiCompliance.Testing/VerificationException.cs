using System;

namespace AiCompliance.Testing;

/// <summary>A failed verification; the message says what differed and shows what was reported.</summary>
public sealed class VerificationException : Exception
{
    public VerificationException(string message)
        : base(message)
    {
    }
}

/// <summary>Describes how two texts differ, line by line, for failure messages.</summary>
internal static class TextDiff
{
    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var output = new System.Text.StringBuilder();
        var max = Math.Max(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < max; i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : null;
            var a = i < actualLines.Length ? actualLines[i] : null;
            if (e == a)
            {
                output.Append("  ").AppendLine(e);
                continue;
            }

            if (e is not null)
            {
                output.Append("- ").AppendLine(Visible(e));
            }

            if (a is not null)
            {
                output.Append("+ ").AppendLine(Visible(a));
            }
        }

        output.AppendLine("(- expected, + actual)");
        return output.ToString();
    }

    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
