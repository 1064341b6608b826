using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Claims, not compliance: the CitizenAssistant sample's cards (read from its DLL, built before these tests) do not
/// score the Joint Statement's commitments between governments, list them apart in every format, colour "declared"
/// neutrally, and its BOM states coverage as CycloneDX claims that say "declares", with evidence that resolves.
/// </summary>
[Collection(CompiledAssemblies.Name)]
public sealed class FrameworkCoverageTests
{
    private static readonly string[] CommitmentsBetweenGovernments = { "para3", "para6", "para9" };

    /// <summary>Words of a verdict ("complies", "compliant", "conforms"); "incomplete" or "not a finding of conformity" are not.</summary>
    private static readonly System.Text.RegularExpressions.Regex Verdict = new(@"(?i)\b(compl(y|ies|iant|iance)|conforms?)\b");

    private readonly TestAssemblies _assemblies;

    public FrameworkCoverageTests(TestAssemblies assemblies) => _assemblies = assemblies;

    private static string Configuration =>
        typeof(FrameworkCoverageTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .Cast<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    private static string CitizenAssistantDll => RepositoryRoot.Combine("samples", "CitizenAssistant", "bin", Configuration, "net10.0", "CitizenAssistant.dll");

    private static IReadOnlyDictionary<string, byte[]> CitizenAssistantCards() => CardFiles.Generate(CitizenAssistantDll);

    [Fact]
    public void The_citizen_assistant_json_card_scores_no_commitment_between_governments_and_lists_them_as_context()
    {
        using var card = JsonDocument.Parse(CitizenAssistantCards()["citizen-assistant.json"]);
        var statement = card.RootElement.GetProperty("compliance").GetProperty("frameworks").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "asean-japan-2026");
        var scored = statement.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("para1", scored);
        Assert.All(CommitmentsBetweenGovernments, id => Assert.DoesNotContain(id, scored));

        var context = statement.GetProperty("context").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("reason").GetString()!);
        Assert.All(CommitmentsBetweenGovernments, id => Assert.Contains("asks nothing of a model", context[id], StringComparison.Ordinal));
    }

    [Fact]
    public void The_markdown_and_html_cards_show_context_apart_under_the_renamed_section_with_a_neutral_declared()
    {
        var files = CitizenAssistantCards();
        var (_, body) = CardFiles.SplitMarkdown(CardFiles.Text(files["citizen-assistant.md"]));
        var markdown = CardFiles.RenderMarkdown(body);
        var headings = markdown.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(CardDocumentBuilder.CoverageHeading, headings);
        Assert.DoesNotContain("Compliance", headings);
        var tables = markdown.QuerySelectorAll("table").ToList();
        var scoredClauses = tables.Where(t => t.QuerySelector("th")!.TextContent == "Clause" && t.QuerySelectorAll("th").Any(th => th.TextContent == "Status"))
            .SelectMany(t => t.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent)).ToList();
        var contextClauses = tables.Where(t => t.QuerySelectorAll("th").Any(th => th.TextContent == "Why it is context"))
            .SelectMany(t => t.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent)).ToList();
        Assert.Contains("para1", scoredClauses);
        Assert.All(CommitmentsBetweenGovernments, id =>
        {
            Assert.DoesNotContain(id, scoredClauses);
            Assert.Contains(id, contextClauses);
        });

        var html = CardFiles.ParseHtml(CardFiles.Text(files["citizen-assistant.html"]));
        Assert.NotNull(html.QuerySelector("#framework-coverage"));
        var scoredHtml = html.QuerySelectorAll("table.compliance tbody tr").Select(r => r.Children[0].TextContent).ToList();
        var contextHtml = html.QuerySelectorAll("table.context tbody tr").Select(r => r.Children[0].TextContent).ToList();
        Assert.All(CommitmentsBetweenGovernments, id =>
        {
            Assert.DoesNotContain(id, scoredHtml);
            Assert.Contains(id, contextHtml);
        });
        Assert.Empty(html.QuerySelectorAll("table.context td[class^='status-']"));

        // "declared" is not painted as a pass: its colours are not the green of a met threshold.
        var css = html.QuerySelector("style")!.TextContent;
        Assert.Matches(@"td\.status-declared \{ background: var\(--declared-bg\); color: var\(--declared\);", css);
        Assert.DoesNotMatch(@"td\.status-declared[^{]*\{[^}]*--ok", css);
    }

    [Fact]
    public async Task The_citizen_assistant_bom_claims_only_what_is_declared_and_validates_against_cyclonedx_1_6()
    {
        var files = CitizenAssistantCards();
        var directory = Path.Combine(Path.GetTempPath(), "aicompliance-coverage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "CitizenAssistant.cdx.json");
            File.WriteAllBytes(path, files["CitizenAssistant.cdx.json"]);
            var result = Assert.Single(await SchemaValidator.ValidateCycloneDxAsync([path]));
            Assert.True(result.Valid, result.Errors);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        using var bom = JsonDocument.Parse(files["CitizenAssistant.cdx.json"]);
        var root = bom.RootElement;
        var model = root.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "machine-learning-model");
        var properties = model.GetProperty("properties").EnumerateArray().Select(p => (Name: p.GetProperty("name").GetString()!, Value: p.GetProperty("value").GetString()!)).ToList();
        Assert.All(CommitmentsBetweenGovernments, id => Assert.DoesNotContain(properties, p => p.Name.StartsWith("aicompliance:compliance:asean-japan-2026:" + id, StringComparison.Ordinal)));
        Assert.Contains(properties, p => p.Name == "aicompliance:disclaimer" && p.Value == CycloneDxWriter.Disclaimer);
        Assert.Contains(root.GetProperty("metadata").GetProperty("properties").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "aicompliance:disclaimer" && p.GetProperty("value").GetString()!.StartsWith("Declared, not verified", StringComparison.Ordinal));

        var claims = root.GetProperty("declarations").GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()!).ToList();
        Assert.Contains("claim:citizen-assistant:asean-japan-2026:para1", claims);
        Assert.All(CommitmentsBetweenGovernments, id => Assert.DoesNotContain("claim:citizen-assistant:asean-japan-2026:" + id, claims));

        var statement = root.GetProperty("definitions").GetProperty("standards").EnumerateArray().Single(s => s.GetProperty("bom-ref").GetString() == "standard:asean-japan-2026");
        var tiers = statement.GetProperty("requirements").EnumerateArray().ToDictionary(
            r => r.GetProperty("identifier").GetString()!,
            r => r.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "aicompliance:clause:tier").GetProperty("value").GetString());
        Assert.Equal(16, tiers.Count);
        Assert.All(CommitmentsBetweenGovernments, id => Assert.Equal("context", tiers[id]));
        Assert.Equal("requirement", tiers["para1"]);
    }

    [Fact]
    public void A_claim_read_back_says_declares_targets_the_model_and_rests_on_evidence_that_resolves()
    {
        using var bom = JsonDocument.Parse(CitizenAssistantCards()["CitizenAssistant.cdx.json"]);
        var root = bom.RootElement;
        var declarations = root.GetProperty("declarations");
        var claim = declarations.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("bom-ref").GetString() == "claim:citizen-assistant:asean-japan-2026:para12");

        Assert.Equal(
            "declares intended use, licence, fairness assessment, explainability, AI disclosure and content provenance (what asean-japan-2026 para12 asks of this model)",
            claim.GetProperty("predicate").GetString());
        Assert.Equal("model:citizen-assistant", claim.GetProperty("target").GetString());
        Assert.Contains(root.GetProperty("components").EnumerateArray(), c => c.TryGetProperty("bom-ref", out var r) && r.GetString() == "model:citizen-assistant");

        var evidence = declarations.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.GetProperty("bom-ref").GetString()!);
        var cited = claim.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(
            new[] { "intended-purpose", "ip-copyright", "fairness-evaluation", "explainability", "ai-interaction-disclosure", "content-provenance" }.Select(id => "evidence:citizen-assistant:" + id),
            cited);
        var disclosure = evidence["evidence:citizen-assistant:ai-interaction-disclosure"];
        Assert.Equal("aicompliance:declaration:ai-interaction-disclosure", disclosure.GetProperty("propertyName").GetString());
        var description = disclosure.GetProperty("description").GetString()!;
        Assert.StartsWith("[AiDisclosure] on CitizenAssistant.PublicServiceAssistant, compiled into CitizenAssistant ", description, StringComparison.Ordinal);
        Assert.EndsWith("; status declared.", description, StringComparison.Ordinal);
        var modelProperties = root.GetProperty("components").EnumerateArray().Single(c => c.TryGetProperty("bom-ref", out var r) && r.GetString() == "model:citizen-assistant")
            .GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("aicompliance:declaration:ai-interaction-disclosure", modelProperties);

        // The attestation maps the requirement to this claim, and the requirement is in the framework's standard.
        var map = declarations.GetProperty("attestations").EnumerateArray().Single().GetProperty("map").EnumerateArray()
            .Single(m => m.GetProperty("requirement").GetString() == "requirement:asean-japan-2026:para12");
        Assert.Equal("claim:citizen-assistant:asean-japan-2026:para12", Assert.Single(map.GetProperty("claims").EnumerateArray()).GetString());
        Assert.False(map.TryGetProperty("conformance", out _));
        Assert.Equal("assessor:self", declarations.GetProperty("attestations")[0].GetProperty("assessor").GetString());
        Assert.False(Assert.Single(declarations.GetProperty("assessors").EnumerateArray()).GetProperty("thirdParty").GetBoolean());
    }

    [Fact]
    public void No_claim_or_attestation_says_the_model_complies_and_what_is_not_declared_is_a_counter_claim()
    {
        using var bom = JsonDocument.Parse(CardFiles.Generate(_assemblies.Full.Path)["Contoso.Models.cdx.json"]);
        var declarations = bom.RootElement.GetProperty("declarations");
        var claims = declarations.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("bom-ref").GetString()!);
        Assert.NotEmpty(claims);
        foreach (var claim in claims.Values)
        {
            var predicate = claim.GetProperty("predicate").GetString()!;
            Assert.True(predicate.StartsWith("declares ", StringComparison.Ordinal) || predicate.StartsWith("does not declare ", StringComparison.Ordinal), predicate);
            Assert.DoesNotMatch(Verdict, predicate + " " + claim.GetProperty("reasoning").GetString());
        }

        var counted = 0;
        foreach (var attestation in declarations.GetProperty("attestations").EnumerateArray())
        {
            Assert.DoesNotMatch(Verdict, attestation.GetProperty("summary").GetString()!);
            foreach (var map in attestation.GetProperty("map").EnumerateArray())
            {
                if (map.TryGetProperty("counterClaims", out var counter))
                {
                    var predicate = claims[Assert.Single(counter.EnumerateArray()).GetString()!].GetProperty("predicate").GetString()!;
                    Assert.StartsWith("does not declare ", predicate, StringComparison.Ordinal);
                    counted++;
                }
                else
                {
                    Assert.StartsWith("declares ", claims[Assert.Single(map.GetProperty("claims").EnumerateArray()).GetString()!].GetProperty("predicate").GetString()!, StringComparison.Ordinal);
                }
            }
        }

        // The fixture's bare model declares almost nothing: its gaps are counter-claims, never claims.
        Assert.True(counted > 0);
        Assert.Contains(claims.Keys, key => key.StartsWith("claim:bare:", StringComparison.Ordinal));
        Assert.All(claims.Where(c => c.Key.StartsWith("claim:bare:", StringComparison.Ordinal) && !c.Value.GetProperty("predicate").GetString()!.Contains("model identity", StringComparison.Ordinal)),
            c => Assert.StartsWith("does not declare ", c.Value.GetProperty("predicate").GetString()!, StringComparison.Ordinal));
    }
}
