using System;
using System.IO;
using System.Linq;
using AiCompliance.ModelCards.Localization;

namespace AiCompliance.Cli.Tests;

/// <summary><c>aicompliance card --language</c>: one Markdown and HTML card per language, JSON and CycloneDX once; an unknown language writes nothing.</summary>
public sealed class CardLanguageTests
{
    private const string Source = """
        using AiCompliance;

        namespace Bank;

        [AiModel("credit-scorer", Description = "Chấm điểm hồ sơ vay")] public sealed class A { }
        [AiModel("credit-scorer.ja")] public sealed class B { }
        """;

    [Fact]
    public void Each_language_gets_its_markdown_and_html_card_and_the_list_file_names_them_all()
    {
        using var directory = new TempDirectory("aic-card-languages");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Bank.Models", Source), directory.Combine("Bank.Models.dll"));

        var result = CliRunner.Run("card", assembly, "--language", "vi+ja", "--language", "en", "--format", "md,html,json", "-o", directory.Combine("cards"), "--list-file", directory.Combine("cards.txt"));

        Assert.Equal((0, ""), (result.Exit, result.Error));
        // credit-scorer.ja ends in a card language: its cards are hashed, so they never take credit-scorer's Japanese card.
        var written = Directory.GetFiles(directory.Combine("cards")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "credit-scorer.html", "credit-scorer.ja-038a8e3b.html", "credit-scorer.ja-038a8e3b.ja.html", "credit-scorer.ja-038a8e3b.ja.md",
                "credit-scorer.ja-038a8e3b.json", "credit-scorer.ja-038a8e3b.md", "credit-scorer.ja-038a8e3b.vi.html", "credit-scorer.ja-038a8e3b.vi.md",
                "credit-scorer.ja.html", "credit-scorer.ja.md", "credit-scorer.json", "credit-scorer.md", "credit-scorer.vi.html", "credit-scorer.vi.md",
            ],
            written);
        Assert.Equal(
            Directory.GetFiles(directory.Combine("cards")).Order(StringComparer.Ordinal),
            File.ReadAllLines(directory.Combine("cards.txt")).Order(StringComparer.Ordinal));
        Assert.Contains("<html lang=\"vi\">", File.ReadAllText(directory.Combine("cards/credit-scorer.vi.html")), StringComparison.Ordinal);
        Assert.Contains("Chấm điểm hồ sơ vay", File.ReadAllText(directory.Combine("cards/credit-scorer.ja.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("notice", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jp", "'jp'")]
    [InlineData("en,xx;ja+yy", "'xx', 'yy'")]
    public void An_unknown_language_is_one_line_with_exit_code_2_and_no_card_written(string languages, string named)
    {
        using var directory = new TempDirectory("aic-card-languages");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Bank.Models", Source), directory.Combine("Bank.Models.dll"));

        var result = CliRunner.Run("card", assembly, "--language", languages, "-o", directory.Combine("cards"));

        Assert.Equal(2, result.Exit);
        Assert.Equal($"aicompliance: error: card: unknown card language {named}. Languages: {string.Join(", ", CardLanguages.Tags)}.", result.Error.TrimEnd());
        Assert.Equal("", result.Out);
        Assert.False(Directory.Exists(directory.Combine("cards")));
    }

    [Fact]
    public void The_help_lists_the_languages()
    {
        var help = CliRunner.Run("card", "--help").Out;

        Assert.Contains("--language", help, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", CardLanguages.Tags), help, StringComparison.Ordinal);
    }
}
