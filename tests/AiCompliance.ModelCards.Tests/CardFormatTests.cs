using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Testing;
using YamlDotNet.RepresentationModel;

namespace AiCompliance.ModelCards.Tests;

/// <summary>Each format carries the declarations in the places its readers look for them. Checked by parsing.</summary>
[Collection(CompiledAssemblies.Name)]
public sealed class CardFormatTests
{
    private readonly TestAssemblies _assemblies;

    public CardFormatTests(TestAssemblies assemblies) => _assemblies = assemblies;

    [Fact]
    public void Every_model_gets_a_card_in_every_format_and_the_assembly_one_bom()
    {
        var files = CardFiles.Generate(_assemblies.Full.Path);

        // Ordered by type name; a duplicate id gets a numbered name, an unsafe id its safe characters and the hash of the id.
        string[] stems = ["keyword", "credit-risk-scorer-2", "not-a-number", "Contoso.Models.NullId", "etc-passwd-b435d00a", "bare", "chat-assistant", "credit-risk-scorer", "ranker", "deep", "global-namespace"];
        // Only credit-risk-scorer declares high risk, so only it gets the Annex IV draft by default.
        Assert.Equal(CardFiles.ExpectedNames(stems, "Contoso.Models", scopedStems: ["credit-risk-scorer"]), files.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(files.Keys, k => k.Contains('/', StringComparison.Ordinal) || k.StartsWith('.'));
    }

    [Fact]
    public void The_markdown_front_matter_follows_the_hugging_face_metadata()
    {
        var (front, _) = CardFiles.SplitMarkdown(CardFiles.Text(CardFiles.Generate(_assemblies.Full.Path)["credit-risk-scorer.md"]));

        Assert.Equal("apache-2.0", CardFiles.Scalar(CardFiles.Get(front, "license")));
        Assert.Equal(new[] { "vi", "en" }, ((YamlSequenceNode)CardFiles.Get(front, "language")).Select(CardFiles.Scalar));
        Assert.Equal("xgboost-base", CardFiles.Scalar(CardFiles.Get(front, "base_model")));
        var tags = ((YamlSequenceNode)CardFiles.Get(front, "tags")).Select(CardFiles.Scalar).ToList();
        Assert.Contains("classifier", tags);
        Assert.Contains("risk-high", tags);
        Assert.Contains("sector-finance", tags);
        Assert.Contains("sector-public-administration", tags);

        // Its datasets are local (none is declared on the Hub) and a classifier names no single Hub task: no datasets,
        // no pipeline_tag and no model-index (HubFrontMatterTests covers a model with Hub datasets).
        var keys = front.Children.Keys.Select(CardFiles.Scalar).ToList();
        Assert.Equal(new[] { "license", "language", "tags", "base_model" }, keys);
    }

    [Fact]
    public void The_markdown_body_has_the_model_card_headings_and_the_compliance_section()
    {
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(CardFiles.Generate(_assemblies.Full.Path)["credit-risk-scorer.md"]));
        var html = CardFiles.RenderMarkdown(body);

        Assert.Equal("Model Card for Credit risk scorer", html.QuerySelector("h1")!.TextContent);
        var h2 = html.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        // Every declaration without a layout of its own has a generic section, after the bespoke ones
        // (GenericCardSectionTests checks what it holds).
        Assert.Equal(
            new[] { "Model Details", "Uses", "Bias, Risks, and Limitations", "Training Details", "Evaluation", "Human Oversight", "Security", "Data Residency and Transfers", "Environmental Impact" }
                .Concat(CardDocumentBuilder.GenericKinds.Select(CardDocumentBuilder.GenericTitle))
                .Concat(new[] { "Observed in code", "Framework coverage: what is declared", "Risk Acceptances", "Model Card Contact" }),
            h2);
        var h3 = html.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Out-of-Scope Use", h3);
        Assert.Contains("Testing Data, Factors & Metrics", h3);
        Assert.Contains("Factors", html.QuerySelectorAll("h4").Select(h => h.TextContent));

        // Results: one table per metric, one row per slice.
        var auc = html.QuerySelectorAll("table").First(t => t.QuerySelector("th")?.TextContent == "Slice");
        Assert.Equal(new[] { "overall", "age 18-25", "age 26-60" }, auc.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent));
        Assert.Equal(new[] { "yes", "no", "yes" }, auc.QuerySelectorAll("tbody tr").Select(r => r.Children[5].TextContent));

