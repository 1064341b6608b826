using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Table;

/// <summary>How the policy behaves with the real table: citations and which declarations a model must carry.</summary>
public sealed class PolicySettingsTableTests
{
    private static readonly string[] Baseline = { "system-identity", "intended-purpose", "risk-classification", "accountable-owner" };

    private static readonly string[] AlwaysRecommended =
    {
        "system-identity", "intended-purpose", "known-limitations", "risk-classification", "accountable-owner",
        "data-provenance", "personal-data", "performance-evaluation",
    };

    private static PolicySettings Settings(string? mode = null, string? frameworks = null) =>
        PolicySettings.Create(mode, frameworks, "2026-11-01", null, null);

    private static RiskContext Model(ModelKind kind, RiskLevel level, params Sector[] sectors) =>
        RiskContext.For(new ModelDeclarations
        {
            TypeName = "Contoso.Model",
            Identity = new ModelIdentity { Id = "model", Kind = kind },
            RiskProfile = new RiskProfileDeclaration { Level = level, Sectors = sectors },
        });

    private static readonly RiskContext MinimalClassifier = Model(ModelKind.Classifier, RiskLevel.Minimal);
    private static readonly RiskContext HighRiskFinanceModel = Model(ModelKind.Classifier, RiskLevel.High, Sector.Finance);
    private static readonly RiskContext GenerativeModel = Model(ModelKind.Generative, RiskLevel.Limited);

    private static IEnumerable<string> Required(PolicySettings settings, RiskContext risk) =>
        DeclarationCatalog.All.Where(d => settings.Requires(d, risk)).Select(d => d.Id);

    [Fact]
    public void Human_oversight_is_cited_from_the_default_frameworks()
    {
        var references = DeclarationCatalog.Get("human-oversight").References;
        Assert.Equal("asean-japan-2026, asean-guide-2024 +3 more", FindingCitation.InMessage(PolicySettings.Default, references));
        Assert.Equal(
            "asean-japan-2026 para1; asean-guide-2024 C2, C2.HITL, C2.HOTL, C2.HOOTL, B4; asean-genai-2025 RISK-1 (to verify), REC-3 (to verify); hiroshima-coc A1 (to verify); jp-aigfb II-C1, II-C3, U-2i (to verify)",
            FindingCitation.Properties(PolicySettings.Default, references)[FindingCitation.ClausesProperty]);
        Assert.Equal(
            "asean-japan-2026,asean-guide-2024,asean-genai-2025,hiroshima-coc,jp-aigfb",
            FindingCitation.Properties(PolicySettings.Default, references)[FindingCitation.FrameworksProperty]);
    }

    [Fact]
    public void Selecting_only_the_eu_ai_act_changes_the_citation()
    {
        var references = DeclarationCatalog.Get("human-oversight").References;
        var eu = Settings(frameworks: "eu-ai-act");
        Assert.Equal("eu-ai-act", FindingCitation.InMessage(eu, references));
        Assert.Equal("eu-ai-act Art14, Art14(4)(b), Art14(4)(d), Art14(4)(e), Art13(3)(d), AnnexIV-2, Art26", FindingCitation.Properties(eu, references)[FindingCitation.ClausesProperty]);
    }

    [Fact]
    public void Frameworks_are_cited_in_the_order_selected()
    {
        var settings = Settings(frameworks: "nist-ai-rmf,eu-ai-act");
        var references = DeclarationCatalog.Get("compute-energy").References;
        Assert.Equal("nist-ai-rmf, eu-ai-act", FindingCitation.InMessage(settings, references));
        Assert.Equal(
            "nist-ai-rmf MEASURE-2.12; eu-ai-act AnnexXI, Art53(1)(a), AnnexIV-2, Art13(3)(e), Art51",
            FindingCitation.Properties(settings, references)[FindingCitation.ClausesProperty]);
    }

    [Theory]
    [InlineData("nist-ai-rmf,eu-ai-act")]
    [InlineData("nist-ai-rmf;eu-ai-act")]
    [InlineData("nist-ai-rmf+eu-ai-act")]
    [InlineData(" nist-ai-rmf + eu-ai-act ")]
    [InlineData("nist-ai-rmf eu-ai-act")]
    public void Framework_lists_take_the_command_line_separator_plus_as_well_as_comma_semicolon_and_spaces(string frameworks)
    {
        var settings = Settings(frameworks: frameworks);

        Assert.Equal(["nist-ai-rmf", "eu-ai-act"], settings.Frameworks.Select(f => f.Id));
        Assert.Empty(settings.UnknownFrameworkIds);
    }

