using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// The JSON files the CLI writes are files of their own, never inlined into HTML: they escape only what JSON requires,
/// so an apostrophe or a plus sign reads as written; control characters stay escaped.
/// </summary>
public sealed class JsonEscapingTests
{
    private const string Source = """
        using AiCompliance;

        [AiModel("scorer", Name = "Women's health <triage> & co", License = "GPL-2.0+", Description = "bell\u0007")]
        [AccountableOwner("Women's Health", Contact = "a+b@example.com")]
        public sealed class Scorer { }
        """;

    [Fact]
    public void Json_card_bom_sarif_and_diff_write_apostrophes_and_plus_signs_plainly()
    {
        using var directory = new TempDirectory("aic-json-escaping");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Clinic.Models", Source), directory.Combine("Clinic.Models.dll"));
        var cards = directory.Combine("cards");
        Assert.Equal(0, CliRunner.Run("card", assembly, "--format", "json,cdx", "-o", cards).Exit);
        CliRunner.Run("check", assembly, "--sarif", directory.Combine("check.sarif"));
        var old = FixtureCompiler.Emit(FixtureCompiler.Compile("Clinic.Models", Source.Replace("\"Women's Health\"", "\"Clinic+Ops\"", StringComparison.Ordinal)), directory.Combine("old/Clinic.Models.dll"));
        CliRunner.Run("diff", old, assembly, "--format", "json", "-o", directory.Combine("diff.json"));

        string[] files = [Path.Combine(cards, "scorer.json"), Path.Combine(cards, "Clinic.Models.cdx.json"), directory.Combine("check.sarif"), directory.Combine("diff.json")];
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            using var parsed = JsonDocument.Parse(text);
            Assert.True(text.Contains('\'', StringComparison.Ordinal), file + ":\n" + text);
            Assert.DoesNotContain(@"\u0027", text, StringComparison.Ordinal);
            Assert.DoesNotContain(@"\u002B", text, StringComparison.Ordinal);
            Assert.DoesNotContain(@"\u0026", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u0007', text);
        }

        var card = File.ReadAllText(files[0]);
        Assert.Contains("\"GPL-2.0+\"", card, StringComparison.Ordinal);
        Assert.Contains("\"Women's health <triage> & co\"", card, StringComparison.Ordinal);
        Assert.Contains(@"bell\u0007", card, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(card);
        Assert.Equal("a+b@example.com", json.RootElement.GetProperty("accountableOwner").GetProperty("contact").GetString());
    }
}
