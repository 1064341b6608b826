using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Model-level kinds the diff has no bespoke comparison for are compared from the registry; existing kinds are pushed
/// through that path here to pin its changes and severities.
/// </summary>
public sealed class GovernanceDiffGenericTests
{
    [Fact]
    public void The_bespoke_kinds_are_model_level_registry_kinds()
    {
        var modelKinds = DeclarationKinds.In(DeclarationScope.Model);

        Assert.All(GovernanceDiff.ModelComparer.BespokeKinds, kind => Assert.Contains(kind, modelKinds));
    }

    [Fact]
    public void Each_changed_value_of_a_single_kind_is_a_neutral_change()
    {
        var before = Model() with
        {
            Monitoring = new MonitoringDeclaration { IncidentContact = "ops@bank.example", DriftMonitoring = true, ReviewIntervalDays = 30 },
            RiskProfile = new RiskProfileDeclaration { Level = RiskLevel.High, Sectors = new[] { Sector.Finance, Sector.Employment } },
        };
        var after = Model() with
        {
            Monitoring = new MonitoringDeclaration { IncidentContact = "risk@bank.example", ReviewIntervalDays = 30 },
            RiskProfile = new RiskProfileDeclaration { Level = RiskLevel.Limited, Sectors = new[] { Sector.Employment, Sector.Healthcare }, Rationale = "Scores loans" },
        };

        Assert.Equal(
            new[]
            {
                "Monitoring.IncidentContact valueChanged neutral ops@bank.example → risk@bank.example",
                "Monitoring.DriftMonitoring valueRemoved neutral true → ",
            },
            Changes(DeclarationKinds.Monitoring, before, after));
        Assert.Equal(
            new[]
            {
                "RiskProfile.Level valueChanged neutral High → Limited",
                "RiskProfile.Sectors itemRemoved neutral Finance → ",
                "RiskProfile.Sectors itemAdded neutral  → Healthcare",
                "RiskProfile.Rationale valueAdded neutral  → Scores loans",
            },
            Changes(DeclarationKinds.RiskProfile, before, after));
    }

    [Fact]
    public void A_removed_declaration_weakens_and_an_added_one_strengthens()
    {
        var with = Model() with { Explainability = new ExplainabilityDeclaration { Method = "SHAP" } };

        Assert.Equal(new[] { "Explainability. declarationRemoved weakening [Explainability] → " }, Changes(DeclarationKinds.Explainability, with, Model()));
        Assert.Equal(new[] { "Explainability. declarationAdded strengthening  → [Explainability]" }, Changes(DeclarationKinds.Explainability, Model(), with));
        Assert.Empty(Changes(DeclarationKinds.Explainability, with, with));
    }

    [Fact]
    public void A_repeatable_kind_is_paired_by_its_first_constructor_argument()
    {
        var before = Model() with
        {
            KnownLimitations = new[]
            {
                new KnownLimitationDeclaration { Description = "Thin files", Mitigation = "Manual review" },
                new KnownLimitationDeclaration { Description = "Old data" },
            },
        };
        var after = Model() with
        {
            KnownLimitations = new[] { new KnownLimitationDeclaration { Description = "thin files", Mitigation = "Second model" } },
        };

        Assert.Equal(
            new[]
            {
                "KnownLimitation[thin files].Mitigation valueChanged neutral Manual review → Second model",
                "KnownLimitation[Old data]. declarationRemoved weakening [KnownLimitation] → ",
            },
            Changes(DeclarationKinds.KnownLimitation, before, after));
    }

    private static ModelDeclarations Model() => new() { TypeName = "Bank.Scorer" };

    private static string[] Changes(DeclarationKind kind, ModelDeclarations before, ModelDeclarations after)
    {
        var changes = new List<GovernanceChange>();
        new GovernanceDiff.ModelComparer(new GovernanceDiff.Collector(changes), "scorer").Generic(kind, before, after);
        return changes
            .Select(c => c.Declaration + (c.Item is null ? "" : "[" + c.Item + "]") + "." + c.Property + " " + c.Kind + " " + c.SeverityName + " " + c.Old + " → " + c.New)
            .ToArray();
    }
}
