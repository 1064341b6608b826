using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>Every shipped rule is documented, tracked for release, and agrees with the policy's catalogue.</summary>
public sealed class CatalogueConsistencyTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly)
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Ids() => new(Descriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_help_link_to_its_page_and_the_page_exists(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Equal(RuleDescriptor.HelpBaseUri + id + ".md", descriptor.HelpLinkUri);
        var page = RepositoryRoot.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing.");
        var text = File.ReadAllText(page);
        foreach (var heading in new[] { "## Cause", "## Why it matters", "## How to fix", "## Example", "## Configuration" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_is_in_the_release_tracking_files_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var tracked = File.ReadAllText(RepositoryRoot.Combine("analyzers", "AiCompliance.Analyzers", "AnalyzerReleases.Unshipped.md")) +
                      File.ReadAllText(RepositoryRoot.Combine("analyzers", "AiCompliance.Analyzers", "AnalyzerReleases.Shipped.md"));
        var row = new Regex($@"^{id}\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>[^|]+?)\s*\|", RegexOptions.Multiline).Match(tracked);
        Assert.True(row.Success, $"{id} is not in the release tracking files.");
        Assert.Equal(descriptor.Category, row.Groups["category"].Value);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Groups["severity"].Value);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_agrees_with_the_policy_catalogue(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var rule = RuleCatalog.Descriptors.SingleOrDefault(r => r.Id == id);
        Assert.NotNull(rule);
        Assert.Equal(rule.Title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(rule.Description, descriptor.Description.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ToSeverity(rule.Recommended), descriptor.DefaultSeverity);
        Assert.Equal(rule.Recommended != RuleSeverity.None, descriptor.IsEnabledByDefault);
        Assert.Equal(rule.ReportsAtCompilationEnd, descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
    }

    [Fact]
    public void Every_rule_of_the_policy_catalogue_has_an_analyzer()
    {
        Assert.Equal(RuleCatalog.Descriptors.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal), Descriptors.Select(d => d.Id));
    }

    [Fact]
    public void Rule_ids_are_unique_across_analyzers()
    {
        var ids = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly).SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    private static DiagnosticSeverity ToSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
