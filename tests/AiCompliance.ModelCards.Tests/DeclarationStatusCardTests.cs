using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Tests.Robustness;
using AiCompliance.Policy;
using AngleSharp.Dom;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Issue 11, case 1: placeholder, empty, invisible, invalid, contradicted and out-of-date declarations are never
/// "declared" in any card format, and such a card carries an "incomplete" banner (a field in JSON, a property in
/// CycloneDX). Every assertion reads the written files back.
/// </summary>
public sealed class DeclarationStatusCardTests
{
    /// <summary>Exactly what the AIC1xx code fixes insert, on a high-risk finance model (analyzers/AiCompliance.CodeFixes).</summary>
    private const string WhatTheFixesInsert = """
        using AiCompliance;

        [AiModel("credit-advisor", Kind = ModelKind.Generative, License = "TODO: SPDX licence expression")]
        [RiskProfile(RiskLevel.High, Sector.Finance, Rationale = "TODO: why this risk level and these sectors")]
        [IntendedUse("TODO: what the model is for")]
        [KnownLimitation("TODO: what the model does badly or cannot do")]
        [ImpactAssessment("TODO: assessment document id or URL")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "TODO: role of the person who reviews decisions")]
        [AccountableOwner("TODO: owner", Contact = "TODO")]
        [TrainedOn("TODO: dataset id")]
        [Evaluation("TODO: metric", double.NaN)]
        [FairnessAssessment("TODO: protected attribute")]
        [SecurityAssessment(SecurityTest.None, Findings = "TODO: tests done and their findings")]
        [Explainability("TODO: how outputs are explained")]
        [AiDisclosure("TODO: the notice shown to people")]
        [ContentProvenance(ProvenanceMethod.VisibleLabel, Standard = "TODO: how generated content is marked")]
        [SupportedLanguages("TODO: BCP 47 language tag")]
        [DataResidency("TODO: ISO 3166-1 alpha-2 code")]
        [DecisionLogging("TODO: what is logged and for how long")]
        [Monitoring("TODO: incident contact (email or URL)")]
        [ComputeFootprint(Hardware = "TODO: training hardware")]
        public sealed class CreditAdvisor
        {
        }
        """;

    private const string OneProblemEach = """
        using AiCompliance;

        [AiModel("empty-texts")]
        [IntendedUse("")]
        [AccountableOwner("", Contact = "owner@example.com")]
        public sealed class EmptyTexts { }

        [AiModel("filler-texts")]
        [IntendedUse("\u3164\u3164\u3164")]
        [AccountableOwner("\u115F\u1160", Contact = "owner@example.com")]
        public sealed class FillerTexts { }

        [AiModel("triage")]
        [RiskProfile(RiskLevel.High, Sector.Healthcare)]
        [HumanOversight(OversightMode.HumanOutOfTheLoop)]
        public sealed class Triage { }

        [AiModel("scorer")]
        [Evaluation("accuracy", 7.5)]
        public sealed class Scorer { }

        [AiModel("old-assessment")]
        [RiskProfile(RiskLevel.High, Sector.Finance)]
        [ImpactAssessment("DPIA-7", Date = "2015-01-15")]
        public sealed class OldAssessment { }

        [AiModel("bare")]
        public sealed class Bare { }

        [AiModel("review-sentiment", Kind = ModelKind.Classifier)]
        [TrainedOn("product-reviews-2025")]
        public sealed class ReviewSentiment { }

        [AiModel("current-assessment")]
        [RiskProfile(RiskLevel.High, Sector.Finance)]
        [ImpactAssessment("DPIA-8", Date = "2026-03-01")]
        public sealed class CurrentAssessment { }
        """;

    private static readonly PolicySettings AllFrameworks =
        PolicySettings.Create(null, string.Join(",", Policy.Frameworks.FrameworkCatalog.All.Select(f => f.Id)), null, null, null).WithToday(new DateTime(2026, 6, 1));

