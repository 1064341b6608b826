using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.Cli;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>The aicompliance command: output, one-line errors, exit codes, and no partial output.</summary>
[Collection(CompiledAssemblies.Name)]
public sealed class CliTests
{
    private readonly TestAssemblies _assemblies;

    public CliTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private static (int Exit, string Out, string Error) Run(Dictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = new CliApplication(output, error, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null).Run(args);
        return (exit, output.ToString(), error.ToString());
    }

    private static (int Exit, string Out, string Error) Run(params string[] args) => Run(null, args);

    private static void AssertOneLineError((int Exit, string Out, string Error) result, string contains)
    {
        Assert.Equal(2, result.Exit);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aicompliance: error: ", line, StringComparison.Ordinal);
        Assert.Contains(contains, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_writes_every_format_and_lists_the_files()
    {
        var output = Path.Combine(_assemblies.NewDirectory("cli"), "cards");
        var list = Path.Combine(_assemblies.NewDirectory("cli-list"), "files.txt");

        var result = Run("card", _assemblies.Full.Path, "--out", output, "--list-file", list);

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Error);
        Assert.StartsWith("aicompliance: notice: models Contoso.Models.CreditRiskScorer and Contoso.Models.DuplicateId share the id 'credit-risk-scorer'", result.Out, StringComparison.Ordinal);
        var expected = CardFiles.Generate(_assemblies.Full.Path).Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Contains($"wrote {expected.Count} files for 11 models to {output}", result.Out, StringComparison.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Directory.GetFiles(output).Order(StringComparer.Ordinal), File.ReadAllLines(list).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Card_honours_format_frameworks_and_source_date_epoch()
    {
        var output = _assemblies.NewDirectory("cli-options");

        var result = Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1768435200" }, "card", _assemblies.Full.Path, "-o", output, "--format", "json;cdx", "--frameworks", "asean-guide-2024", "--quiet");

        Assert.Equal((0, "", ""), result);
        var expected = CardFiles.Files(_assemblies.Full.Path, new ModelCardOptions { Formats = [CardFormats.Json, CardFormats.CycloneDx] }).Select(f => f.Name);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var card = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "bare.json")));
        Assert.Equal("2026-01-15T00:00:00Z", card.RootElement.GetProperty("date").GetString());
        Assert.Equal("asean-guide-2024", Assert.Single(card.RootElement.GetProperty("compliance").GetProperty("frameworks").EnumerateArray()).GetProperty("id").GetString());

        var dated = _assemblies.NewDirectory("cli-date");
        Assert.Equal(0, Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1768435200" }, "card", _assemblies.Full.Path, "-o", dated, "--date", "2027-02-03", "-q").Exit);
        using var explicitDate = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dated, "bare.json")));
        Assert.Equal("2027-02-03T00:00:00Z", explicitDate.RootElement.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("--format=md,cdx")]
    [InlineData("--format", "md,cdx")]
    [InlineData("--format", "cdx", "-f", "md")]
    [InlineData("-f:markdown", "--formats=CycloneDX")]
    [InlineData("--format", "md cdx")]
    public void The_format_option_takes_lists_joined_values_aliases_and_repetition(params string[] format)
    {
        var output = _assemblies.NewDirectory("cli-format");

        var result = Run(["card", _assemblies.Full.Path, "-o", output, "-q", .. format]);

        Assert.Equal((0, "", ""), result);
        var expected = CardFiles.Files(_assemblies.Full.Path, new ModelCardOptions { Formats = [CardFormats.Markdown, CardFormats.CycloneDx] }).Select(f => f.Name);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Arguments_can_come_from_a_response_file()
    {
        var output = _assemblies.NewDirectory("cli-rsp");
        var responseFile = Path.Combine(_assemblies.NewDirectory("cli-rsp-file"), "card.rsp");
        File.WriteAllText(responseFile, $"# the cards of the release\ncard\n\"{_assemblies.Full.Path}\"\n--format json\n--out \"{output}\"\n--quiet\n");

        Assert.Equal((0, "", ""), Run("@" + responseFile));
        Assert.Equal(11, Directory.GetFiles(output).Length);
        Assert.All(Directory.GetFiles(output), f => Assert.EndsWith(CardFormats.Json.Extension, f, StringComparison.Ordinal));

        AssertOneLineError(Run("@" + responseFile + ".missing"), "card.rsp.missing");
    }

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        var first = _assemblies.NewDirectory("run1");
        var second = _assemblies.NewDirectory("run2");
        Assert.Equal(0, Run("card", _assemblies.Full.Path, "-o", first, "-q").Exit);
        Assert.Equal(0, Run("card", _assemblies.Full.Path, "-o", second, "-q").Exit);

        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, name!))), name);
        }
    }

    [Fact]
    public void A_missing_path_is_a_one_line_input_error_and_writes_nothing()
    {
        var output = Path.Combine(_assemblies.Root, "never-created");
        AssertOneLineError(Run("card", Path.Combine(_assemblies.Root, "missing.dll"), "-o", output), "missing.dll: no such file.");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_text_file_a_garbage_file_and_a_truncated_assembly_are_one_line_input_errors()
    {
        var directory = _assemblies.NewDirectory("bad-inputs");
        var text = Path.Combine(directory, "notes.txt");
        File.WriteAllText(text, "Just some notes.\nNothing to see.\n");
        var garbage = Path.Combine(directory, "native.dll");
        File.WriteAllBytes(garbage, [(byte)'M', (byte)'Z', .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
        var truncated = Path.Combine(directory, "truncated.dll");
        var image = File.ReadAllBytes(_assemblies.Full.Path);
        File.WriteAllBytes(truncated, image[..(image.Length / 2)]);
        var output = Path.Combine(directory, "out");

        AssertOneLineError(Run("card", text, "-o", output), "notes.txt: not a .NET assembly (not a PE file");
        AssertOneLineError(Run("card", garbage, "-o", output), "native.dll: not a .NET assembly");
        AssertOneLineError(Run("card", truncated, "-o", output), "truncated.dll: ");
        AssertOneLineError(Run("card", directory, "-o", output), "is a directory");
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_assembly_without_models_is_a_notice_with_success_and_no_files()
    {
        var output = Path.Combine(_assemblies.Root, "no-models-out");
        var result = Run("card", _assemblies.NoModels.Path, "-o", output);

        Assert.Equal(0, result.Exit);
        Assert.Equal("aicompliance: notice: Contoso.NoModels.dll declares no model ([AiModel]); no card written.", result.Out.TrimEnd());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_failure_to_write_leaves_no_partial_output()
    {
        var output = _assemblies.NewDirectory("blocked");
        Directory.CreateDirectory(Path.Combine(output, "deep.json")); // a folder where a card must go

        AssertOneLineError(Run("card", _assemblies.Full.Path, "-o", output), "deep.json: is a folder");
        Assert.Equal(new[] { "deep.json" }, Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("card")]
    [InlineData("card", "a.dll", "b.dll")]
    [InlineData("card", "a.dll", "--format", "pdf")]
    [InlineData("card", "a.dll", "--format")]
    [InlineData("card", "a.dll", "--format", ",")]
    [InlineData("card", "a.dll", "--format", "md", "--format", "pdf")]
    [InlineData("card", "a.dll", "--out", "x", "--out", "y")]
    [InlineData("card", "a.dll", "--version")]
    [InlineData("card", "a.dll", "--frameworks", "no-such-framework")]
    [InlineData("card", "a.dll", "--date", "tomorrow")]
    [InlineData("card", "a.dll", "--colour")]
    [InlineData("publish")]
    [InlineData("rules", "extra")]
    [InlineData("frameworks", "no-such-framework")]
    [InlineData("help", "nothing")]
    public void Usage_errors_exit_with_2_and_one_line(params string[] args)
    {
        var result = Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.StartsWith("aicompliance: error: ", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_source_date_epoch_is_a_usage_error()
    {
        var result = Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, "card", _assemblies.Full.Path, "-o", _assemblies.NewDirectory("epoch"));
        AssertOneLineError(result, "SOURCE_DATE_EPOCH");
    }

    [Fact]
    public void Help_version_rules_and_frameworks_print_the_catalogue()
    {
        // The standard help (System.CommandLine): commands with their arguments, options with their value names.
        var main = Run("--help");
        Assert.StartsWith("aicompliance: ", main.Out, StringComparison.Ordinal);
        Assert.Contains("  card <assembly.dll>  ", main.Out, StringComparison.Ordinal);
        Assert.Equal(main.Out, Run("-?").Out);
        Assert.Contains("--frameworks <IDS>", Run("help", "card").Out, StringComparison.Ordinal);
        Assert.Equal(Run("help", "card").Out, Run("card", "--help").Out);
        Assert.Contains($"-f, --format, --formats <LIST>  Formats: {string.Join(", ", CardFormats.Names)} or all;", Run("card", "--help").Out, StringComparison.Ordinal);
        Assert.Equal(GeneratorInfo.Version, Run("--version").Out.Trim());
        var none = Run();
        Assert.Equal(2, none.Exit);
        Assert.Contains("Usage:", none.Error, StringComparison.Ordinal);

        var rules = Run("rules");
        Assert.Equal(0, rules.Exit);
        foreach (var rule in Policy.Rules.RuleCatalog.Descriptors)
        {
            Assert.Contains(rule.Id + " ", rules.Out, StringComparison.Ordinal);
        }

        var frameworks = Run("frameworks");
        Assert.Equal(0, frameworks.Exit);
        foreach (var framework in Policy.Frameworks.FrameworkCatalog.All)
        {
            Assert.Contains(framework.Id, frameworks.Out, StringComparison.Ordinal);
        }

        var one = Run("frameworks", "asean-japan-2026");
        Assert.Equal(0, one.Exit);
        Assert.StartsWith("asean-japan-2026: ", one.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_tool_runs_out_of_process_with_the_same_exit_codes()
    {
        // The CLI's own build output, as the package ships it (the test references the project, so it is built).
        var configuration = typeof(CliTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false).Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var tool = RepositoryRoot.Combine("sdk", "AiCompliance.Cli", "bin", configuration, "net8.0", "AiCompliance.Cli.dll");
        Assert.True(File.Exists(tool), tool);
        var output = _assemblies.NewDirectory("process");

        var ok = await ProcessRunner.RunAsync("dotnet", ["exec", tool, "card", _assemblies.Full.Path, "--out", output, "--format", "md", "-q"], output);
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Equal(11, Directory.GetFiles(output, "*.md").Length);

        var missing = await ProcessRunner.RunAsync("dotnet", ["exec", tool, "card", Path.Combine(output, "missing.dll")], output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"aicompliance: error: {Path.Combine(output, "missing.dll")}: no such file.", missing.StandardError.Trim());
    }
}
