using System.Linq;
using AiCompliance.ModelCards;
using AiCompliance.ModelCards.Formats;

namespace AiCompliance.Cli.Tests;

/// <summary>Every command parses its arguments the same way and says what is wrong in one line, with exit code 2.</summary>
public sealed class ArgumentTests
{
    [Theory]
    [InlineData(new[] { "card", "--bogus" }, "aicompliance: error: card: unknown option '--bogus'. Run 'aicompliance card --help'.")]
    [InlineData(new[] { "check", "a.dll", "-x" }, "aicompliance: error: check: unknown option '-x'. Run 'aicompliance check --help'.")]
    [InlineData(new[] { "diff", "--format" }, "aicompliance: error: --format needs a value.")]
    [InlineData(new[] { "check", "--mode", "--sarif", "x.sarif" }, "aicompliance: error: --mode needs a value.")]
    [InlineData(new[] { "card", "a.dll", "b.dll" }, "aicompliance: error: card: one assembly at a time ('a.dll' and 'b.dll' given).")]
    [InlineData(new[] { "check", "a.dll", "b.dll" }, "aicompliance: error: check: one assembly at a time ('a.dll' and 'b.dll' given).")]
    [InlineData(new[] { "diff", "a.dll", "b.dll", "c.dll" }, "aicompliance: error: diff: two assemblies, old then new ('c.dll' is a third).")]
    [InlineData(new[] { "publish" }, "aicompliance: error: unknown command 'publish'. Commands: card, check, baseline, diff, rules, frameworks. Run 'aicompliance --help'.")]
    [InlineData(new[] { "--colour" }, "aicompliance: error: unknown option '--colour'. Run 'aicompliance --help'.")]
    [InlineData(new[] { "check", "a.dll", "--mode=lenient" }, "aicompliance: error: check: unknown mode 'lenient'. Modes: none, minimal, recommended, strict.")]
    [InlineData(new[] { "check", "a.dll", "--sarif", "x.sarif", "--sarif", "y.sarif" }, "aicompliance: error: check: Option '--sarif' expects a single argument but 2 were provided.")]
    [InlineData(new[] { "diff", "a.dll", "b.dll", "--format", "html" }, "aicompliance: error: diff: unknown format 'html'. Formats: md, json.")]
    [InlineData(new[] { "@no-such-file.rsp" }, "aicompliance: error: Response file not found 'no-such-file.rsp'.")]
    public void Usage_errors_are_one_line_with_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.Equal(message, result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void An_unknown_card_format_is_one_line_listing_the_registry_formats()
    {
        var result = CliRunner.Run("card", "a.dll", "--format=pdf,md");

        Assert.Equal(2, result.Exit);
        Assert.Equal($"aicompliance: error: card: unknown format 'pdf'. Formats: {string.Join(", ", CardFormats.Names)}.", result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Check_takes_every_policy_mode_in_any_case_as_the_build_does()
    {
        var modes = System.Enum.GetValues<Policy.ComplianceMode>().ToList();
        Assert.Contains(Policy.ComplianceMode.None, modes);
        Assert.NotEmpty(modes);
        foreach (var mode in modes)
        {
            var result = CliRunner.Run("check", "missing.dll", "--mode", mode.ToString().ToUpperInvariant());

            Assert.Equal((2, "aicompliance: error: missing.dll: no such file."), (result.Exit, result.Error.TrimEnd()));
        }

        var names = modes.Select(m => m.ToString().ToLowerInvariant()).ToList();
        Assert.Contains($"{string.Join(", ", names.SkipLast(1))} or {names[^1]} (default: recommended)", CliRunner.Run("check", "--help").Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_tools_and_takes_no_other_argument()
    {
        Assert.Equal((0, GeneratorInfo.Version), (CliRunner.Run("--version").Exit, CliRunner.Run("--version").Out.TrimEnd()));
        Assert.Equal(2, CliRunner.Run("card", "--version").Exit);
    }

    [Theory]
    [InlineData("card")]
    [InlineData("check")]
    [InlineData("diff")]
    public void Help_wins_wherever_it_stands_and_aliases_reach_the_same_option(string command)
    {
        var help = CliRunner.Run(command, "some.dll", "--help");
        var shortHelp = CliRunner.Run(command, "-h");

        Assert.Equal(0, help.Exit);
        Assert.StartsWith($"aicompliance {command}:", help.Out, System.StringComparison.Ordinal);
        Assert.Equal(help.Out, shortHelp.Out);
    }
}