        Assert.DoesNotContain("compliant", body.Replace("never says that the model is compliant", "", StringComparison.Ordinal).Replace("it does not mean compliant", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_json_card_holds_every_declaration()
    {
        using var json = JsonDocument.Parse(CardFiles.Generate(_assemblies.Full.Path)["credit-risk-scorer.json"]);
        var root = json.RootElement;

        Assert.Equal("1.6", root.GetProperty("schemaVersion").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("riskAcceptances").GetProperty("activeOn").ValueKind);
        Assert.Equal(0, root.GetProperty("riskAcceptances").GetProperty("acceptances").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("date").ValueKind);
        Assert.Equal("Contoso.Models.CreditRiskScorer", root.GetProperty("source").GetProperty("typeName").GetString());
        Assert.Equal("3.1.4-beta+abc", root.GetProperty("source").GetProperty("informationalVersion").GetString());
        Assert.Equal("Classifier", root.GetProperty("model").GetProperty("kind").GetString());
        Assert.Equal(new[] { "Finance", "PublicAdministration" }, root.GetProperty("risk").GetProperty("sectors").EnumerateArray().Select(e => e.GetString()));
        Assert.True(root.GetProperty("risk").GetProperty("treatedAsHighRisk").GetBoolean());
        Assert.Equal(new[] { "missing-set" }, root.GetProperty("training").GetProperty("undeclaredDatasetIds").EnumerateArray().Select(e => e.GetString()));

        var evaluations = root.GetProperty("evaluations").EnumerateArray().ToList();
        Assert.Equal(new[] { "auc", "error_rate", "injection_success_rate" }, evaluations.Select(e => e.GetProperty("metric").GetString()));
        Assert.Equal(3, evaluations[0].GetProperty("results").GetArrayLength());
        Assert.False(evaluations[1].GetProperty("higherIsBetter").GetBoolean());
        Assert.True(evaluations[1].GetProperty("results")[0].GetProperty("meetsThreshold").GetBoolean());
        Assert.Equal(0.85, evaluations[0].GetProperty("results")[0].GetProperty("confidenceLow").GetDouble());

        var fairness = root.GetProperty("fairnessAssessments").EnumerateArray().ToList();
        Assert.True(fairness[0].GetProperty("meetsThreshold").GetBoolean());
        Assert.False(fairness[1].GetProperty("meetsThreshold").GetBoolean());
        // Three groups and two values: the third group has no value.
        Assert.Equal(JsonValueKind.Null, fairness[1].GetProperty("groups")[2].GetProperty("value").ValueKind);
        Assert.Equal(new[] { "RedTeaming", "PromptInjection" }, root.GetProperty("securityAssessment").GetProperty("tests").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, root.GetProperty("dataTransfers").GetArrayLength());
        Assert.Equal(12.5, root.GetProperty("computeFootprint").GetProperty("trainingEnergyKWh").GetDouble());
    }

    [Fact]
    public void Values_that_are_not_finite_numbers_are_written_as_not_given()
    {
        using var json = JsonDocument.Parse(CardFiles.Generate(_assemblies.Full.Path)["not-a-number.json"]);
        var result = json.RootElement.GetProperty("evaluations")[0].GetProperty("results")[0];

        Assert.Equal(JsonValueKind.Null, result.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("threshold").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("meetsThreshold").ValueKind);
        Assert.Equal("(RiskLevel)42", json.RootElement.GetProperty("risk").GetProperty("level").GetString());
    }

    [Fact]
    public void The_html_card_is_self_contained_with_charts_and_a_colour_coded_matrix()
    {
        var document = CardFiles.ParseHtml(CardFiles.Text(CardFiles.Generate(_assemblies.Full.Path)["credit-risk-scorer.html"]));

        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, video, audio, source, base"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name is "src" or "href" || a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));

        // One chart per metric (auc, error_rate, injection_success_rate) and per fairness assessment with groups (gender, region).
        var charts = document.QuerySelectorAll("figure.chart svg").ToList();
        Assert.Equal(5, charts.Count);
        var auc = charts[2];
        Assert.Equal(3, auc.QuerySelectorAll("rect.bar-meets, rect.bar-misses, rect.bar-neutral").Length);
        Assert.Single(auc.QuerySelectorAll("rect.bar-misses"));
        Assert.Equal(3, auc.QuerySelectorAll("line.threshold").Length);
        var gender = charts[0];
        Assert.Equal(3, gender.QuerySelectorAll("g:not(.x-axis)").Length); // female, male, and the disparity row with the threshold
        Assert.Single(gender.QuerySelectorAll("line.threshold"));

        var matrix = document.QuerySelectorAll("table.compliance").ToList();
        Assert.NotEmpty(matrix);
        foreach (var cell in matrix.SelectMany(t => t.QuerySelectorAll("tbody tr")).Select(r => r.Children[2]))
        {
            Assert.Contains(cell.TextContent, new[] { "declared", "incomplete", "invalid", "contradicted", "out of date", "missing", "not applicable" });
            Assert.Equal("status-" + cell.TextContent.Replace(' ', '-'), cell.ClassName);
        }
    }

    [Fact]
    public void The_cyclonedx_bom_describes_the_models_and_datasets()
    {
        using var bom = JsonDocument.Parse(CardFiles.Generate(_assemblies.Full.Path)["Contoso.Models.cdx.json"]);
        var root = bom.RootElement;

        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.Equal("1.6", root.GetProperty("specVersion").GetString());
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", root.GetProperty("serialNumber").GetString());
        Assert.False(root.GetProperty("metadata").TryGetProperty("timestamp", out _));

        var components = root.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(11, components.Count(c => c.GetProperty("type").GetString() == "machine-learning-model"));
        Assert.Equal(new[] { "loan-applications", "holdout-2024", "unused-set" }, components.Where(c => c.GetProperty("type").GetString() == "data").Select(c => c.GetProperty("name").GetString()));

        var scorer = components.Single(c => c.GetProperty("bom-ref").GetString() == "model:credit-risk-scorer");
        var card = scorer.GetProperty("modelCard");
        Assert.Equal(new[] { "dataset:loan-applications", "dataset:holdout-2024" }, card.GetProperty("modelParameters").GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("ref").GetString()));
        var metrics = card.GetProperty("quantitativeAnalysis").GetProperty("performanceMetrics").EnumerateArray().ToList();
        Assert.Equal("age 18-25", metrics[1].GetProperty("slice").GetString());
        Assert.Equal("0.85", metrics[0].GetProperty("confidenceInterval").GetProperty("lowerBound").GetString());
        var considerations = card.GetProperty("considerations");
        Assert.Equal(new[] { "Credit officers", "Branch managers" }, considerations.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("Score consumer loan applications", considerations.GetProperty("useCases")[0].GetString());
        Assert.Equal(2, considerations.GetProperty("technicalLimitations").GetArrayLength());
        Assert.Equal("gender: female, male", considerations.GetProperty("fairnessAssessments")[0].GetProperty("groupAtRisk").GetString());
        var energy = considerations.GetProperty("environmentalConsiderations").GetProperty("energyConsumptions")[0];
        Assert.Equal(12.5, energy.GetProperty("activityEnergyCost").GetProperty("value").GetDouble());
        Assert.Equal(0.0051, energy.GetProperty("co2CostEquivalent").GetProperty("value").GetDouble(), 10);

        var properties = scorer.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!)).ToList();
        Assert.All(properties, p => Assert.StartsWith("aicompliance:", p.Item1, StringComparison.Ordinal));
        Assert.Contains(("aicompliance:risk:level", "High"), properties);
        Assert.Contains(("aicompliance:risk:sector", "Finance"), properties);
        Assert.Contains(("aicompliance:risk:sector", "PublicAdministration"), properties);
        Assert.Contains(("aicompliance:oversight:mode", "HumanInTheLoop"), properties);
        Assert.Contains(("aicompliance:contentProvenance:method", "VisibleLabel"), properties);
        Assert.Contains(("aicompliance:dataResidency:region", "SG"), properties);
        Assert.Contains(("aicompliance:performanceMetric:1:threshold", "0.8"), properties);
        Assert.Contains(("aicompliance:performanceMetric:1:meetsThreshold", "false"), properties);

        var loans = components.Single(c => c.GetProperty("bom-ref").GetString() == "dataset:loan-applications");
        Assert.Equal("LicenseRef-Internal", loans.GetProperty("licenses")[0].GetProperty("expression").GetString());
        var data = loans.GetProperty("data")[0];
        Assert.Equal("Personal", data.GetProperty("classification").GetString());
        Assert.Single(data.GetProperty("sensitiveData").EnumerateArray());
        Assert.Equal("https://data.example.com/loans", data.GetProperty("contents").GetProperty("url").GetString());
        Assert.Equal("Core banking", data.GetProperty("governance").GetProperty("owners")[0].GetProperty("organization").GetProperty("name").GetString());

        var dependencies = root.GetProperty("dependencies").EnumerateArray().ToDictionary(d => d.GetProperty("ref").GetString()!, d => d.GetProperty("dependsOn").EnumerateArray().Select(x => x.GetString()).ToList());
        Assert.Equal(11, dependencies["assembly:Contoso.Models"].Count);
        Assert.Equal(new[] { "dataset:loan-applications", "dataset:holdout-2024" }, dependencies["model:credit-risk-scorer"]);
    }

