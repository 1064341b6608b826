using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Testing;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// A model-level declaration kind without a property of its own in the JSON card is written under otherDeclarations,
/// from the declaration registry. Kinds that do have one are forced through that path here, so its output can be
/// compared with the bespoke layout and checked value by value.
/// </summary>
public sealed class JsonGenericDeclarationTests
{
    // Markup, quotes, a control character and a lone surrogate (which UTF-8 cannot carry, so it becomes U+FFFD).
    private const string Hostile = "<script>\"a\" & 'b'\u0007\uD800|";
    private const string HostileCleaned = "<script>\"a\" & 'b'\u0007\uFFFD|";

    private static readonly Lazy<ModelCard> Card = new(() => BuildCard(
        Raw(DeclarationKinds.AiModel, ("Id", "loan-scorer")),
        Raw(DeclarationKinds.RiskProfile, ("Level", 42), ("Sectors", new object?[] { 3, 5 }), ("Rationale", Hostile)),
        Raw(DeclarationKinds.IntendedUse, ("Purpose", Hostile), ("Users", new object?[] { "analysts", Hostile, null })),
        Raw(DeclarationKinds.KnownLimitation, ("Description", "first"), ("Mitigation", Hostile)),
        Raw(DeclarationKinds.KnownLimitation, ("Description", "second")),
        Raw(DeclarationKinds.HumanOversight, ("Mode", 1), ("Reviewer", Hostile), ("CanOverride", true), ("CanStop", false)),
        Raw(DeclarationKinds.AccountableOwner, ("Owner", Hostile), ("Contact", "owner@example.com")),
        Raw(DeclarationKinds.FairnessAssessment, ("ProtectedAttribute", "age"), ("Metric", "ratio"), ("Value", 0.8), ("Groups", new object?[] { "young", "old" }), ("GroupValues", new object?[] { 0.5, double.NaN })),
        Raw(DeclarationKinds.SecurityAssessment, ("Tests", 9), ("Findings", Hostile)),
        Raw(DeclarationKinds.Explainability, ("Method", Hostile)),
        Raw(DeclarationKinds.ContentProvenance, ("Methods", 0), ("Standard", "C2PA")),
        Raw(DeclarationKinds.SupportedLanguages, ("LanguageTags", new object?[] { "vi", Hostile })),
        Raw(DeclarationKinds.DataTransfer, ("FromRegion", "EU"), ("ToRegion", "US"), ("Safeguards", Hostile)),
        Raw(DeclarationKinds.DecisionLogging, ("Description", Hostile), ("RetentionDays", 90)),
        Raw(DeclarationKinds.Monitoring, ("IncidentContact", "ops@example.com"), ("DriftMonitoring", true)),
        Raw(DeclarationKinds.ComputeFootprint, ("TrainingEnergyKWh", 12.5), ("Co2eKg", double.PositiveInfinity), ("Hardware", Hostile))));

    /// <summary>The kinds whose bespoke layout is an object (or array of objects) with exactly the registry's properties.</summary>
    public static TheoryData<string, string> MirroredLayouts => new()
    {
        { nameof(DeclarationKinds.KnownLimitation), "knownLimitations" },
        { nameof(DeclarationKinds.ImpactAssessment), "impactAssessment" },
        { nameof(DeclarationKinds.HumanOversight), "humanOversight" },
        { nameof(DeclarationKinds.AccountableOwner), "accountableOwner" },
        { nameof(DeclarationKinds.SecurityAssessment), "securityAssessment" },
        { nameof(DeclarationKinds.Explainability), "explainability" },
        { nameof(DeclarationKinds.AiDisclosure), "aiDisclosures" },
        { nameof(DeclarationKinds.ContentProvenance), "contentProvenance" },
        { nameof(DeclarationKinds.SupportedLanguages), "supportedLanguages" },
        { nameof(DeclarationKinds.DataResidency), "dataResidency" },
        { nameof(DeclarationKinds.DataTransfer), "dataTransfers" },
        { nameof(DeclarationKinds.DecisionLogging), "decisionLogging" },
        { nameof(DeclarationKinds.Monitoring), "monitoring" },
        { nameof(DeclarationKinds.ComputeFootprint), "computeFootprint" },
    };

