using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// The CLI writes only its own outputs: an output path that is one of its inputs, a bad value of any option and an
/// output that cannot be written are one line and exit code 2, with the input and the output folder untouched.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string Source = """
        using AiCompliance;

        [assembly: RiskAcceptance("AIC113", Model = "scorer", Approver = "CISO", Until = "2026-12-31", Justification = "Penetration test in Q4.")]

        namespace Contoso;

        [AiModel("scorer", Name = "Scorer", Version = "1.0.0", Kind = ModelKind.Classifier, License = "MIT")]
        [ImpactAssessment("IA-1", Date = "2025-01-10")]
        public sealed class Scorer { }
        """;

    private readonly TempDirectory _directory = new("aic-output-safety");
    private readonly string _assembly;
    private readonly byte[] _assemblyBytes;

    public OutputSafetyTests()
    {
        _assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Contoso.Scoring", Source), _directory.Combine("Contoso.Scoring.dll"));
        _assemblyBytes = File.ReadAllBytes(_assembly);
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("check {0} --sarif {0}", "check: --sarif '{0}' is the assembly to check; choose another output file.")]
    [InlineData("check {0} --baseline {1} --sarif {1}", "check: --sarif '{1}' is the baseline to read; choose another output file.")]
    [InlineData("diff {0} {1} -o {1}", "diff: --out '{1}' is the new assembly; choose another output file.")]
    [InlineData("diff {1} {0} -o {1}", "diff: --out '{1}' is the old assembly; choose another output file.")]
    [InlineData("card {0} --list-file {0}", "card: --list-file '{0}' is the assembly to document; choose another output file.")]
    [InlineData("card {0} --baseline {1} --list-file {1}", "card: --list-file '{1}' is the baseline to read; choose another output file.")]
    [InlineData("card {0} -o {2} --list-file {2}/scorer.md", "card: --list-file '{2}/scorer.md' is a card this command writes; choose another output file.")]
    [InlineData("baseline {1} -o {1}", "baseline: --out '{1}' is the SARIF log to read; choose another output file.")]
    public void An_output_that_is_an_input_is_refused_and_the_input_is_untouched(string arguments, string message)
    {
        var other = _directory.Combine("other.dll");
        File.Copy(_assembly, other);
        var cards = _directory.Combine("cards");
        string[] values = [_assembly, other, cards];
        var spelled = values.Select(v => AlternativeSpelling(v)).ToArray();

        var result = CliRunner.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, spelled.Cast<object>().ToArray()).Split(' '));

        Assert.Equal(2, result.Exit);
        Assert.Equal("aicompliance: error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, spelled.Cast<object>().ToArray()), result.Error.TrimEnd());
        Assert.Equal(_assemblyBytes, File.ReadAllBytes(_assembly));
        Assert.Equal(_assemblyBytes, File.ReadAllBytes(other));
        Assert.False(Directory.Exists(cards));
        Assert.Equal(["Contoso.Scoring.dll", "other.dll"], Directory.GetFileSystemEntries(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_output_folder_where_a_card_would_replace_the_assembly_is_refused()
    {
        // A model whose card name is the assembly's file name: "Contoso.Scoring.dll" in a folder of that name.
        var folder = _directory.Combine("out");
        var named = FixtureCompiler.Emit(
            FixtureCompiler.Compile("Named", Source.Replace("\"scorer\", Name", "\"card\", Name", StringComparison.Ordinal)),
            Path.Combine(folder, "card.md"));
        var bytes = File.ReadAllBytes(named);

        var result = CliRunner.Run("card", named, "--format", "md", "-o", folder);

        Assert.Equal((2, $"aicompliance: error: card: --out '{folder}' would replace '{named}', the assembly to document, with a card; choose another output folder."), (result.Exit, result.Error.TrimEnd()));
        Assert.Equal(bytes, File.ReadAllBytes(named));
    }

    [Fact]
    public void A_list_file_that_cannot_be_written_fails_before_any_card_is_written()
    {
        var blocker = _directory.Combine("blocker");
        File.WriteAllText(blocker, "a file, not a folder");
        var cards = _directory.Combine("cards");

        var result = CliRunner.Run("card", _assembly, "-o", cards, "--list-file", Path.Combine(blocker, "list.txt"));

        Assert.Equal(2, result.Exit);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith($"aicompliance: error: card: --list-file {Path.Combine(blocker, "list.txt")}: cannot write the file (", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cards));
    }

    [Theory]
    [InlineData(new[] { "card", "{0}", "--date", "9999-12-31" }, "card: --date '9999-12-31' is outside 2000-01-01 to 2199-12-31.")]
    [InlineData(new[] { "card", "{0}", "--date", "1999-12-31T23:59:59Z" }, "card: --date '1999-12-31T23:59:59Z' is outside 2000-01-01 to 2199-12-31.")]
    [InlineData(new[] { "card", "{0}", "--max-acceptance-days", "2147483647" }, "card: --max-acceptance-days '2147483647' is more than the maximum of 3660 days.")]
    [InlineData(new[] { "card", "{0}", "-o", "" }, "card: --out is empty; name a folder.")]
    [InlineData(new[] { "card", "{0}", "--list-file", " " }, "card: --list-file is empty; name a file.")]
    [InlineData(new[] { "check", "{0}", "--sarif", "" }, "check: --sarif is empty; name a file.")]
    [InlineData(new[] { "diff", "{0}", "{0}", "-o", "" }, "diff: --out is empty; name a file.")]
    [InlineData(new[] { "baseline", "{0}", "-o", "" }, "baseline: --out is empty; name a file.")]
    [InlineData(new[] { "check", "", }, "the assembly path is empty.")]
    [InlineData(new[] { "check", "{0}", "--mode", "none" }, null)]
    public void Bad_values_are_one_line_with_exit_code_2(string[] arguments, string? message)
    {
        var result = CliRunner.Run(arguments.Select(a => a.Replace("{0}", _assembly, StringComparison.Ordinal)).ToArray());

        if (message is null)
        {
            Assert.Equal(0, result.Exit);
            return;
        }

        Assert.Equal((2, "aicompliance: error: " + message), (result.Exit, result.Error.TrimEnd()));
        Assert.Equal(["Contoso.Scoring.dll"], Directory.GetFileSystemEntries(_directory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_source_date_epoch_after_the_supported_range_is_exit_code_2()
    {
        var environment = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "253402300799" };

        var result = CliRunner.Run(environment, "card", _assembly, "-o", _directory.Combine("cards"));

        Assert.Equal((2, "aicompliance: error: card: SOURCE_DATE_EPOCH '253402300799' (9999-12-31T23:59:59Z) is after 2199-12-31, the latest date a card takes."), (result.Exit, result.Error.TrimEnd()));
        Assert.False(Directory.Exists(_directory.Combine("cards")));
    }

    /// <summary>
    /// Extreme values fed to every option of every command, from a fixed seed: whatever the value, the tool never
    /// crashes (exit 3) and never writes outside the folder it was given; a rejected value is one line with exit 2.
    /// </summary>
    [Fact]
    public void Extreme_values_for_every_option_never_end_in_an_internal_error()
    {
        string[] extremes =
        [
            "", " ", "-", "--", "0", "-1", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "9999-12-31",
            "0001-01-01", "9999-12-31T23:59:59Z", "1999-12-31", "2199-12-31", "2200-01-01", "NaN", "\0", "a\nb", "\u001B[31m",
            "\u202E", "日本語", "con", "nul:", ".", new string('x', 300), "a,b;c", ",", ";",
        ];
        var commands = new Dictionary<string, string[]>
        {
            ["card"] = ["--format", "--out", "--frameworks", "--date", "--max-acceptance-days", "--baseline", "--list-file"],
            ["check"] = ["--mode", "--level", "--frameworks", "--date", "--sarif", "--max-acceptance-days", "--assessment-max-age-days", "--baseline"],
            ["diff"] = ["--format", "--out", "--mode", "--frameworks"],
            ["baseline"] = ["--out"],
        };
        var random = new Random(20260115);
        var work = _directory.Combine("work");
        Directory.CreateDirectory(work);
        var paths = new HashSet<string> { "--out", "--list-file", "--sarif", "--baseline" };

        // Path values go under the work folder (not the current folder, which other tests share); blank ones stay blank.
        string Value(string option, string value) =>
            paths.Contains(option) && !string.IsNullOrWhiteSpace(value) && !value.Contains('\0', StringComparison.Ordinal) ? Path.Combine(work, value) : value;

        foreach (var (command, options) in commands)
        {
            foreach (var option in options)
            {
                // Every extreme once, with a second option and value drawn from the fixed seed.
                foreach (var value in extremes)
                {
                    var args = new List<string> { command, _assembly };
                    if (command == "diff")
                    {
                        args.Add(_assembly);
                    }

                    args.Add(option);
                    args.Add(Value(option, value));
                    var second = options[random.Next(options.Length)];
                    if (second != option)
                    {
                        args.Add(second);
                        args.Add(Value(second, extremes[random.Next(extremes.Length)]));
                    }

                    var result = CliRunner.Run([.. args]);

                    var shown = string.Join(" ", args.Select(a => "[" + a + "]"));
                    Assert.True(result.Exit is 0 or 1 or 2, $"{shown}: exit {result.Exit}: {result.Error}");
                    if (result.Exit == 2)
                    {
                        Assert.True(result.Error.TrimEnd().Split('\n').Length == 1, $"{shown}: {result.Error}");
                    }

                    Assert.Equal(_assemblyBytes, File.ReadAllBytes(_assembly));
                }
            }
        }

        Assert.Equal(["Contoso.Scoring.dll", "work"], Directory.GetFileSystemEntries(_directory.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    // The same file through a path that differs in spelling: "dir/./name" (and, on Windows, upper case).
    private static string AlternativeSpelling(string path)
    {
        var spelled = Path.Combine(Path.GetDirectoryName(path)!, ".", Path.GetFileName(path));
        return OperatingSystem.IsWindows() ? spelled.ToUpperInvariant() : spelled;
    }
}
