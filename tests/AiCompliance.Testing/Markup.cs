using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Testing;

/// <summary>A span marked in test source: <c>[|…|]</c>, <c>{|AIC101:…|}</c> or <c>{|#0:…|}</c>.</summary>
public sealed record MarkedSpan(TextSpan Span, string? DiagnosticId, int? LocationIndex);

/// <summary>
/// Parses test markup. <c>[|x|]</c> expects the analyzer's diagnostic on x, <c>{|ID:x|}</c> a diagnostic with that ID,
/// <c>{|#n:x|}</c> names location n for an explicit <see cref="DiagnosticResult"/>. Markers nest.
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<MarkedSpan> Spans) Parse(string markup)
    {
        var output = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(int Start, string? Id, int? Index)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((output.Length, null, null));
                i += 2;
            }
            else if (Starts(markup, i, "{|") && TryReadLabel(markup, i + 2, out var label, out var next))
            {
                if (label.StartsWith('#') && int.TryParse(label.AsSpan(1), out var index))
                {
                    open.Push((output.Length, null, index));
                }
                else
                {
                    open.Push((output.Length, label, null));
                }

                i = next;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup closes a span at offset {i} that was never opened.");
                }

                var (start, id, locationIndex) = open.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, output.Length), id, locationIndex));
                i += 2;
            }
            else
            {
                output.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Markup leaves a span open.");
        }

        spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (output.ToString(), spans);
    }

    private static bool Starts(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool TryReadLabel(string text, int start, out string label, out int next)
    {
        var colon = text.IndexOf(':', start);
        label = "";
        next = 0;
        if (colon < 0 || colon == start)
        {
            return false;
        }

        var candidate = text.Substring(start, colon - start);
        foreach (var c in candidate)
        {
            if (!char.IsLetterOrDigit(c) && c != '#' && c != '_')
            {
                return false;
            }
        }

        label = candidate;
        next = colon + 1;
        return true;
    }
}