    [Fact]
    public void A_minimal_risk_classifier_needs_only_the_always_declarations_in_recommended_mode()
    {
        Assert.Equal(AlwaysRecommended, Required(Settings("recommended"), MinimalClassifier));
    }

    [Fact]
    public void A_high_risk_finance_model_needs_everything_but_the_generative_and_public_service_declarations()
    {
        var expected = DeclarationCatalog.All.Select(d => d.Id)
            .Except(new[] { "ip-copyright", "safety-evaluation", "content-provenance", "compute-energy" });
        Assert.Equal(expected, Required(Settings("recommended"), HighRiskFinanceModel));
        Assert.True(HighRiskFinanceModel.IsHighRisk);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_non_generative_model_that_names_training_or_evaluation_data_owes_its_data_licences(bool trained, bool evaluated)
    {
        var model = new ModelDeclarations
        {
            TypeName = "Contoso.Model",
            Identity = new ModelIdentity { Id = "model", Kind = ModelKind.Classifier },
            RiskProfile = new RiskProfileDeclaration { Level = RiskLevel.Minimal },
            TrainedOn = trained ? new TrainedOnDeclaration { DatasetIds = new string?[] { "loans" } } : null,
            Evaluations = evaluated ? new[] { new EvaluationDeclaration { Metric = "auc", Value = 0.8, Dataset = "holdout" } } : System.Array.Empty<EvaluationDeclaration>(),
        };
        var risk = RiskContext.For(model);
        Assert.True(risk.NamesData);
        Assert.Contains("ip-copyright", Required(Settings("recommended"), risk));

        // Without data it names, a classifier owes no licence at all (the model's own is asked of generative models).
        Assert.DoesNotContain("ip-copyright", Required(Settings("recommended"), MinimalClassifier));
    }

    [Fact]
    public void A_sector_makes_a_model_high_risk_whatever_level_it_declares()
    {
        var limitedButFinance = Model(ModelKind.Classifier, RiskLevel.Minimal, Sector.Finance);
        Assert.Equal(Required(Settings(), HighRiskFinanceModel), Required(Settings(), limitedButFinance));
    }

    [Fact]
    public void A_generative_model_needs_the_generative_declarations_but_not_the_high_risk_ones()
    {
        var expected = DeclarationCatalog.All.Select(d => d.Id)
            .Except(new[] { "risk-impact-assessment", "data-residency", "explainability", "logging-traceability" });
        Assert.Equal(expected, Required(Settings("recommended"), GenerativeModel));
    }

    [Fact]
    public void Strict_mode_expects_what_recommended_mode_expects()
    {
        foreach (var model in new[] { MinimalClassifier, HighRiskFinanceModel, GenerativeModel })
        {
            Assert.Equal(Required(Settings("recommended"), model), Required(Settings("strict"), model));
        }
    }

    [Fact]
    public void Minimal_mode_expects_only_the_baseline_from_every_model()
    {
        foreach (var model in new[] { MinimalClassifier, HighRiskFinanceModel, GenerativeModel })
        {
            Assert.Equal(Baseline, Required(Settings("minimal"), model));
        }
    }

    [Fact]
    public void None_mode_expects_nothing()
    {
        foreach (var model in new[] { MinimalClassifier, HighRiskFinanceModel, GenerativeModel })
        {
            Assert.Empty(Required(Settings("none"), model));
        }
    }

    [Fact]
    public void A_declaration_no_selected_framework_cites_is_not_expected_except_the_baseline()
    {
        // The HAIP Reporting Framework cites neither human oversight nor data residency.
        var haip = Settings(frameworks: "oecd-haip-rf");
        var oversight = DeclarationCatalog.Get("human-oversight");
        Assert.False(haip.Requires(oversight, HighRiskFinanceModel));
        Assert.Equal(FindingCitation.Baseline, FindingCitation.InMessage(haip, oversight.References));
        Assert.True(Settings().Requires(oversight, HighRiskFinanceModel));
        Assert.All(Baseline, id => Assert.True(haip.Requires(DeclarationCatalog.Get(id), MinimalClassifier)));
    }
}
