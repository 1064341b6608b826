using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AiCompliance.ModelCards.Formats;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// <see cref="CardFormats.All"/> is the one list of card formats: names, parsing, the build's default, the generator
/// and the docs all follow it.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class CardFormatRegistryTests
{
    private const string TableStart = "<!-- card-formats:begin -->\n";
    private const string TableEnd = "<!-- card-formats:end -->\n";

    private readonly TestAssemblies _assemblies;

    public CardFormatRegistryTests(TestAssemblies assemblies) => _assemblies = assemblies;

    [Fact]
    public void Names_and_aliases_are_unique_ignoring_case_and_none_is_the_word_for_every_format()
    {
        var names = CardFormats.All.SelectMany(f => f.Aliases.Prepend(f.Name)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(CardFormats.AllName, names, StringComparer.OrdinalIgnoreCase);
        Assert.All(names, n => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", n));
        Assert.Equal(CardFormats.All.Select(f => f.Name), CardFormats.Names);
    }

    [Theory]
    [InlineData("md;json,html cdx", "md,json,html,cdx")]
    [InlineData("MARKDOWN\tCycloneDX", "md,cdx")]
    [InlineData(" cdx , md , md ", "md,cdx")]
    [InlineData(";,", "")]
    [InlineData("", "")]
    public void Lists_parse_to_the_formats_in_registry_order_each_once(string list, string expected)
    {
        var formats = CardFormats.Parse(list, out var unknown);

        Assert.Empty(unknown);
        Assert.Equal(expected, string.Join(",", formats.Select(f => f.Name)));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("html;ALL")]
    [InlineData("cdx,all,md")]
    public void The_word_all_selects_every_format_in_registry_order(string list)
    {
        var formats = CardFormats.Parse(list, out var unknown);

        Assert.Empty(unknown);
        Assert.Equal(CardFormats.All, formats);
    }

    [Fact]
    public void Unknown_names_are_returned_and_lists_from_repeated_options_add_up()
    {
        var formats = CardFormats.Parse(new[] { "md,pdf", "cdx", "docx" }, out var unknown);

        Assert.Equal(new[] { "pdf", "docx" }, unknown);
        Assert.Equal(new ICardFormat[] { CardFormats.Markdown, CardFormats.CycloneDx }, formats);
    }

    [Fact]
    public void The_build_passes_formats_only_when_the_project_sets_them_so_the_tool_default_applies()
    {
        var build = RepositoryRoot.Combine("sdk", "AiCompliance", "build");
        var props = XDocument.Load(Path.Combine(build, "AiCompliance.props"));
        var commands = XDocument.Load(Path.Combine(build, "AiCompliance.targets")).Descendants()
            .Where(e => e.Name.LocalName == "_AiComplianceCardCommand")
            .ToList();

        Assert.DoesNotContain(props.Descendants(), e => e.Name.LocalName == "ModelCardFormats");
        var withFormat = Assert.Single(commands, e => e.Value.Contains("--format", StringComparison.Ordinal));
        Assert.Equal("'$(ModelCardFormats)' != ''", withFormat.Attribute("Condition")?.Value);
        Assert.Equal(CardFormats.All, CardFormats.Default);
    }

    [Fact]
    public void Each_format_alone_writes_its_files_and_nothing_else()
    {
        var models = CardFiles.Files(_assemblies.Full.Path, new ModelCardOptions { Formats = [CardFormats.Markdown] }).Count;
        Assert.Equal(11, models);
        foreach (var format in CardFormats.All)
        {
            var files = CardFiles.Files(_assemblies.Full.Path, new ModelCardOptions { Formats = [format] });

            Assert.All(files, f => Assert.Same(format, f.Format));
            if (format is IModelCardFormat perModel)
            {
                Assert.Equal(models, files.Count);
                Assert.All(files, f => Assert.EndsWith(perModel.Extension, f.Name, StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(((IAssemblyCardFormat)format).FileName("Contoso.Models"), Assert.Single(files).Name);
            }
        }
    }

    [Fact]
    public void Every_format_has_its_section_in_the_model_card_docs()
    {
        var headings = File.ReadAllLines(RepositoryRoot.Combine("docs", "model-cards.md"))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
            .Select(l => l.TrimStart('#', ' '))
            .ToList();

        Assert.All(CardFormats.All, f => Assert.Contains(headings, h => h.StartsWith(f.Title, StringComparison.Ordinal)));
    }

    [Trait("Category", "Generated")]
    [Theory]
    [InlineData("model-cards.md")]
    [InlineData("cli.md")]
    public void The_format_tables_of_the_docs_are_generated_from_the_registry(string page)
    {
        var path = RepositoryRoot.Combine("docs", page);
        var text = File.ReadAllText(path);
        var start = text.IndexOf(TableStart, StringComparison.Ordinal);
        var end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{page} has no '{TableStart.Trim()}' ... '{TableEnd.Trim()}' region.");

        GeneratedFile.Verify(path, text[..(start + TableStart.Length)] + RenderTable() + text[end..]);
    }

    internal static string RenderTable()
    {
        var text = new StringBuilder();
        text.Append("<!-- Generated from CardFormats.All; regenerate with AICOMPLIANCE_UPDATE_GENERATED=1 dotnet test ComplianceSdk.sln -c Release --filter Category=Generated. -->\n");
        text.Append("| `--format` | File | Written | Content |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var format in CardFormats.All)
        {
            var aliases = string.Concat(format.Aliases.Select(a => ", `" + a + "`"));
            text.Append("| `").Append(format.Name).Append('`').Append(aliases)
                .Append(" | `").Append(format.FileNamePattern)
                .Append("` | ").Append(format is IModelCardFormat ? "per model" : "per assembly")
                .Append(" | ").Append(format.Description).Append(" |\n");
        }

        return text.ToString();
    }
}
