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
    public void Usage_errors_are_one_line_with_exit_code_2(string[] args, string message)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.Equal(message, result.Error.TrimEnd());
        Assert.Equal("", result.Out);
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
