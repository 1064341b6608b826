using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AiCompliance.ModelCards.Formats;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Model-level kinds the CycloneDX writer has no bespoke layout for are written from the registry; existing kinds are
/// pushed through that path here to pin its names and values.
/// </summary>
public sealed class CycloneDxGenericPropertiesTests
{
    private const string LoneSurrogate = "\uD800";

    [Fact]
    public void The_bespoke_kinds_are_model_level_registry_kinds()
    {
        var modelKinds = DeclarationKinds.In(DeclarationScope.Model);

        Assert.All(CycloneDxWriter.BespokeKinds, kind => Assert.Contains(kind, modelKinds));
    }

    [Fact]
    public void Every_model_level_kind_without_a_bespoke_layout_reaches_the_bom()
    {
        var generic = DeclarationKinds.In(DeclarationScope.Model).Where(kind => !CycloneDxWriter.BespokeKinds.Contains(kind)).ToList();
        var model = DeclarationBinder.BindType("Bank.Scorer", generic.Select(Marked).Append(Marked(DeclarationKinds.AiModel)).ToList());

        var names = BomModelProperties(model).Select(p => p.Name).ToList();

        Assert.All(generic, kind => Assert.Contains(names, name => name.StartsWith("aicompliance:" + char.ToLowerInvariant(kind.ShortName[0]) + kind.ShortName.Substring(1) + ":", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_single_kind_is_written_one_property_per_value_with_text_cleaned()
    {
        var model = new ModelDeclarations
        {
            TypeName = "Bank.Scorer",
            Monitoring = new MonitoringDeclaration { IncidentContact = "ops" + LoneSurrogate + "@bank.example", DriftMonitoring = true, ReviewIntervalDays = 90 },
            RiskProfile = new RiskProfileDeclaration { Level = RiskLevel.High, Sectors = new[] { Sector.Finance, (Sector)99 } },
            SecurityAssessment = new SecurityAssessmentDeclaration { Tests = SecurityTest.RedTeaming | SecurityTest.PromptInjection, Findings = "" },
            IntendedUse = new IntendedUseDeclaration { Purpose = "Scoring", Users = new[] { "analysts", null, "auditors" } },
        };

        Assert.Equal(
            new[]
            {
                ("aicompliance:monitoring:incidentContact", "ops\uFFFD@bank.example"),
                ("aicompliance:monitoring:driftMonitoring", "true"),
                ("aicompliance:monitoring:reviewIntervalDays", "90"),
            },
            Pairs(DeclarationKinds.Monitoring, model));
        Assert.Equal(
            new[]
            {
                ("aicompliance:riskProfile:level", "High"),
                ("aicompliance:riskProfile:sectors", "Finance"),
                ("aicompliance:riskProfile:sectors", "(Sector)99"),
            },
            Pairs(DeclarationKinds.RiskProfile, model));
        Assert.Equal(
            new[]
            {
                ("aicompliance:securityAssessment:tests", "RedTeaming"),
                ("aicompliance:securityAssessment:tests", "PromptInjection"),
            },
            Pairs(DeclarationKinds.SecurityAssessment, model));
        Assert.Equal(
            new[]
            {
                ("aicompliance:intendedUse:purpose", "Scoring"),
                ("aicompliance:intendedUse:users", "analysts"),
                ("aicompliance:intendedUse:users", "auditors"),
            },
            Pairs(DeclarationKinds.IntendedUse, model));
        Assert.Empty(Pairs(DeclarationKinds.Explainability, model));
    }

    [Fact]
    public void A_repeatable_kind_is_written_under_a_zero_based_index()
    {
        var model = new ModelDeclarations
        {
            TypeName = "Bank.Scorer",
            FairnessAssessments = new[]
            {
                new FairnessAssessmentDeclaration { ProtectedAttribute = "age", Value = 0.125, HigherIsBetter = false, GroupValues = new[] { 0.5, 1e-7 } },
                new FairnessAssessmentDeclaration { Metric = "parity" },
            },
        };

        Assert.Equal(
            new[]
            {
                ("aicompliance:fairnessAssessment:0:protectedAttribute", "age"),
                ("aicompliance:fairnessAssessment:0:value", "0.125"),
                ("aicompliance:fairnessAssessment:0:higherIsBetter", "false"),
                ("aicompliance:fairnessAssessment:0:groupValues", "0.5"),
                ("aicompliance:fairnessAssessment:0:groupValues", "1E-07"),
                ("aicompliance:fairnessAssessment:1:metric", "parity"),
            },
            Pairs(DeclarationKinds.FairnessAssessment, model));
    }

    private static (string Name, string Value)[] Pairs(DeclarationKind kind, ModelDeclarations model) =>
        CycloneDxWriter.GenericProperties(kind, model).Select(p => (p.Name, p.Value)).ToArray();

    private static RawDeclaration Marked(DeclarationKind kind) =>
        new(
            kind.AttributeName,
            Array.Empty<object?>(),
            kind.Properties
                .Where(p => p.Shape == PropertyShape.Text)
                .Select(p => new KeyValuePair<string, object?>(p.Name, "m" + kind.ShortName + p.Name))
                .ToList(),
            null);

    private static List<(string Name, string Value)> BomModelProperties(ModelDeclarations model)
    {
        var scanned = new ScannedAssembly(
            new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = new[] { model } },
            Guid.Empty,
            new string('0', 64),
            null);
        var bom = CardFiles.OnlyOf(ModelCardGenerator.Generate(scanned, new ModelCardOptions()), CardFormats.CycloneDx);
        using var document = JsonDocument.Parse(bom);
        var component = document.RootElement.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "machine-learning-model");
        return component.GetProperty("properties").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!))
            .ToList();
    }
}
