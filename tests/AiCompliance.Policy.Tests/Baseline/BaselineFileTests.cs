using System.Linq;
using AiCompliance.Policy.Baseline;

namespace AiCompliance.Policy.Tests.Baseline;

/// <summary>The checked-in baseline: its stable text, its key, and one clear sentence for a file it cannot use.</summary>
public sealed class BaselineFileTests
{
    [Fact]
    public void Writes_entries_sorted_and_merged_with_a_stable_text()
    {
        var file = new BaselineFile(new[]
        {
            new BaselineEntry("AIC101", "Services/Scorer.cs", "Scorer"),
            new BaselineEntry("AIC001", @"Services\Chat.cs", "ChatService"),
            new BaselineEntry("AIC001", "./Services/Chat.cs", "ChatService"),
        });

        Assert.Equal(
            "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n" +
            "    { \"rule\": \"AIC001\", \"file\": \"Services/Chat.cs\", \"symbol\": \"ChatService\", \"count\": 2 },\n" +
            "    { \"rule\": \"AIC101\", \"file\": \"Services/Scorer.cs\", \"symbol\": \"Scorer\" }\n  ]\n}\n",
            file.Write());
    }

    [Fact]
    public void Reads_back_what_it_writes()
    {
        var written = new BaselineFile(new[]
        {
            new BaselineEntry("AIC201", "Models/Scorer.cs", "License = \"MIT-ish\"", 3),
            new BaselineEntry("AIC001", "Program.cs", "new OpenAIClient(key)"),
        }).Write();

        var read = BaselineFile.Parse(written, out var problem);

        Assert.Null(problem);
        Assert.Equal(written, read!.Write());
        Assert.Equal(new[] { "AIC201|Models/Scorer.cs|License = \"MIT-ish\"", "AIC001|Program.cs|new OpenAIClient(key)" }.OrderBy(k => k, System.StringComparer.Ordinal), read.Entries.Select(e => e.Key).OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(3, read.Entries.Single(e => e.Rule == "AIC201").Count);
    }

    [Fact]
    public void The_symbol_ignores_reformatting()
    {
        Assert.Equal("new OpenAIClient( key )", new BaselineEntry("AIC001", "a.cs", "  new OpenAIClient(\r\n     key )\n").Symbol);
    }

    [Fact]
    public void Hostile_strings_are_escaped_and_survive_the_round_trip()
    {
        // A right-to-left override and a Hangul filler: invisible in an editor, escaped in the file so review sees them.
        var symbol = "Chat\u202EtneilC\u3164\"\\";
        var text = new BaselineFile(new[] { new BaselineEntry("AIC001", "a.cs", symbol) }).Write();

        Assert.Contains("Chat\\u202etneilC\\u3164\\\"\\\\", text);
        Assert.All(text, c => Assert.True(c == '\n' || (c >= 0x20 && c < 0x7F)));
        Assert.Equal(symbol, BaselineFile.Parse(text, out _)!.Entries.Single().Symbol);
    }

    [Theory]
    [InlineData("", "is not valid JSON: unexpected end of file at line 1, column 1")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [", "is not valid JSON: unexpected end of file at line 1, column 34")]
    [InlineData("[]", "must be a JSON object with 'schemaVersion' and 'entries'")]
    [InlineData("{\"entries\": []}", "has no 'schemaVersion' 1 (this package reads version 1)")]
    [InlineData("{\"schemaVersion\": 2, \"entries\": []}", "has no 'schemaVersion' 1 (this package reads version 1)")]
    [InlineData("{\"schemaVersion\": 1}", "has no 'entries' array")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AIC001\", \"file\": 3, \"symbol\": \"A\"}]}", "entry 1 needs the strings 'rule', 'file' and 'symbol'")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AIC001\", \"file\": \"a.cs\", \"symbol\": \"A\", \"count\": 0.5}]}", "entry 1 has a 'count' that is not a positive whole number")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": []} x", "is not valid JSON: unexpected text after the document at line 1, column 37")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [\"\\x\"]}", "is not valid JSON: bad escape in a string at line 1, column 37")]
    public void A_file_it_cannot_use_gives_one_sentence_and_no_exception(string text, string expected)
    {
        Assert.Null(BaselineFile.Parse(text, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var text = new string('[', 100_000);

        Assert.Null(BaselineFile.Parse(text, out var problem));
        Assert.StartsWith("is not valid JSON: nested too deeply", problem);
    }

    [Fact]
    public void An_empty_baseline_is_valid()
    {
        var file = BaselineFile.Parse("\uFEFF{ \"schemaVersion\": 1, \"entries\": [] }", out var problem);

        Assert.Null(problem);
        Assert.Empty(file!.Entries);
        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"entries\": []\n}\n", file.Write());
    }
}
