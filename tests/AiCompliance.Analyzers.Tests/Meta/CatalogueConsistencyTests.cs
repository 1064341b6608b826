using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>
/// Every analyzer reports the descriptor built from the policy's catalogue, and every rule is documented and tracked
/// for release in the release that introduced it.
/// </summary>
public sealed class CatalogueConsistencyTests
{
    private static readonly IReadOnlyList<DiagnosticAnalyzer> Analyzers = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly)
        .Where(a => a is not DiagnosticSuppressor)
        .ToList();

    private static readonly DiagnosticDescriptor[] Descriptors = Analyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Ids() => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void Every_rule_of_the_catalogue_has_exactly_one_analyzer()
    {
        Assert.Equal(RuleCatalog.Descriptors.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal), Descriptors.Select(d => d.Id));
        Assert.All(Analyzers, a => Assert.Single(a.SupportedDiagnostics));
    }

    [Fact]
    public void Every_analyzer_reports_the_one_descriptor_the_factory_builds_for_its_rule()
    {
        foreach (var analyzer in Analyzers)
        {
            var descriptor = Assert.Single(analyzer.SupportedDiagnostics);
            Assert.Same(DiagnosticDescriptors.For(RuleCatalog.FindDescriptor(descriptor.Id)!), descriptor);
            if (analyzer is PolicyRuleAnalyzer policyAnalyzer)
            {
                Assert.Same(policyAnalyzer.Rule.Descriptor, RuleCatalog.FindDescriptor(descriptor.Id));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_descriptor_carries_the_catalogue_metadata_with_the_recommended_severity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var rule = RuleCatalog.FindDescriptor(id)!;
        Assert.Equal(rule.Title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(rule.Description, descriptor.Description.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(RuleDescriptor.HelpBaseUri + id + ".md", descriptor.HelpLinkUri);
        Assert.Equal(ToSeverity(rule.Recommended), descriptor.DefaultSeverity);
        Assert.Equal(rule.Recommended != RuleSeverity.None, descriptor.IsEnabledByDefault);
        Assert.Equal(rule.ReportsAtCompilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : Array.Empty<string>(), descriptor.CustomTags);
    }

    [Fact]
    public void Rules_checked_on_the_whole_assembly_are_tagged_as_reported_at_compilation_end()
    {
        foreach (var analyzer in Analyzers.OfType<PolicyRuleAnalyzer>())
        {
            Assert.True(
                analyzer.Rule.ChecksAssembly == analyzer.Rule.Descriptor.ReportsAtCompilationEnd,
                $"{analyzer.Rule.Descriptor.Id}: ChecksAssembly is {analyzer.Rule.ChecksAssembly}, ReportsAtCompilationEnd {analyzer.Rule.Descriptor.ReportsAtCompilationEnd}.");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_has_a_page_with_the_standard_sections(string id)
    {
        var page = RepositoryRoot.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing.");
        var text = File.ReadAllText(page);
        foreach (var heading in new[] { "## Cause", "## Why it matters", "## How to fix", "## Example", "## Configuration" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The release files list each rule under the release that introduced it: in Shipped.md under that release's heading,
    /// or in Unshipped.md while that release is the one the repository builds (Directory.Build.props).
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_is_tracked_in_the_release_that_introduced_it_with_its_category_and_severity(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var rule = RuleCatalog.FindDescriptor(id)!;
        var rows = TrackedRules().Where(r => r.Id == id).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
        if (row.Release is { } shipped)
        {
            Assert.Equal(rule.IntroducedIn, shipped);
        }
        else
        {
            Assert.Equal(BuiltVersion(), rule.IntroducedIn);
        }
    }

    [Fact]
    public void The_release_files_track_only_rules_of_the_catalogue_and_the_built_version_is_not_shipped_yet_while_it_has_unshipped_rules()
    {
        var tracked = TrackedRules();
        Assert.All(tracked, row => Assert.NotNull(RuleCatalog.FindDescriptor(row.Id)));
        if (tracked.Any(row => row.Release is null))
        {
            Assert.DoesNotContain(BuiltVersion(), tracked.Select(row => row.Release));
        }
    }

    private static List<(string Id, string Category, string Severity, string? Release)> TrackedRules()
    {
        var result = new List<(string, string, string, string?)>();
        Read("AnalyzerReleases.Shipped.md", shipped: true);
        Read("AnalyzerReleases.Unshipped.md", shipped: false);
        return result;

        void Read(string file, bool shipped)
        {
            string? release = null;
            var newRules = false;
            foreach (var line in File.ReadAllLines(RepositoryRoot.Combine("analyzers", "AiCompliance.Analyzers", file)))
            {
                if (line.StartsWith("## Release ", StringComparison.Ordinal))
                {
                    release = line["## Release ".Length..].Trim();
                }
                else if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    newRules = line.Trim() == "### New Rules";
                }
                else if (newRules && Regex.Match(line, @"^(?<id>AIC\d{3})\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>[^|]+?)\s*\|") is { Success: true } row)
                {
                    Assert.True(!shipped || release is not null, $"{row.Groups["id"].Value} is in {file} outside a '## Release' section.");
                    result.Add((row.Groups["id"].Value, row.Groups["category"].Value, row.Groups["severity"].Value, shipped ? release : null));
                }
            }
        }
    }

    /// <summary>The version the repository builds: the release its unshipped rules will ship in.</summary>
    private static string BuiltVersion() =>
        XDocument.Load(RepositoryRoot.Combine("Directory.Build.props")).Descendants("VersionPrefix").Single().Value.Trim();

    private static DiagnosticSeverity ToSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
