using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy.Validation;
using AiCompliance.Testing;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// The Markdown card's front matter uses only values the Hugging Face Hub knows: licence ids and task ids from the Hub's
/// published lists (vendored in Fixtures/, with their source and date), and Hub dataset ids only for datasets on the Hub.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed partial class HubFrontMatterTests
{
    public const string Source = """
        using AiCompliance;

        [assembly: Dataset("imdb-reviews", Name = "IMDB reviews", Url = "https://huggingface.co/datasets/stanfordnlp/imdb", License = "CC-BY-4.0")]
        [assembly: Dataset("loan-book", Url = "https://data.example.com/loans")]
        [assembly: Dataset("owner/lookalike")]

        namespace Contoso.Hub
        {
            [AiModel("gpl-only", License = "GPL-3.0-only", Kind = ModelKind.Embedding)]
            [TrainedOn("imdb-reviews", "loan-book", "owner/lookalike")]
            [Evaluation("accuracy", 0.91, Dataset = "imdb-reviews")]
            [Evaluation("accuracy", 0.8, Dataset = "loan-book")]
            [Evaluation("accuracy", 0.88, Dataset = "imdb-reviews", Slice = "long reviews")]
            public sealed class GplOnly { }

            [AiModel("gpl-or-later", License = "GPL-3.0-or-later", Kind = ModelKind.Classifier)]
            [Evaluation("f1", 0.7, Dataset = "imdb-reviews")]
            public sealed class GplOrLater { }

            [AiModel("dual", License = "MIT OR Apache-2.0", Kind = ModelKind.Generative)]
            [TrainedOn("loan-book")]
            [Evaluation("f1", 0.7, Dataset = "loan-book")]
            public sealed class Dual { }

            [AiModel("internal", License = "LicenseRef-Contoso-Internal", Kind = ModelKind.Speech)]
            public sealed class Internal { }

            [AiModel("hub-only", License = "llama2", Kind = ModelKind.Agent)]
            public sealed class HubOnly { }
        }
        """;

    private readonly TestAssemblies _assemblies;

    public HubFrontMatterTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private static HashSet<string> HubLicenseIds { get; } = Fixture("hub-license-ids.txt");

    private static HashSet<string> HubTaskIds { get; } = Fixture("hub-task-ids.txt");

    [Theory]
    [InlineData("GPL-3.0-only", "gpl-3.0", null, null)]
    [InlineData("GPL-3.0", "gpl-3.0", null, null)]
    [InlineData("gpl-2.0-only", "gpl-2.0", null, null)]
    [InlineData("LGPL-2.1-only", "lgpl-2.1", null, null)]
    [InlineData("AGPL-3.0-only", "agpl-3.0", null, null)]
    [InlineData("Apache-2.0", "apache-2.0", null, null)]
    [InlineData(" MIT ", "mit", null, null)]
    [InlineData("CC-BY-NC-SA-4.0", "cc-by-nc-sa-4.0", null, null)]
    [InlineData("PDDL-1.0", "pddl", null, null)]
    [InlineData("llama2", "llama2", null, null)]
    [InlineData("GPL-3.0-or-later", "other", "gpl-3.0-or-later", "https://spdx.org/licenses/GPL-3.0-or-later.html")]
    [InlineData("GPL-2.0+", "other", "gpl-2.0+", "https://spdx.org/licenses/GPL-2.0+.html")]
    [InlineData("BlueOak-1.0.0", "other", "blueoak-1.0.0", "https://spdx.org/licenses/BlueOak-1.0.0.html")]
    [InlineData("MIT OR Apache-2.0", "other", "mit-or-apache-2.0", "LICENSE")]
    [InlineData("LicenseRef-Internal", "other", "licenseref-internal", "LICENSE")]
    [InlineData("社内ライセンス", "other", "custom-license", "LICENSE")]
    public void A_declared_licence_becomes_a_hub_licence_id_or_other_with_a_name_and_a_link(string declared, string id, string? name, string? link)
    {
        var license = HubMetadata.License(declared);

        Assert.Equal(new HubLicense(id, name, link), license);
        Assert.Contains(license.Id, HubLicenseIds);
    }

    [Fact]
    public void Every_spdx_licence_gives_a_licence_id_on_the_hubs_list_or_other_with_an_id_like_name_and_its_spdx_page()
    {
        var mapped = 0;
        foreach (var spdx in SpdxLicenseList.LicenseIds)
        {
            var license = HubMetadata.License(spdx);
            Assert.True(HubLicenseIds.Contains(license.Id) && license.Id != "unknown", spdx + " → " + license.Id);
            if (license.Id == "other")
            {
                Assert.Matches(LicenseName(), license.Name!);
                Assert.Equal("https://spdx.org/licenses/" + spdx + ".html", license.Link);
            }
            else
            {
                Assert.Null(license.Name);
                mapped++;
            }
        }

        // Every SPDX id the transcribed list has an equivalent for (the Hub's family ids have none).
        Assert.Equal(58, mapped);
    }

    [Fact]
    public void Every_model_kind_maps_to_a_task_on_the_hubs_list_or_to_none()
    {
        var tags = Enum.GetValues<Policy.ModelKind>().Select(kind => HubMetadata.PipelineTag(kind)).ToList();

        Assert.All(tags.OfType<string>(), tag => Assert.Contains(tag, HubTaskIds));
        Assert.Equal(["feature-extraction"], tags.OfType<string>());
        Assert.Null(HubMetadata.PipelineTag(null));
    }

    [Fact]
    public void Every_front_matter_value_of_every_test_card_is_on_the_hubs_lists()
    {
        var checkedValues = 0;
        foreach (var assembly in new[] { _assemblies.Full, _assemblies.Hostile, _assemblies.Plain, _assemblies.Accepted, _assemblies.SelfDefined, _assemblies.Hub })
        {
            foreach (var file in CardFiles.Files(assembly.Path).Where(f => f.Format == CardFormats.Markdown))
            {
                var (front, _) = CardFiles.SplitMarkdown(CardFiles.Text(file.Content));
                if (Optional(front, "license") is { } license)
                {
                    Assert.Contains(CardFiles.Scalar(license), HubLicenseIds);
                    var other = CardFiles.Scalar(license) == "other";
                    Assert.Equal(other, Optional(front, "license_name") is not null);
                    Assert.Equal(other, Optional(front, "license_link") is not null);
                    checkedValues++;
                }

                if (Optional(front, "pipeline_tag") is { } tag)
                {
                    Assert.Contains(CardFiles.Scalar(tag), HubTaskIds);
                    checkedValues++;
                }

                if (Optional(front, "datasets") is YamlSequenceNode datasets)
                {
                    Assert.All(datasets.Select(CardFiles.Scalar), id => Assert.Matches(HubRepositoryId(), id));
                    checkedValues += datasets.Children.Count;
                }

                if (Optional(front, "model-index") is YamlSequenceNode index)
                {
                    foreach (var result in ((YamlSequenceNode)CardFiles.Get((YamlMappingNode)index.Single(), "results")).Cast<YamlMappingNode>())
                    {
                        Assert.Contains(CardFiles.Scalar(CardFiles.Get((YamlMappingNode)CardFiles.Get(result, "task"), "type")), HubTaskIds);
                        Assert.Matches(HubRepositoryId(), CardFiles.Scalar(CardFiles.Get((YamlMappingNode)CardFiles.Get(result, "dataset"), "type")));
                        checkedValues += 2;
                    }
                }
            }
        }

        Assert.True(checkedValues >= 12, checkedValues.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Only_datasets_declared_on_the_hub_are_written_as_hub_datasets_and_in_the_model_index()
    {
        var files = CardFiles.Generate(_assemblies.Hub.Path);
        var (front, body) = CardFiles.SplitMarkdown(CardFiles.Text(files["gpl-only.md"]));

        Assert.Equal("gpl-3.0", CardFiles.Scalar(CardFiles.Get(front, "license")));
        Assert.Null(Optional(front, "license_name"));
        Assert.Equal("feature-extraction", CardFiles.Scalar(CardFiles.Get(front, "pipeline_tag")));
        // "loan-book" is local and "owner/lookalike" only looks like a Hub id: neither is declared on the Hub.
        Assert.Equal(["stanfordnlp/imdb"], ((YamlSequenceNode)CardFiles.Get(front, "datasets")).Select(CardFiles.Scalar));
        var result = (YamlMappingNode)((YamlSequenceNode)CardFiles.Get((YamlMappingNode)((YamlSequenceNode)CardFiles.Get(front, "model-index")).Single(), "results")).Single();
        Assert.Equal("feature-extraction", CardFiles.Scalar(CardFiles.Get((YamlMappingNode)CardFiles.Get(result, "task"), "type")));
        var dataset = (YamlMappingNode)CardFiles.Get(result, "dataset");
        Assert.Equal("stanfordnlp/imdb", CardFiles.Scalar(CardFiles.Get(dataset, "type")));
        Assert.Equal("IMDB reviews", CardFiles.Scalar(CardFiles.Get(dataset, "name")));
        var metrics = ((YamlSequenceNode)CardFiles.Get(result, "metrics")).Cast<YamlMappingNode>().ToList();
        Assert.Equal(["0.91", "0.88"], metrics.Select(m => CardFiles.Scalar(CardFiles.Get(m, "value"))));
        Assert.Equal(["accuracy", "accuracy (long reviews)"], metrics.Select(m => CardFiles.Scalar(CardFiles.Get(m, "name"))));
        Assert.All(metrics, m => Assert.Equal("accuracy", CardFiles.Scalar(CardFiles.Get(m, "type"))));

        // The body still lists every dataset and result.
        var rendered = CardFiles.RenderMarkdown(body).Body!.TextContent;
        Assert.Contains("loan-book", rendered, StringComparison.Ordinal);
        Assert.Contains("owner/lookalike", rendered, StringComparison.Ordinal);
        Assert.Contains("0.8", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_without_a_hub_task_writes_no_pipeline_tag_and_other_as_the_model_index_task()
    {
        var files = CardFiles.Generate(_assemblies.Hub.Path);
        var (later, _) = CardFiles.SplitMarkdown(CardFiles.Text(files["gpl-or-later.md"]));
        var (dual, _) = CardFiles.SplitMarkdown(CardFiles.Text(files["dual.md"]));

        Assert.Null(Optional(later, "pipeline_tag"));
        Assert.Equal("other", CardFiles.Scalar(CardFiles.Get(later, "license")));
        Assert.Equal("gpl-3.0-or-later", CardFiles.Scalar(CardFiles.Get(later, "license_name")));
        Assert.Equal("https://spdx.org/licenses/GPL-3.0-or-later.html", CardFiles.Scalar(CardFiles.Get(later, "license_link")));
        var result = (YamlMappingNode)((YamlSequenceNode)CardFiles.Get((YamlMappingNode)((YamlSequenceNode)CardFiles.Get(later, "model-index")).Single(), "results")).Single();
        Assert.Equal("other", CardFiles.Scalar(CardFiles.Get((YamlMappingNode)CardFiles.Get(result, "task"), "type")));
        Assert.Contains("classifier", ((YamlSequenceNode)CardFiles.Get(later, "tags")).Select(CardFiles.Scalar));

        // Results on local datasets only: no model-index, no datasets.
        Assert.Null(Optional(dual, "model-index"));
        Assert.Null(Optional(dual, "datasets"));
        Assert.Equal("LICENSE", CardFiles.Scalar(CardFiles.Get(dual, "license_link")));
    }

    private static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static HashSet<string> Fixture(string name)
    {
        var ids = File.ReadLines(RepositoryRoot.Combine("tests", "AiCompliance.ModelCards.Tests", "Fixtures", name))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(ids.Count > 40, name + " looks truncated.");
        return ids;
    }

    [GeneratedRegex("^[a-z0-9.+]+(-[a-z0-9.+]+)*$")]
    private static partial Regex LicenseName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex HubRepositoryId();
}
