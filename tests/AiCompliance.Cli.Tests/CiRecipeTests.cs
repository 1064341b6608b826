using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiCompliance.Testing;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.Cli.Tests;

/// <summary>
/// The CI recipe (docs/ci.md, docs/ci/*.yml) and the command examples of the docs: the pipelines parse, and every
/// aicompliance command line uses commands and options the tool has (asked of the tool itself), every dotnet command a
/// subcommand and options the SDK has.
/// </summary>
public sealed partial class CiRecipeTests
{
    private static readonly string[] Commands = ["card", "check", "baseline", "diff", "rules", "frameworks", "help"];
    private static readonly string[] DotnetSubcommands = ["build", "test", "tool", "restore", "pack", "publish"];
    private static readonly string[] DotnetToolSubcommands = ["install", "update", "uninstall", "list", "run", "restore", "search"];
    private static readonly string[] Keywords = ["if", "then", "else", "elif", "do", "while", "until", "!", "{", "}", "(", ")", "time", "exec"];

    private static string GitHubWorkflow => File.ReadAllText(RepositoryRoot.Combine("docs", "ci", "github-actions.yml"));

    private static string AzurePipeline => File.ReadAllText(RepositoryRoot.Combine("docs", "ci", "azure-pipelines.yml"));

    private static string CiPage => File.ReadAllText(RepositoryRoot.Combine("docs", "ci.md"));

    public static TheoryData<string> DocPages => new() { "ci.md", "cli.md", "model-cards.md" };