    [Fact]
    public void Only_the_requested_formats_are_written()
    {
        var all = CardFiles.Files(_assemblies.Full.Path);
        var files = CardFiles.Files(_assemblies.Full.Path, new ModelCardOptions { Formats = [CardFormats.CycloneDx, CardFormats.Html] });

        // Per model first, then the assembly's files, whatever order the formats are given in.
        Assert.Equal(all.Where(f => f.Format == CardFormats.Html).Append(all.Single(f => f.Format == CardFormats.CycloneDx)).Select(f => f.Name), files.Select(f => f.Name));
        Assert.All(files, f => Assert.Equal(all.Single(a => a.Name == f.Name).Content, f.Content));
        Assert.All(files.Where(f => f.Format == CardFormats.Html), f => Assert.EndsWith(CardFormats.Html.Extension, f.Name, StringComparison.Ordinal));
        Assert.Equal(CardFormats.CycloneDx.FileName("Contoso.Models"), files[^1].Name);
    }

    [Fact]
    public void An_assembly_without_models_gets_no_file()
    {
        Assert.Empty(CardFiles.Generate(_assemblies.NoModels.Path));
    }

    [Fact]
    public void A_date_goes_into_every_format_only_when_given()
    {
        var date = new DateTimeOffset(2026, 1, 15, 8, 30, 0, TimeSpan.Zero);
        var files = CardFiles.Generate(_assemblies.Full.Path, new ModelCardOptions { Date = date });

        using var json = JsonDocument.Parse(files["bare.json"]);
        Assert.Equal("2026-01-15T08:30:00Z", json.RootElement.GetProperty("date").GetString());
        using var bom = JsonDocument.Parse(files["Contoso.Models.cdx.json"]);
        Assert.Equal("2026-01-15T08:30:00Z", bom.RootElement.GetProperty("metadata").GetProperty("timestamp").GetString());
        Assert.Contains("2026-01-15", CardFiles.Text(files["bare.md"]), StringComparison.Ordinal);
        Assert.Contains("2026-01-15", CardFiles.Text(files["bare.html"]), StringComparison.Ordinal);
        using var undated = JsonDocument.Parse(CardFiles.Generate(_assemblies.Full.Path)["Contoso.Models.cdx.json"]);
        Assert.NotEqual(undated.RootElement.GetProperty("serialNumber").GetString(), bom.RootElement.GetProperty("serialNumber").GetString());
    }

