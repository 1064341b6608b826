using System;
using System.Linq;

namespace AiCompliance.Cli.Tests;

/// <summary>The tables the CLI prints line up in a terminal, where an East Asian wide character takes two columns.</summary>
public sealed class TableLayoutTests
{
    [Fact]
    public void The_rules_table_starts_every_column_where_its_header_starts()
    {
        var result = CliRunner.Run("rules");

        Assert.Equal(0, result.Exit);
        var lines = result.Out.Split('\n').TakeWhile(l => l.Length > 0).ToList();
        var header = lines[0];
        var starts = new[] { "Default", "Category", "Title" }.Select(h => header.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.Equal(Policy.Rules.RuleCatalog.Descriptors.Count + 1, lines.Count);
        foreach (var line in lines.Skip(1))
        {
            foreach (var start in starts)
            {
                Assert.True(line[start - 1] == ' ' && line[start - 2] == ' ' && line[start] != ' ', $"column at {start} is not aligned: '{line}'");
            }
        }
    }

    [Fact]
    public void Wide_characters_count_as_two_columns()
    {
        Assert.Equal(12, TextTable.Width("日本語モデル"));
        Assert.Equal(6, TextTable.Width("loan-a"));
        Assert.Equal(2, TextTable.Width("🚀"));
        Assert.Equal(4, TextTable.Width("Việt"));
    }

    [Fact]
    public void A_check_table_with_an_East_Asian_model_id_lines_up_in_terminal_columns()
    {
        using var directory = new TempDirectory("aic-table");
        var assembly = FixtureCompiler.Emit(FixtureCompiler.Compile("Bank.Models", """
            using AiCompliance;

            [AiModel("日本語モデル")] public sealed class Japanese { }
            [AiModel("loan-a")] public sealed class Loan { }
            """), directory.Combine("Bank.Models.dll"));

        var result = CliRunner.Run("check", assembly, "--mode", "minimal");

        var rows = result.Out.Split('\n').SkipWhile(l => !l.StartsWith("Findings", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Contains(rows, r => r.Contains("日本語モデル", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("loan-a", StringComparison.Ordinal));
        var header = rows[0];
        var messageColumn = TextTable.Width(header[..header.IndexOf("Message", StringComparison.Ordinal)]);
        Assert.All(rows.Skip(1), r => Assert.Equal(messageColumn, TextTable.Width(r[..r.IndexOf("Model '", StringComparison.Ordinal)])));
    }
}
