using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;
using AiCompliance.Testing;

namespace AiCompliance.Policy.Tests.Generated;

/// <summary>docs/frameworks.md is generated from the table and must match it byte for byte.</summary>
public sealed class FrameworksDocumentTests
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    [Trait("Category", "Generated")]
    [Fact]
    public void The_committed_page_matches_the_table()
    {
        var path = RepositoryRoot.Combine(FrameworksDocument.RelativePath);
        var expected = Utf8.GetBytes(FrameworksDocument.Render());
        if (Environment.GetEnvironmentVariable(FrameworksDocument.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, expected);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing. Generate it with: {FrameworksDocument.RegenerateCommand}");
        var actual = File.ReadAllBytes(path);
        if (!actual.AsSpan().SequenceEqual(expected))
        {
            Assert.Fail(
                "docs/frameworks.md is out of date with the policy table (it is generated; do not edit it by hand). " +
                "Regenerate it with: " + FrameworksDocument.RegenerateCommand + Environment.NewLine +
                FirstDifference(Utf8.GetString(actual), Utf8.GetString(expected)));
        }
    }

    [Fact]
    public void Rendering_is_deterministic_and_uses_lf_only()
    {
        var first = FrameworksDocument.Render();
        Assert.Equal(first, FrameworksDocument.Render());
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_declaration_has_a_heading_whose_anchor_is_its_id()
    {
        // docs/rules/*.md link to ../frameworks.md#<declaration-id>.
        var lines = FrameworksDocument.Render().Split('\n');
        foreach (var declaration in DeclarationCatalog.All)
        {
            Assert.Contains("### " + declaration.Id, lines);
            Assert.Equal(declaration.Id, Slug(declaration.Id));
        }

        foreach (var framework in FrameworkCatalog.All)
        {
            Assert.Contains("### " + framework.Id, lines);
            Assert.Equal(framework.Id, Slug(framework.Id));
        }
    }

    [Fact]
    public void Heading_anchors_are_unique_and_every_local_link_has_a_target()
    {
        var text = FrameworksDocument.Render();
        var slugs = text.Split('\n').Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#').Trim())).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct(StringComparer.Ordinal).Count());
        var targets = new HashSet<string>(slugs, StringComparer.Ordinal);
        foreach (Match link in Regex.Matches(text, @"\]\(#(?<anchor>[^)]+)\)"))
        {
            Assert.Contains(link.Groups["anchor"].Value, targets);
        }
    }

    [Fact]
    public void The_page_carries_the_notices_and_every_clause()
    {
        var text = FrameworksDocument.Render();
        Assert.Contains("Do not edit", text, StringComparison.Ordinal);
        Assert.Contains(FrameworksDocument.RegenerateCommand, text, StringComparison.Ordinal);
        Assert.Contains("Not legal advice", text, StringComparison.Ordinal);
        Assert.Contains("## Sources and maintenance", text, StringComparison.Ordinal);
        foreach (var clause in FrameworkCatalog.All.SelectMany(f => f.Clauses))
        {
            Assert.Contains("| `" + clause.Id + "` | " + clause.Title.Replace("|", "\\|", StringComparison.Ordinal) + " |", text, StringComparison.Ordinal);
        }
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped, spaces to '-'.</summary>
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string FirstDifference(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < e.Length ? e[i] : "(end of file)";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}  committed: {Show(left)}{Environment.NewLine}  generated: {Show(right)}";
            }
        }

        return "The files differ only in their bytes (encoding, byte-order mark or line endings); the page is UTF-8 without BOM, with LF line endings.";
    }

    private static string Show(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal);
}
