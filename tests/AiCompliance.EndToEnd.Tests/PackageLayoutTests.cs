using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using AiCompliance.Testing;

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

    [Theory]
    [InlineData("AiCompliance")]
    [InlineData("AiCompliance.Cli")]
    public void Both_packages_carry_a_128_pixel_png_icon_that_the_nuspec_names(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(_feed.Feed, $"{id}.{_feed.Version}.nupkg"));
        var nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        Assert.Equal("icon.png", nuspec.Root.Element(ns + "metadata")!.Element(ns + "icon")?.Value);

        using var icon = new MemoryStream();
        using (var entry = package.GetEntry("icon.png")!.Open())
        {
            entry.CopyTo(icon);
        }

        var bytes = icon.ToArray();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal((128, 128), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
    }

    [Fact]
    public void Every_analyzer_dll_carries_its_pdb_embedded()
    {
        using var package = ZipFile.OpenRead(PackagePath());
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal) && !IsSatellite(e.FullName)).ToList();

        Assert.Equal(["AiCompliance.Analyzers.dll", "AiCompliance.CodeFixes.dll", "AiCompliance.Policy.dll"], analyzers.Select(e => e.Name).Order(StringComparer.Ordinal));
        foreach (var entry in analyzers)
        {
            using var copy = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
            var embedded = pe.ReadDebugDirectory().Where(d => d.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
            Assert.True(embedded.Count == 1, entry.Name + " has no embedded PDB.");
            using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
            Assert.NotEmpty(pdb.GetMetadataReader().Documents);
        }
    }

    [Fact]
    public void Every_translation_in_the_repository_is_packed_as_a_satellite_assembly_next_to_the_analyzers()
    {
        using var package = ZipFile.OpenRead(PackagePath());
        var satellites = package.Entries.Select(e => e.FullName).Where(IsSatellite).Order(StringComparer.Ordinal);

        var expected = new[] { ("sdk/AiCompliance.Policy/Resources", "RuleTexts", "AiCompliance.Policy"), ("analyzers/AiCompliance.CodeFixes/Resources", "CodeFixTexts", "AiCompliance.CodeFixes") }
            .SelectMany(source => Directory.GetFiles(RepositoryRoot.Combine(source.Item1.Split('/')), source.Item2 + ".*.resx")
                .Select(resx => Path.GetFileNameWithoutExtension(resx)[(source.Item2.Length + 1)..])
                .Select(culture => $"analyzers/dotnet/cs/{culture}/{source.Item3}.resources.dll"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, satellites);
        Assert.Contains("analyzers/dotnet/cs/ja/AiCompliance.Policy.resources.dll", satellites);
        Assert.Contains("analyzers/dotnet/cs/fil/AiCompliance.CodeFixes.resources.dll", satellites);
    }

    private static bool IsSatellite(string entry) =>
        entry.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && entry.EndsWith(".resources.dll", StringComparison.Ordinal);

    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private string PackagePath() => Path.Combine(_feed.Feed, $"AiCompliance.{_feed.Version}.nupkg");
}
