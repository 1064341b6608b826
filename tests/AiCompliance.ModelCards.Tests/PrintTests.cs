using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Localization;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The CreditScoring sample's HTML card printed by headless Chromium: within the page budget docs/model-cards.md states,
/// and no page mostly blank (page breaks avoided inside tables rows, charts and fact lists, never after a heading); and
/// the cards in Japanese, Vietnamese and Thai printed without a missing glyph.
/// </summary>
[Collection(Name)]
public sealed class PrintTests
{
    /// <summary>
    /// Chromium takes the machine's cores for seconds: the test runs alone, after the parallel ones, so it slows none of
    /// them (CorruptAssemblyTests measures its slowest variant).
    /// </summary>
    public const string Name = "Printing, alone";

    /// <summary>The budget docs/model-cards.md gives for the CreditScoring card on A4.</summary>
    private const int PageBudget = 12;

    /// <summary>Every page but the last holds at least this share of the median page's text.</summary>
    private const double MinimumShareOfMedianPage = 0.4;

    [ChromiumFact]
    public void The_credit_scoring_card_prints_within_its_page_budget_without_mostly_blank_pages()
    {
        Assert.True(Tools.Missing.Count == 0, "Missing under CI: " + string.Join(", ", Tools.Missing) + "; .ci/run installs them.");
        var assembly = RepositoryRoot.Combine("samples", "CreditScoring", "bin", SampleTests.Configuration, "net10.0", "CreditScoring.dll");
        var card = CardFiles.Files(assembly, new ModelCardOptions { Formats = [CardFormats.Html] }).Single(f => f.Name.StartsWith("credit-risk-scorer", StringComparison.Ordinal));
        var directory = Directory.CreateTempSubdirectory("aicompliance-print-").FullName;
        try
        {
            Print(card.Content, directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// The Japanese, Vietnamese and Thai cards come out of the PDF as text: the translated headings and the declared
    /// text in each script, so no glyph was missing (a glyph no font has prints as a box, which extracts as nothing).
    /// Whitespace is ignored and both sides are NFC: Thai has no spaces between words, and line breaks fall anywhere.
    /// </summary>
    [ChromiumFact]
    public void The_japanese_vietnamese_and_thai_cards_print_with_every_glyph()
    {
        Assert.True(Tools.Missing.Count == 0, "Missing under CI: " + string.Join(", ", Tools.Missing) + "; .ci/run installs them.");
        using var assemblies = new TestAssemblies();
        var files = CardFiles.Generate(assemblies.Localized.Path, new ModelCardOptions { Formats = [CardFormats.Html], Languages = CardLanguages.Parse("ja,vi,th", out _) });
        string[] declared = ["市民ヘルパー", "市民の質問に答えます。", "Trả lời câu hỏi của người dân về thủ tục hành chính", "คำตอบนี้สร้างโดยระบบ AI"];
        foreach (var tag in new[] { "ja", "vi", "th" })
        {
            var texts = CardLanguages.Find(tag)!.Texts;
            var directory = Directory.CreateTempSubdirectory("aicompliance-print-" + tag + "-").FullName;
            try
            {
                var pdf = PrintToPdf(files["helper." + tag + ".html"], directory);
                var printed = Comparable(Run("pdftotext", pdf, "-"));
                var expected = new[] { "Heading.ModelDetails", "Heading.HumanOversight", "Heading.Coverage", "Column.Clause", "Status.missing" }.Select(k => texts[k]).Concat(declared);
                Assert.All(expected, text => Assert.True(printed.Contains(Comparable(text), StringComparison.Ordinal), $"'{text}' is not in the {tag} card's PDF text."));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static string Comparable(string text) => string.Concat(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));

    private static string PrintToPdf(byte[] card, string directory)
    {
        var html = Path.Combine(directory, "card.html");
        var pdf = Path.Combine(directory, "card.pdf");
        File.WriteAllBytes(html, card);
        Run(Tools.Chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + Path.Combine(directory, "profile"), "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri);
        return pdf;
    }

    private static void Print(byte[] card, string directory)
    {
        var pdf = PrintToPdf(card, directory);
        var pages = int.Parse(Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
        var characters = Enumerable.Range(1, pages).Select(page => Run("pdftotext", "-f", Text(page), "-l", Text(page), pdf, "-").Count(c => !char.IsWhiteSpace(c))).ToList();

        Assert.InRange(pages, 2, PageBudget);
        Assert.Contains("Credit risk", Run("pdftotext", "-l", "1", pdf, "-"), StringComparison.OrdinalIgnoreCase);
        var median = characters.Order().ElementAt(characters.Count / 2);
        for (var page = 0; page < pages - 1; page++)
        {
            Assert.True(characters[page] >= MinimumShareOfMedianPage * median, $"Page {page + 1} of {pages} is mostly blank: {characters[page]} characters, the median page has {median} ({string.Join(", ", characters)}).");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        // A guard against a browser that never exits, not a measurement.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(file + " did not finish within 3 minutes.");
        }

        Assert.True(process.ExitCode == 0, file + " exited with " + process.ExitCode + ": " + error.Result);
        return output;
    }
}

[CollectionDefinition(PrintTests.Name, DisableParallelization = true)]
public sealed class PrintingAlone
{
}

/// <summary>
/// A fact that needs Chromium and poppler-utils (pdfinfo, pdftotext). Skipped when one is missing outside CI; under CI
/// (the CI variable set, as .ci/run does, which installs them) it runs, and fails if they are missing.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && Tools.Missing.Count > 0)
        {
            Skip = "Needs " + string.Join(", ", Tools.Missing) + " (apt-get install chromium poppler-utils; .ci/run installs them and CI runs this test).";
        }
    }
}

internal static class Tools
{
    /// <summary>The Chromium executable on the PATH, or null.</summary>
    public static string? Chromium { get; } = new[] { "chromium", "chromium-browser" }.FirstOrDefault(OnPath);

    public static IReadOnlyList<string> Missing { get; } =
        (Chromium is null ? ["chromium"] : Array.Empty<string>()).Concat(new[] { "pdfinfo", "pdftotext" }.Where(tool => !OnPath(tool))).ToList();

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, name)));
}