    [Fact]
    public void The_github_workflow_parses_and_has_the_recipe_steps()
    {
        var root = Load(GitHubWorkflow);
        Assert.True(root.Children.ContainsKey(new YamlScalarNode("on")));
        var jobs = (YamlMappingNode)root[new YamlScalarNode("jobs")];
        var steps = jobs.Children.Values.Cast<YamlMappingNode>().SelectMany(j => (YamlSequenceNode)j[new YamlScalarNode("steps")]).Cast<YamlMappingNode>().ToList();
        Assert.All(steps, step => Assert.Single(step.Children.Keys.Cast<YamlScalarNode>(), k => k.Value is "run" or "uses"));

        var uses = steps.Where(s => s.Children.ContainsKey(new YamlScalarNode("uses"))).Select(s => Scalar(s, "uses")).ToList();
        Assert.All(uses, u => Assert.Matches(@"^[\w.-]+/[\w./-]+@v\d+$", u));
        Assert.Contains("github/codeql-action/upload-sarif@v3", uses);
        Assert.Contains("actions/upload-artifact@v4", uses);

        var scripts = string.Join("\n", Scripts(GitHubWorkflow));
        Assert.Contains("-p:AiComplianceMode=strict", scripts, StringComparison.Ordinal);
        Assert.Contains("-p:ErrorLog=", scripts, StringComparison.Ordinal);
        Assert.Contains("%2Cversion%3D2.1", scripts, StringComparison.Ordinal);
        Assert.Contains("$GITHUB_STEP_SUMMARY", scripts, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install AiCompliance.Cli", scripts, StringComparison.Ordinal);
        Assert.Contains("--tool-path", scripts, StringComparison.Ordinal);
        var aicompliance = Invocations(scripts, "aicompliance").Select(c => c[1]).ToList();
        Assert.Contains("check", aicompliance);
        Assert.Contains("diff", aicompliance);

        // The model cards are kept as an artifact.
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("with"), out var with) && ((YamlMappingNode)with).Children.TryGetValue(new YamlScalarNode("path"), out var path) && ((YamlScalarNode)path).Value!.Contains("model-cards", StringComparison.Ordinal));
    }

    [Fact]
    public void The_azure_pipeline_parses_and_has_the_recipe_steps()
    {
        var root = Load(AzurePipeline);
        var steps = ((YamlSequenceNode)root[new YamlScalarNode("steps")]).Cast<YamlMappingNode>().ToList();
        Assert.All(steps, step => Assert.Single(step.Children.Keys.Cast<YamlScalarNode>(), k => k.Value is "task" or "script" or "bash"));
        var scripts = string.Join("\n", Scripts(AzurePipeline));
        Assert.Contains("-p:AiComplianceMode=strict", scripts, StringComparison.Ordinal);
        Assert.Contains("%2Cversion%3D2.1", scripts, StringComparison.Ordinal);
        var aicompliance = Invocations(scripts, "aicompliance").Select(c => c[1]).ToList();
        Assert.Contains("check", aicompliance);
        Assert.Contains("diff", aicompliance);
    }

    [Fact]
    public void The_ci_page_embeds_both_pipelines_as_they_are()
    {
        var blocks = FencedBlocks(CiPage).Where(b => b.Info == "yaml").Select(b => b.Text).ToList();
        Assert.Contains(GitHubWorkflow, blocks);
        Assert.Contains(AzurePipeline, blocks);
    }

    [Fact]
    public void Every_aicompliance_command_line_in_the_pipelines_uses_existing_commands_and_options()
    {
        var lines = Invocations(string.Join("\n", Scripts(GitHubWorkflow).Concat(Scripts(AzurePipeline))), "aicompliance").ToList();
        Assert.True(lines.Count >= 5, string.Join(Environment.NewLine, lines.Select(l => string.Join(' ', l))));
        AssertKnown(lines);
    }

    [Theory]
    [MemberData(nameof(DocPages))]
    public void Every_aicompliance_command_line_in_the_docs_uses_existing_commands_and_options(string page)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("docs", page));
        var blocks = FencedBlocks(text).ToList();
        var scripts = blocks.Where(b => b.Info is "sh" or "bash" or "shell" or "console").Select(b => b.Text)
            .Concat(blocks.Where(b => b.Info == "yaml").SelectMany(b => Scripts(b.Text)))
            .Concat(InlineCommands(text))
            .ToList();
        var lines = scripts.SelectMany(s => Invocations(s, "aicompliance")).ToList();
        Assert.NotEmpty(lines);
        AssertKnown(lines);
    }

    [Fact]
    public void Every_option_the_help_lists_is_one_the_tool_accepts()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--mode"] = "strict", ["-m"] = "minimal", ["--level"] = "0.1.0", ["--frameworks"] = "asean-guide-2024", ["--date"] = "2026-11-21",
            ["--sarif"] = "x.sarif", ["--max-acceptance-days"] = "30", ["--assessment-max-age-days"] = "30", ["--format"] = "md",
            ["--formats"] = "md", ["-f"] = "md", ["--out"] = "out", ["-o"] = "out", ["--list-file"] = "list.txt", ["--baseline"] = "aicompliance.baseline.json", ["--evidence-root"] = ".", ["--language"] = "ja", ["--languages"] = "ja",
        };
        foreach (var command in new[] { "card", "check", "diff" })
        {
            var options = HelpOptions(command);
            Assert.NotEmpty(options);
            foreach (var option in options.Where(o => o is not ("-h" or "-?" or "--help")))
            {
                string[] args = command == "diff" ? ["diff", "missing-old.dll", "missing-new.dll", option] : [command, "missing.dll", option];
                if (values.TryGetValue(option, out var value))
                {
                    args = [.. args, value];
                }

                var result = CliRunner.Run(args);
                Assert.Equal(2, result.Exit);
                Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Every_dotnet_command_uses_an_existing_subcommand_and_options()
    {
        var scripts = Scripts(GitHubWorkflow).Concat(Scripts(AzurePipeline))
            .Concat(FencedBlocks(CiPage).Where(b => b.Info is "sh" or "bash").Select(b => b.Text))
            .Concat(FencedBlocks(File.ReadAllText(RepositoryRoot.Combine("docs", "cli.md"))).Where(b => b.Info is "sh" or "bash").Select(b => b.Text));
        var invocations = scripts.SelectMany(s => Invocations(s, "dotnet")).ToList();
        Assert.NotEmpty(invocations);

        var verbs = new List<(string Verb, List<string> Options)>();
        foreach (var invocation in invocations)
        {
            Assert.True(invocation.Count > 1, "A bare 'dotnet' command.");
            Assert.Contains(invocation[1], DotnetSubcommands);
            var verb = invocation[1];
            var rest = invocation.Skip(2).ToList();
            if (verb == "tool")
            {
                Assert.Contains(rest[0], DotnetToolSubcommands);
                verb = "tool " + rest[0];
                rest = rest.Skip(1).ToList();
            }

            verbs.Add((verb, rest.Where(t => t.StartsWith("--", StringComparison.Ordinal)).Select(t => t.Split('=')[0]).ToList()));
        }

        // Long options against the SDK's own help, once per subcommand.
        var helps = await Task.WhenAll(verbs.Select(v => v.Verb).Distinct().Select(async verb =>
        {
            var result = await ProcessRunner.RunAsync("dotnet", [.. verb.Split(' '), "--help"], RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(1));
            Assert.True(result.ExitCode == 0, result.ToString());
            return (verb, result.StandardOutput);
        }));
        var byVerb = helps.ToDictionary(h => h.verb, h => h.StandardOutput, StringComparer.Ordinal);
        foreach (var (verb, options) in verbs)
        {
            foreach (var option in options)
            {
                Assert.True(Regex.IsMatch(byVerb[verb], @"(^|[\s,|])" + Regex.Escape(option) + @"(\s|$|[,<=])", RegexOptions.Multiline), $"'dotnet {verb}' has no option {option}.");
            }
        }
    }

    /// <summary>Checks command lines against the tool's own help: the command exists, and so does every option.</summary>
    private static void AssertKnown(IEnumerable<List<string>> lines)
    {
        foreach (var line in lines)
        {
            var text = string.Join(' ', line);
            Assert.True(line.Count > 1, "A bare 'aicompliance': " + text);
            var command = line[1];
            if (command is "--version" or "--help" or "-h")
            {
                continue;
            }

            Assert.True(Commands.Contains(command), $"'{command}' is not an aicompliance command: {text}");
            var known = command == "help" ? [] : HelpOptions(command);

            // Synopses write optional parts in brackets: [--sarif FILE].
            foreach (var option in line.Skip(2).Select(t => t.TrimStart('[').TrimEnd(']')).Where(t => t.StartsWith('-') && t.Length > 1))
            {
                Assert.True(known.Contains(option), $"'aicompliance {command}' has no option {option}: {text}");
            }
        }
    }

    /// <summary>The options listed in the Options section of 'aicompliance &lt;command&gt; --help'.</summary>
    private static HashSet<string> HelpOptions(string command)
    {
        var help = CliRunner.Run(command, "--help");
        Assert.Equal(0, help.Exit);
        var options = new HashSet<string>(StringComparer.Ordinal);
        var inOptions = false;
        foreach (var line in help.Out.Split('\n'))
        {
            if (line.Trim() == "Options:")
            {
                inOptions = true;
                continue;
            }

            if (inOptions && line.Trim().Length == 0)
            {
                break;
            }

            var trimmed = line.TrimStart();
            if (inOptions && trimmed.StartsWith('-'))
            {
                var names = trimmed.Split("  ", 2)[0];
                foreach (var part in names.Split(", "))
                {
                    options.Add(part.Split(' ')[0]);
                }
            }
        }

        return options;
    }

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[new YamlScalarNode(key)]).Value!;

    /// <summary>The shell scripts of a pipeline: GitHub's run, Azure's script and bash, at any depth.</summary>
    private static List<string> Scripts(string yaml)
    {
        var result = new List<string>();
        void Walk(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (key is YamlScalarNode { Value: "run" or "script" or "bash" } && value is YamlScalarNode script)
                        {
                            result.Add(script.Value!);
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(Load(yaml));
        return result;
    }

    /// <summary>Inline code that is a command line: `aicompliance check App.dll --sarif x`.</summary>
    private static List<string> InlineCommands(string markdown)
    {
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        return document.Descendants<Markdig.Syntax.Inlines.CodeInline>()
            .Select(c => c.Content)
            .Where(c => c.StartsWith("aicompliance ", StringComparison.Ordinal) || c.StartsWith("dotnet ", StringComparison.Ordinal))
            .ToList();
    }

    private static IEnumerable<(string Info, string Text)> FencedBlocks(string markdown)
    {
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        foreach (var block in document.Descendants<FencedCodeBlock>())
        {
            var text = new StringBuilder();
            foreach (var line in block.Lines.Lines.Take(block.Lines.Count))
            {
                text.Append(line.Slice.ToString()).Append('\n');
            }

            yield return (block.Info ?? "", text.ToString());
        }
    }

    /// <summary>
    /// The simple commands of a shell script whose program is <paramref name="program"/> (by file name, so a path to it
    /// counts), as words with quotes removed, up to the end of the command (an operator or a redirection).
    /// </summary>
    internal static IEnumerable<List<string>> Invocations(string script, string program)
    {
        script = script.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var raw in script.Split('\n'))
        {
            foreach (var command in SimpleCommands(Tokenize(raw)))
            {
                var start = 0;
                while (start < command.Count && (Keywords.Contains(command[start]) || Assignment().IsMatch(command[start])))
                {
                    start++;
                }

                if (start < command.Count && Path.GetFileName(command[start].Replace('\\', '/')) is var name && (name == program || name == program + ".exe"))
                {
                    yield return command.Skip(start).ToList();
                }

                // Commands inside $( … ) are commands too.
                foreach (var token in command)
                {
                    var open = token.IndexOf("$(", StringComparison.Ordinal);
                    if (open >= 0 && token.EndsWith(')'))
                    {
                        foreach (var inner in Invocations(token[(open + 2)..^1], program))
                        {
                            yield return inner;
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<List<string>> SimpleCommands(List<(string Text, bool Operator)> tokens)
    {
        var current = new List<string>();
        var redirected = false;
        foreach (var (text, isOperator) in tokens)
        {
            if (isOperator && text is ">" or ">>" or "<" or "2>" or "2>>" or "&>")
            {
                redirected = true;
                continue;
            }

            if (isOperator)
            {
                if (current.Count > 0)
                {
                    yield return current;
                }

                current = new List<string>();
                redirected = false;
                continue;
            }

            if (!redirected)
            {
                current.Add(text);
            }
            else
            {
                redirected = false; // the redirection's target; the command goes on
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>Shell words (quotes removed, $( … ) kept whole) and operators; a # that starts a word starts a comment.</summary>
    private static List<(string Text, bool Operator)> Tokenize(string line)
    {
        var tokens = new List<(string, bool)>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        var depth = 0;
        void Flush()
        {
            if (inWord)
            {
                tokens.Add((word.ToString(), false));
            }

            word.Clear();
            inWord = false;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (depth > 0)
            {
                word.Append(c);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    inWord = true;
                    break;
                case '$' when i + 1 < line.Length && line[i + 1] == '(':
                    word.Append("$(");
                    inWord = true;
                    depth = 1;
                    i++;
                    break;
                case ' ' or '\t':
                    Flush();
                    break;
                case '#' when !inWord:
                    Flush();
                    return tokens;
                case ';' or '|' or '&' or '>' or '<':
                    var op = c.ToString();
                    if (c is '>' && word.ToString() == "2" && inWord)
                    {
                        word.Clear();
                        inWord = false;
                        op = "2>";
                    }

                    Flush();
                    while (i + 1 < line.Length && line[i + 1] is '|' or '&' or '>')
                    {
                        op += line[++i];
                    }

                    tokens.Add((op, true));
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        Flush();
        return tokens;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex Assignment();
}
