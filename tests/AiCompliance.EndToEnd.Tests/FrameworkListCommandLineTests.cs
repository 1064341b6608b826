using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiCompliance.Testing;

namespace AiCompliance.EndToEnd.Tests;

/// <summary>
/// The framework-list command lines of docs/configuration.md, run as written (after the shell's quote removal) through
/// real MSBuild: each selects both frameworks; the plain comma form is the one MSBuild rejects (MSB1006).
/// </summary>
[Collection(PackedFeed.Name)]
public sealed class FrameworkListCommandLineTests
{
    private const string Model = """
        using AiCompliance;

        namespace Consumer;

        [AiModel("loan-triage", Kind = ModelKind.Classifier)]
        public sealed class LoanTriage
        {
        }
        """;

    private readonly PackageFeedFixture _feed;

    public FrameworkListCommandLineTests(FeedFixture fixture) => _feed = fixture.Feed;

    [Fact]
    public async Task Every_documented_command_line_selects_both_frameworks()
    {
        var commands = DocumentedCommands("framework-list-command-lines");
        Assert.Equal(3, commands.Count);

        var builds = await Task.WhenAll(commands.Select(async arguments => (Arguments: arguments, Result: await Build(arguments))));

        foreach (var (arguments, result) in builds)
        {
            var context = string.Join(" ", arguments) + Environment.NewLine + result;
            Assert.True(result.ExitCode == 0, context);
            var diagnostics = BuildDiagnostic.Parse(result.Output, "AIC");
            Assert.DoesNotContain(diagnostics, d => d.Id == "AIC005");
            Assert.Contains(diagnostics, d => d.Message.Contains("eu-ai-act", StringComparison.Ordinal));
            Assert.Contains(diagnostics, d => d.Message.Contains("nist-ai-rmf", StringComparison.Ordinal));
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains("asean-guide-2024", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_unescaped_comma_form_is_rejected_by_MSBuild_as_the_docs_say()
    {
        var commands = DocumentedCommands("framework-list-msb1006");
        var arguments = Assert.Single(commands);

        var result = await Build(arguments);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("MSB1006", result.Output, StringComparison.Ordinal);
    }

    private async Task<ProcessResult> Build(IReadOnlyList<string> arguments)
    {
        var directory = _feed.NewConsumerDirectory("frameworks");
        _feed.WriteProject(directory, "Consumer", "<GenerateModelCards>false</GenerateModelCards>");
        File.WriteAllText(Path.Combine(directory, "LoanTriage.cs"), Model);
        Assert.Equal("dotnet", arguments[0]);
        return await _feed.Dotnet(directory, [.. arguments.Skip(1), "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary"]);
    }

    /// <summary>
    /// The lines of the ```sh block that follows the marker comment &lt;!-- name --&gt; in docs/configuration.md, split
    /// into arguments the way a POSIX shell does for these lines (single quotes, spaces).
    /// </summary>
    private static List<IReadOnlyList<string>> DocumentedCommands(string marker)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine("docs", "configuration.md"));
        var start = Array.IndexOf(lines, $"<!-- {marker} -->");
        Assert.True(start >= 0, $"docs/configuration.md has no <!-- {marker} --> block.");
        Assert.Equal("```sh", lines[start + 1]);
        return lines.Skip(start + 2).TakeWhile(l => l != "```").Select(ShellWords).ToList();
    }

    private static IReadOnlyList<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Assert.False(quoted, "Unbalanced quote in: " + line);
        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