    private static readonly Lazy<Dictionary<string, byte[]>> FixCards = new(() => Generate("Bank.Fixes", WhatTheFixesInsert));

    private static readonly Lazy<Dictionary<string, byte[]>> ProblemCards = new(() => Generate("Bank.Problems", OneProblemEach));

    private static Dictionary<string, byte[]> Generate(string name, string source) =>
        ModelCardGenerator.Generate(
                AssemblyDeclarationReader.Read(RobustnessAssemblies.Compile(name, source), name + ".dll"),
                new ModelCardOptions { Settings = AllFrameworks, Formats = CardFormats.All })
            .ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);

    private static JsonDocument Json(Dictionary<string, byte[]> files, string model) => JsonDocument.Parse(files[model + ".json"]);

    private static IDocument Html(Dictionary<string, byte[]> files, string model) => CardFiles.ParseHtml(CardFiles.Text(files[model + ".html"]));

    private static IDocument Markdown(Dictionary<string, byte[]> files, string model) =>
        CardFiles.RenderMarkdown(CardFiles.SplitMarkdown(CardFiles.Text(files[model + ".md"])).Body);

    /// <summary>The aicompliance: properties of a model's component in the CycloneDX BOM.</summary>
    private static Dictionary<string, List<string>> BomProperties(Dictionary<string, byte[]> files, string bomName, string model)
    {
        using var bom = JsonDocument.Parse(files[bomName]);
        var component = bom.RootElement.GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("type").GetString() == "machine-learning-model" && c.GetProperty("properties").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "aicompliance:model:id" && p.GetProperty("value").GetString() == model));
        return component.GetProperty("properties").EnumerateArray()
            .GroupBy(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString()!)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The JSON card's clauses, with the ids of the applicable declarations each cites.</summary>
    private static List<(string Framework, string Clause, string Status, List<string> Applicable)> Clauses(JsonDocument card) =>
        card.RootElement.GetProperty("compliance").GetProperty("frameworks").EnumerateArray()
            .SelectMany(f => f.GetProperty("clauses").EnumerateArray().Select(c => (
                f.GetProperty("id").GetString()!,
                c.GetProperty("id").GetString()!,
                c.GetProperty("status").GetString()!,
                c.GetProperty("declarations").EnumerateArray().Where(d => d.GetProperty("status").GetString() != "not applicable").Select(d => d.GetProperty("id").GetString()!).ToList())))
            .ToList();

    private static List<string> MatrixStatuses(IDocument document) =>
        document.QuerySelectorAll("table")
            .Where(t => t.QuerySelectorAll("th").Select(th => th.TextContent).SequenceEqual(["Clause", "Title", "Status", "Not declared"]))
            .SelectMany(t => t.QuerySelectorAll("tbody tr"))
            .Select(r => r.Children[2].TextContent)
            .ToList();

    [Fact]
    public void What_the_code_fixes_insert_is_declared_by_no_clause_in_any_format()
    {
        var files = FixCards.Value;

        using var json = Json(files, "credit-advisor");
        var clauses = Clauses(json);
        Assert.NotEmpty(clauses);
        Assert.DoesNotContain(clauses, c => c.Status == "declared");
        Assert.Contains(clauses, c => c.Status == "incomplete");
        Assert.True(json.RootElement.GetProperty("incomplete").GetBoolean());
        var statuses = json.RootElement.GetProperty("declarationStatuses").EnumerateArray().ToList();
        Assert.Equal(Policy.Requirements.DeclarationCatalog.All.Count, statuses.Count); // a generative high-risk model: every declaration applies
        Assert.DoesNotContain(statuses, s => s.GetProperty("status").GetString() == "declared");
        Assert.All(statuses, s => Assert.NotEqual(0, s.GetProperty("reasons").GetArrayLength()));
        var owner = statuses.Single(s => s.GetProperty("id").GetString() == "accountable-owner");
        Assert.Equal("incomplete", owner.GetProperty("status").GetString());
        Assert.StartsWith("AIC208: ", owner.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);

        foreach (var document in new[] { Markdown(files, "credit-advisor"), Html(files, "credit-advisor") })
        {
            var banner = CardFiles.Banner(document);
            Assert.NotNull(banner);
            Assert.Same(banner, document.QuerySelector("h1")!.NextElementSibling);
            var count = Policy.Requirements.DeclarationCatalog.All.Count;
            Assert.StartsWith($"Incomplete card: {count} of the {count} declarations", banner!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal(count, banner.QuerySelectorAll("li").Length);
            Assert.Contains(banner.QuerySelectorAll("li"), li => li.TextContent.StartsWith("Accountable owner: incomplete — AIC208: ", StringComparison.Ordinal));

            var matrix = MatrixStatuses(document);
            Assert.Equal(clauses.Count, matrix.Count);
            Assert.DoesNotContain("declared", matrix);
        }

        Assert.Empty(Html(files, "credit-advisor").QuerySelectorAll("td.status-declared"));

        var properties = BomProperties(files, "Bank.Fixes.cdx.json", "credit-advisor");
        Assert.Equal(["true"], properties["aicompliance:incomplete"]);
        Assert.Equal(["incomplete"], properties["aicompliance:declaration:accountable-owner"]);
        var clauseValues = properties.Where(p => p.Key.StartsWith("aicompliance:compliance:", StringComparison.Ordinal) && p.Key.Count(ch => ch == ':') == 3).SelectMany(p => p.Value).ToList();
        Assert.Equal(clauses.Count, clauseValues.Count);
        Assert.DoesNotContain("declared", clauseValues);
        Assert.DoesNotContain(properties, p => p.Key.StartsWith("aicompliance:declaration:", StringComparison.Ordinal) && !p.Key.EndsWith(":reason", StringComparison.Ordinal) && p.Value.Contains("declared"));
    }

    [Theory]
    [InlineData("empty-texts", "intended-purpose", "incomplete")]
    [InlineData("empty-texts", "accountable-owner", "incomplete")]
    [InlineData("filler-texts", "intended-purpose", "incomplete")]
    [InlineData("filler-texts", "accountable-owner", "incomplete")]
    [InlineData("triage", "human-oversight", "contradicted")]
    [InlineData("scorer", "performance-evaluation", "invalid")]
    [InlineData("old-assessment", "risk-impact-assessment", "out of date")]
    [InlineData("bare", "personal-data", "missing")]
    [InlineData("review-sentiment", "data-provenance", "incomplete")]
    [InlineData("review-sentiment", "personal-data", "missing")]
    public void A_declaration_that_says_nothing_true_is_never_declared(string model, string declaration, string status)
    {
        var files = ProblemCards.Value;

        using var json = Json(files, model);
        Assert.True(json.RootElement.GetProperty("incomplete").GetBoolean());
        var entry = json.RootElement.GetProperty("declarationStatuses").EnumerateArray().Single(s => s.GetProperty("id").GetString() == declaration);
        Assert.Equal(status, entry.GetProperty("status").GetString());
        var citing = Clauses(json).Where(c => c.Applicable.Contains(declaration)).ToList();
        Assert.NotEmpty(citing);
        Assert.DoesNotContain(citing, c => c.Status == "declared");

        var title = Policy.Requirements.DeclarationCatalog.Get(declaration).Title;
        foreach (var document in new[] { Markdown(files, model), Html(files, model) })
        {
            Assert.Contains(CardFiles.Banner(document)!.QuerySelectorAll("li"), li => li.TextContent.StartsWith(title + ": " + status + " — ", StringComparison.Ordinal));
        }

        var properties = BomProperties(files, "Bank.Problems.cdx.json", model);
        Assert.Equal([status], properties["aicompliance:declaration:" + declaration]);
        Assert.Equal(["true"], properties["aicompliance:incomplete"]);
    }

    [Fact]
    public void A_bare_model_shows_no_privacy_clause_as_declared()
    {
        using var json = Json(ProblemCards.Value, "bare");
        var clauses = Clauses(json);

        Assert.Equal("missing", clauses.Single(c => c.Framework == "jp-aigfb" && c.Clause == "II-C4").Status);
        Assert.DoesNotContain(clauses, c => c.Status == "declared" && c.Applicable.Contains("personal-data"));
    }

    [Fact]
    public void A_model_trained_on_an_undeclared_dataset_shows_no_data_governance_clause_as_declared()
    {
        using var json = Json(ProblemCards.Value, "review-sentiment");
        var clauses = Clauses(json);

        foreach (var (framework, clause) in new[] { ("asean-guide-2024", "B5"), ("asean-japan-2026", "para11"), ("asean-genai-2025", "REC-2"), ("hiroshima-coc", "A11") })
        {
            Assert.NotEqual("declared", clauses.Single(c => c.Framework == framework && c.Clause == clause).Status);
        }
    }

    [Fact]
    public void A_current_complete_declaration_is_declared_and_its_clauses_say_so()
    {
        var files = ProblemCards.Value;
        using var json = Json(files, "current-assessment");

        var entry = json.RootElement.GetProperty("declarationStatuses").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "risk-impact-assessment");
        Assert.Equal("declared", entry.GetProperty("status").GetString());
        Assert.Equal(0, entry.GetProperty("reasons").GetArrayLength());
        Assert.Equal(["declared"], BomProperties(files, "Bank.Problems.cdx.json", "current-assessment")["aicompliance:declaration:risk-impact-assessment"]);

        // A clause that cites only this declaration is declared; the card is still incomplete (the rest is missing).
        var only = Clauses(json).Where(c => c.Applicable.SequenceEqual(["risk-impact-assessment"])).ToList();
        Assert.NotEmpty(only);
        Assert.All(only, c => Assert.Equal("declared", c.Status));
        Assert.True(json.RootElement.GetProperty("incomplete").GetBoolean());
    }

    /// <summary>A minimal-risk classifier that declares everything the Joint Statement alone asks of it.</summary>
    private const string CompleteSpellChecker = """
        using AiCompliance;

        [assembly: Dataset("word-list", Source = "Editor team", License = "MIT", PersonalData = PersonalDataKind.None)]

        [AiModel("spell-checker", Name = "Spell checker", Kind = ModelKind.Classifier)]
        [RiskProfile(RiskLevel.Minimal, Rationale = "Suggests spellings; a person accepts each one.")]
        [IntendedUse("Suggest spellings in the editor")]
        [AccountableOwner("Editor team", Contact = "editor@example.com")]
        [TrainedOn("word-list")]
        [Evaluation("accuracy", 0.97, Dataset = "word-list")]
        public sealed class SpellChecker { }
        """;

    /// <summary>Every card format of the "Editor" assembly compiled from <paramref name="source"/>, under the Joint Statement alone.</summary>
    private static Dictionary<string, byte[]> EditorCards(string source)
    {
        var settings = PolicySettings.Create(null, "asean-japan-2026", null, null, null).WithToday(new DateTime(2026, 6, 1));
        return ModelCardGenerator.Generate(
                AssemblyDeclarationReader.Read(RobustnessAssemblies.Compile("Editor", source), "Editor.dll"),
                new ModelCardOptions { Settings = settings, Formats = CardFormats.All })
            .ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
    }

    [Fact]
    public void A_card_with_every_expected_declaration_declared_has_no_banner()
    {
        var files = EditorCards(CompleteSpellChecker);

        using var json = Json(files, "spell-checker");
        var expected = json.RootElement.GetProperty("declarationStatuses").EnumerateArray().ToList();
        // The Joint Statement alone asks seven of them: para 6 (testing work between governments) is context, so no
        // performance evaluation, but the word list it trains on owes its licence (ip-copyright) though it is a classifier.
        Assert.Equal(7, expected.Count);
        Assert.All(expected, s => Assert.Equal("declared", s.GetProperty("status").GetString()));
        Assert.False(json.RootElement.GetProperty("incomplete").GetBoolean());
        Assert.Null(CardFiles.Banner(Markdown(files, "spell-checker")));
        Assert.Null(CardFiles.Banner(Html(files, "spell-checker")));
        Assert.Equal(["false"], BomProperties(files, "Editor.cdx.json", "spell-checker")["aicompliance:incomplete"]);
    }

    /// <summary>
    /// A declaration beyond what the frameworks ask is not rated, but a card that shows it must not let it stand when the
    /// code contradicts it: a minimal-risk classifier that declares a human in the loop while its code hands a model a
    /// tool that runs without approval (AIC402, from the recorded code evidence).
    /// </summary>
    [Fact]
    public void A_declaration_beyond_the_frameworks_that_the_code_contradicts_gets_its_own_banner_and_leaves_the_card_complete()
    {
        var source = CompleteSpellChecker
            .Replace(
                "[AiModel(",
                """
                [assembly: global::AiCompliance.ObservedInCode("spell-checker", "read")]
                [assembly: global::AiCompliance.ObservedInCode("spell-checker", "tool", Value = "ReplaceAll", Api = "AIFunctionFactory", Approval = "not-required", File = "SpellChecker.cs", Line = 14)]

                [AiModel(
                """,
                StringComparison.Ordinal)
            .Replace(
                "public sealed class SpellChecker",
                """
                [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "The writer", CanOverride = true, CanStop = true, Justification = "The writer accepts every suggestion")]
                public sealed class SpellChecker
                """,
                StringComparison.Ordinal);
        var files = EditorCards(source);

        using var json = Json(files, "spell-checker");
        Assert.False(json.RootElement.GetProperty("incomplete").GetBoolean());
        var statuses = json.RootElement.GetProperty("declarationStatuses").EnumerateArray().ToList();
        Assert.Equal(8, statuses.Count);
        Assert.All(statuses.Take(7), s => Assert.Equal("declared", s.GetProperty("status").GetString()));
        var oversight = statuses[7];
        Assert.Equal("human-oversight", oversight.GetProperty("id").GetString());
        Assert.Equal("contradicted", oversight.GetProperty("status").GetString());
        var reason = oversight.GetProperty("reasons")[0].GetString()!;
        Assert.StartsWith("AIC402: ", reason, StringComparison.Ordinal);
        Assert.Contains("'ReplaceAll'", reason, StringComparison.Ordinal);
        Assert.Contains("(code: SpellChecker.cs:14)", reason, StringComparison.Ordinal);

        foreach (var document in new[] { Markdown(files, "spell-checker"), Html(files, "spell-checker") })
        {
            Assert.Null(CardFiles.Banner(document));
            var banner = document.QuerySelector("section#contradicted")
                ?? document.QuerySelectorAll("blockquote").Single(b => b.TextContent.TrimStart().StartsWith("Contradicted declaration:", StringComparison.Ordinal));
            Assert.Same(banner, document.QuerySelector("h1")!.NextElementSibling);
            Assert.StartsWith(
                "Contradicted declaration: 1 declaration this model makes beyond what the selected frameworks ask is contradicted",
                banner.TextContent.Trim(),
                StringComparison.Ordinal);
            var item = Assert.Single(banner.QuerySelectorAll("li"));
            Assert.Equal("Human oversight: contradicted — " + reason, item.TextContent.Trim());
        }

        var properties = BomProperties(files, "Editor.cdx.json", "spell-checker");
        Assert.Equal(["false"], properties["aicompliance:incomplete"]);
        Assert.Equal(["contradicted"], properties["aicompliance:declaration:human-oversight"]);
    }
}
