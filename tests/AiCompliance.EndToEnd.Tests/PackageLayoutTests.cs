using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>The package has the layout users and tools expect: one package with attributes, analyzers and build logic.</summary>
[Collection(PackedFeed.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFeedFixture _feed;

    public PackageLayoutTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public void The_package_carries_the_attributes_the_analyzers_and_the_build_integration()
    {
        using var package = ZipFile.OpenRead(PackagePath());
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        string[] required =
        [
            "lib/netstandard2.0/AiCompliance.dll",
            "lib/netstandard2.0/AiCompliance.xml",
            "analyzers/dotnet/cs/AiCompliance.Analyzers.dll",
            "analyzers/dotnet/cs/AiCompliance.CodeFixes.dll",
            "analyzers/dotnet/cs/AiCompliance.Policy.dll",
            "build/AiCompliance.props",
            "build/AiCompliance.targets",
            "build/AiCompliance.RuleReleases.props",
            "buildTransitive/AiCompliance.props",
            "buildTransitive/AiCompliance.targets",
            "config/aicompliance.none.globalconfig",
            "config/aicompliance.minimal.globalconfig",
            "config/aicompliance.recommended.globalconfig",
            "config/aicompliance.strict.globalconfig",
            "README.md",
            "tools/aicompliance/AiCompliance.Cli.dll",
            "tools/aicompliance/AiCompliance.Cli.runtimeconfig.json",
            "tools/aicompliance/AiCompliance.Cli.deps.json",
            "tools/aicompliance/AiCompliance.ModelCards.dll",
            "tools/aicompliance/AiCompliance.Policy.dll",
        ];
        var missing = required.Where(r => !entries.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "Missing from the package: " + string.Join(", ", missing));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Analyzers", StringComparison.Ordinal));
    }

    [Fact]
    public void The_files_derived_from_the_rule_catalogue_are_packed_where_the_build_targets_look()
    {
        using var package = ZipFile.OpenRead(PackagePath());

        var strict = Read(package, "config/aicompliance.strict.globalconfig");
        Assert.Contains("is_global = true\n", strict, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.AIC101.severity = error\n", strict, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.AIC101.severity = none\n", Read(package, "config/aicompliance.none.globalconfig"), StringComparison.Ordinal);
        var releases = XDocument.Parse(Read(package, "build/AiCompliance.RuleReleases.props"));
        Assert.Contains(releases.Root!.Descendants("_AiComplianceRuleRelease"), e => (string?)e.Attribute("Include") == "AIC101" && (string?)e.Attribute("IntroducedIn") == "0.1.0");
    }

    [Fact]
    public void The_nuspec_declares_a_licence_a_readme_and_is_not_a_development_dependency()
    {
        using var package = ZipFile.OpenRead(PackagePath());
        var nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("AiCompliance", metadata.Element(ns + "id")?.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.NotEqual("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
    }

    [Fact]
    public void A_symbol_package_is_produced_next_to_the_package() =>
        Assert.True(File.Exists(Path.ChangeExtension(PackagePath(), ".snupkg")), "The .snupkg is missing.");

    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private string PackagePath() => Path.Combine(_feed.Feed, $"AiCompliance.{_feed.Version}.nupkg");
}
