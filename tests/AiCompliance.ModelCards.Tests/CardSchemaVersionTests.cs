using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>The JSON card has one schema version: the writer's, the schema's and the one every doc page states.</summary>
public sealed partial class CardSchemaVersionTests
{
    [GeneratedRegex(@"`schemaVersion` `(?<version>[0-9.]+)`")]
    private static partial Regex StatedVersion();

    [Fact]
    public void The_schema_and_every_doc_page_state_the_version_the_writer_writes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine("docs", "schema", "model-card.schema.json")));
        Assert.Equal(GeneratorInfo.CardFormatVersion, schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString());

        var pages = Directory.EnumerateFiles(RepositoryRoot.Combine("docs"), "*.md", SearchOption.AllDirectories)
            .Append(RepositoryRoot.Combine("README.md"))
            .ToList();
        var stated = pages
            .SelectMany(page => StatedVersion().Matches(File.ReadAllText(page)).Select(m => (Page: Path.GetFileName(page), Version: m.Groups["version"].Value)))
            .ToList();

        Assert.Contains(stated, s => s.Page == "model-cards.md");
        Assert.All(stated, s => Assert.True(s.Version == GeneratorInfo.CardFormatVersion, $"{s.Page} states schemaVersion {s.Version}, the writer writes {GeneratorInfo.CardFormatVersion}"));
    }
}