    [Fact]
    public void Every_model_level_kind_is_written_either_bespoke_or_generically()
    {
        var modelLevel = DeclarationKinds.In(DeclarationScope.Model);

        Assert.Empty(JsonCardWriter.BespokeKinds.Intersect(JsonCardWriter.GenericKinds));
        Assert.Equal(
            modelLevel.Select(k => k.ShortName).OrderBy(n => n, StringComparer.Ordinal),
            JsonCardWriter.BespokeKinds.Concat(JsonCardWriter.GenericKinds).Select(k => k.ShortName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(modelLevel.Where(k => !JsonCardWriter.BespokeKinds.Contains(k)), JsonCardWriter.GenericKinds);
    }

    [Fact]
    public void Without_generic_kinds_the_card_has_no_other_declarations()
    {
        using var json = JsonDocument.Parse(JsonCardWriter.Write(Card.Value, Array.Empty<DeclarationKind>()));

        Assert.False(json.RootElement.TryGetProperty("otherDeclarations", out _));
    }

    [Theory]
    [MemberData(nameof(MirroredLayouts))]
    public void A_kind_forced_through_the_generic_path_reads_as_its_bespoke_layout(string kindName, string bespokeKey)
    {
        var kind = DeclarationKinds.All.Single(k => k.ShortName == kindName);

        using var json = JsonDocument.Parse(JsonCardWriter.Write(Card.Value, new[] { kind }));

        var other = json.RootElement.GetProperty("otherDeclarations");
        Assert.Equal(new[] { ToCamelCase(kindName) }, other.EnumerateObject().Select(p => p.Name));
        // The texts as written (escapes included), less the indentation, which follows the depth.
        Assert.Equal(Unindented(json.RootElement.GetProperty(bespokeKey)), Unindented(other.GetProperty(ToCamelCase(kindName))));
    }

    [Fact]
    public void Every_shape_is_written_as_its_json_value_with_text_cleaned()
    {
        using var json = JsonDocument.Parse(JsonCardWriter.Write(
            Card.Value, new[] { DeclarationKinds.RiskProfile, DeclarationKinds.IntendedUse, DeclarationKinds.FairnessAssessment, DeclarationKinds.Evaluation }));
        var other = json.RootElement.GetProperty("otherDeclarations");

        Assert.Equal(new[] { "riskProfile", "intendedUse", "fairnessAssessment", "evaluation" }, other.EnumerateObject().Select(p => p.Name));

        var risk = other.GetProperty("riskProfile");
        Assert.Equal(new[] { "level", "sectors", "rationale" }, risk.EnumerateObject().Select(p => p.Name));
        Assert.Equal("(RiskLevel)42", risk.GetProperty("level").GetString());
        Assert.Equal(new[] { "Finance", "Employment" }, risk.GetProperty("sectors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HostileCleaned, risk.GetProperty("rationale").GetString());

        var use = other.GetProperty("intendedUse");
        Assert.Equal(HostileCleaned, use.GetProperty("purpose").GetString());
        Assert.Equal(new[] { "analysts", HostileCleaned, null }, use.GetProperty("users").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Array, use.GetProperty("outOfScope").ValueKind);
        Assert.Equal(0, use.GetProperty("outOfScope").GetArrayLength());

        var fairness = Assert.Single(other.GetProperty("fairnessAssessment").EnumerateArray());
        Assert.Equal(0.8, fairness.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, fairness.GetProperty("threshold").ValueKind);
        Assert.Equal(JsonValueKind.Null, fairness.GetProperty("higherIsBetter").ValueKind);
        Assert.Equal(new[] { "young", "old" }, fairness.GetProperty("groups").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("[0.5,null]", fairness.GetProperty("groupValues").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));

        // A repeatable kind the model does not declare is [], as the bespoke lists are.
        Assert.Equal(0, other.GetProperty("evaluation").GetArrayLength());
    }

    [Fact]
    public void A_single_kind_the_model_does_not_declare_is_null()
    {
        using var json = JsonDocument.Parse(JsonCardWriter.Write(Card.Value, new[] { DeclarationKinds.ImpactAssessment }));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("otherDeclarations").GetProperty("impactAssessment").ValueKind);
    }

    [Fact]
    public async Task A_card_with_every_model_level_kind_written_generically_follows_the_schema()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aicompliance-generic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "generic.json");
            File.WriteAllBytes(path, JsonCardWriter.Write(Card.Value, DeclarationKinds.In(DeclarationScope.Model)));
            var broken = Path.Combine(directory, "broken.json");
            File.WriteAllText(broken, File.ReadAllText(path).Replace("\"otherDeclarations\": {", "\"otherDeclarations\": { \"extra\": { \"nested\": { \"no\": 1 } },", StringComparison.Ordinal));

            var results = await SchemaValidator.ValidateAsync(SchemaValidator.ModelCardSchema, [path, broken]);

            Assert.True(results[0].Valid, results[0].Errors);
            Assert.False(results[1].Valid); // a property value that is neither a scalar nor a list is refused
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Unindented(JsonElement element) => Regex.Replace(element.GetRawText(), "\n *", "\n");

    private static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static RawDeclaration Raw(DeclarationKind kind, params (string Name, object? Value)[] values) =>
        new(kind.AttributeName, Array.Empty<object?>(), values.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)).ToList(), null);

    private static ModelCard BuildCard(params RawDeclaration[] declarations)
    {
        var model = DeclarationBinder.BindType("Bank.LoanScorer", declarations);
        var assembly = new ScannedAssembly(
            new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = new[] { model } },
            Guid.Empty,
            new string('0', 64),
            null);
        return ModelCardBuilder.Build(assembly, PolicySettings.Default, date: null).Single();
    }
}