    [Fact]
    public void The_same_assembly_gives_byte_identical_files()
    {
        var first = CardFiles.Generate(_assemblies.Full.Path);
        var second = CardFiles.Generate(_assemblies.Full.Path);

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, content) in first)
        {
            Assert.True(content.AsSpan().SequenceEqual(second[name]), name + " differs between two runs.");
            Assert.DoesNotContain((byte)'\r', content);
        }
    }

    [Fact]
    public async Task Generated_cards_validate_against_their_schemas()
    {
        var directory = _assemblies.NewDirectory("schemas");
        var written = new List<(CardFile File, string Path)>();
        foreach (var assembly in new[] { _assemblies.Full, _assemblies.Hostile, _assemblies.Plain, _assemblies.SelfDefined })
        {
            Write(CardFiles.Files(assembly.Path, new ModelCardOptions { Date = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero) }), Path.GetFileNameWithoutExtension(assembly.Path));
            Write(CardFiles.Files(assembly.Path), Path.GetFileNameWithoutExtension(assembly.Path) + "-undated");
        }

        void Write(IEnumerable<CardFile> files, string folder)
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
            foreach (var file in files)
            {
                File.WriteAllBytes(Path.Combine(directory, folder, file.Name), file.Content);
                written.Add((file, Path.Combine(directory, folder, file.Name)));
            }
        }

        var boms = written.Where(w => w.File.Format == CardFormats.CycloneDx).Select(w => w.Path).ToArray();
        var cards = written.Where(w => w.File.Format == CardFormats.Json).Select(w => w.Path).ToList();
        Assert.Equal(8, boms.Length);
        Assert.True(cards.Count > 20);

        var bomResults = await SchemaValidator.ValidateCycloneDxAsync(boms);
        Assert.All(bomResults, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
        var cardResults = await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, cards);
        Assert.All(cardResults, r => Assert.True(r.Valid, r.File + ": " + r.Errors));
        Assert.Equal(cards.Count, cardResults.Count);
    }

    [Fact]
    public async Task The_validator_rejects_a_broken_bom_so_a_pass_means_something()
    {
        var directory = _assemblies.NewDirectory("broken");
        var path = Path.Combine(directory, "broken.cdx.json");
        var bom = CardFiles.Text(CardFiles.Generate(_assemblies.Full.Path)["Contoso.Models.cdx.json"]).Replace("\"machine-learning-model\"", "\"neural-thing\"", StringComparison.Ordinal);
        File.WriteAllText(path, bom);
        var card = Path.Combine(directory, "broken.json");
        File.WriteAllText(card, CardFiles.Text(CardFiles.Generate(_assemblies.Full.Path)["bare.json"]).Replace("\"schemaVersion\": \"1.6\"", "\"schemaVersion\": \"9\"", StringComparison.Ordinal));

        Assert.False(Assert.Single(await SchemaValidator.ValidateCycloneDxAsync([path])).Valid);
        Assert.False(Assert.Single(await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, [card])).Valid);
    }

    [Fact]
    public void The_json_card_writes_every_object_s_keys_in_the_schema_s_order()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SchemaValidator.ModelCardSchema));
        var cards = CardFiles.Files(_assemblies.Full.Path).Where(f => f.Format == CardFormats.Json).ToList();
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            using var json = JsonDocument.Parse(card.Content);
            var objects = AssertSchemaOrder(json.RootElement, schema.RootElement, card.Name);

            // Every nested object was compared, not only the top level (a card with datasets, metrics and frameworks).
            Assert.True(objects > 1, card.Name);
        }
    }

    /// <summary>Compares the keys of every object with its schema's properties, in order; returns the objects compared.</summary>
    private static int AssertSchemaOrder(JsonElement value, JsonElement schema, string path)
    {
        var compared = 0;
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            // Every required property, and an optional one (otherDeclarations) where the card has it, in the schema's order.
            var required = schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet() : [];
            var expected = string.Join(", ", properties.EnumerateObject().Select(p => p.Name).Where(name => required.Contains(name) || value.TryGetProperty(name, out _)));
            var actual = string.Join(", ", value.EnumerateObject().Select(p => p.Name));
            Assert.True(expected == actual, path + ": expected " + expected + "; actual " + actual);
            compared++;
            foreach (var property in value.EnumerateObject())
            {
                compared += AssertSchemaOrder(property.Value, properties.GetProperty(property.Name), path + "." + property.Name);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                compared += AssertSchemaOrder(item, items, path + "[]");
            }
        }

        return compared;
    }
}
