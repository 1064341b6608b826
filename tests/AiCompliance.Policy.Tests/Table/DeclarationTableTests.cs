using System;
using System.Linq;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Table;

/// <summary>The declaration table is consistent with itself, with the framework table and with the rule ids.</summary>
public sealed class DeclarationTableTests
{
    private static readonly string[] CrosswalkIds =
    {
        "system-identity", "intended-purpose", "known-limitations", "risk-classification", "risk-impact-assessment",
        "human-oversight", "accountable-owner", "data-provenance", "ip-copyright", "personal-data", "data-residency",
        "fairness-evaluation", "performance-evaluation", "security-testing", "safety-evaluation", "evaluation-languages",
        "explainability", "ai-interaction-disclosure", "ai-disclosure-languages", "content-provenance", "languages-locales", "logging-traceability",
        "monitoring-incidents", "compute-energy",
    };

    public static TheoryData<string> Ids() => new(CrosswalkIds);

    [Fact]
    public void The_catalog_has_the_24_declarations_in_crosswalk_order()
    {
        Assert.Equal(CrosswalkIds, DeclarationCatalog.All.Select(d => d.Id));
    }

    [Theory]
    // The project's risk-based decisions: id, rule, level, baseline, message phrase, how to declare.
    [InlineData("system-identity", null, RequirementLevel.Always, true, "model identity", "[AiModel]")]
    [InlineData("intended-purpose", "AIC102", RequirementLevel.Always, true, "intended use", "[IntendedUse]")]
    [InlineData("known-limitations", "AIC103", RequirementLevel.Always, false, "known limitations", "[KnownLimitation]")]
    [InlineData("risk-classification", "AIC101", RequirementLevel.Always, true, "risk profile", "[RiskProfile]")]
    [InlineData("risk-impact-assessment", "AIC104", RequirementLevel.HighRisk, false, "impact assessment", "[ImpactAssessment]")]
    [InlineData("human-oversight", "AIC105", RequirementLevel.UnlessMinimalRisk, false, "human oversight", "[HumanOversight]")]
    [InlineData("accountable-owner", "AIC106", RequirementLevel.Always, true, "accountable owner", "[AccountableOwner]")]
    [InlineData("data-provenance", "AIC107", RequirementLevel.Always, false, "data provenance", "[TrainedOn] or AiModel.BaseModel")]
    [InlineData("ip-copyright", "AIC108", RequirementLevel.GenerativeOrNamesData, false, "licence", "AiModel.License and Dataset.License")]
    [InlineData("personal-data", "AIC109", RequirementLevel.Always, false, "legal basis for personal data", "Dataset.LegalBasis")]
    [InlineData("data-residency", "AIC110", RequirementLevel.HighRisk, false, "data residency", "[DataResidency] and [DataTransfer]")]
    [InlineData("fairness-evaluation", "AIC111", RequirementLevel.UnlessMinimalRisk, false, "fairness assessment", "[FairnessAssessment]")]
    [InlineData("performance-evaluation", "AIC112", RequirementLevel.Always, false, "performance evaluation", "[Evaluation]")]
    [InlineData("security-testing", "AIC113", RequirementLevel.UnlessMinimalRisk, false, "security assessment", "[SecurityAssessment]")]
    [InlineData("explainability", "AIC114", RequirementLevel.HighRisk, false, "explainability", "[Explainability]")]
    [InlineData("ai-interaction-disclosure", "AIC115", RequirementLevel.GenerativeOrHighRisk, false, "AI disclosure", "[AiDisclosure]")]
    [InlineData("content-provenance", "AIC116", RequirementLevel.Generative, false, "content provenance", "[ContentProvenance]")]
    [InlineData("languages-locales", "AIC117", RequirementLevel.GenerativeOrHighRisk, false, "supported languages", "[SupportedLanguages]")]
    [InlineData("logging-traceability", "AIC118", RequirementLevel.HighRisk, false, "decision logging", "[DecisionLogging]")]
    [InlineData("monitoring-incidents", "AIC119", RequirementLevel.UnlessMinimalRisk, false, "monitoring and incident contact", "[Monitoring]")]
    [InlineData("compute-energy", "AIC120", RequirementLevel.Generative, false, "compute footprint", "[ComputeFootprint]")]
    [InlineData("safety-evaluation", "AIC121", RequirementLevel.GenerativeOrHighRiskPublicService, false, "safety or red-teaming result", "[Evaluation] and Evaluation.Kind")]
    [InlineData("ai-disclosure-languages", "AIC122", RequirementLevel.GenerativeOrHighRisk, false, "AI disclosure", "[AiDisclosure] and AiDisclosure.Language")]
    [InlineData("evaluation-languages", "AIC123", RequirementLevel.GenerativeOrHighRisk, false, "performance result", "[Evaluation] and Evaluation.Language")]
    public void Each_declaration_has_the_decided_rule_level_and_wording(string id, string? ruleId, RequirementLevel level, bool baseline, string phrase, string howToDeclare)
    {
        var declaration = DeclarationCatalog.Get(id);
        Assert.Equal(ruleId, declaration.RuleId);
        Assert.Equal(level, declaration.RequiredWhen);
        Assert.Equal(baseline, declaration.Baseline);
        Assert.Equal(phrase, declaration.Phrase);
        Assert.Equal(howToDeclare, declaration.HowToDeclare);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_reference_resolves_to_a_clause_of_its_framework(string id)
    {
        var declaration = DeclarationCatalog.Get(id);
        Assert.NotEmpty(declaration.References);
        foreach (var reference in declaration.References)
        {
            var clause = reference.Resolve();
            Assert.True(clause is not null, $"{id} cites {reference}, which is not in the framework table.");
            Assert.Equal(reference.FrameworkId, clause!.Framework.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void References_follow_the_framework_order_without_repeats_and_with_one_mapping_confidence_per_framework(string id)
    {
        var declaration = DeclarationCatalog.Get(id);
        var order = FrameworkCatalog.All.Select(f => f.Id).ToList();
        var positions = declaration.References.Select(r => order.IndexOf(r.FrameworkId)).ToList();
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Equal(declaration.References.Count, declaration.References.Select(r => r.ToString()).Distinct(StringComparer.Ordinal).Count());
        foreach (var group in declaration.References.GroupBy(r => r.FrameworkId))
        {
            Assert.Single(group.Select(r => r.MappingConfidence).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_declaration_is_cited_by_a_default_framework(string id)
    {
        var declaration = DeclarationCatalog.Get(id);
        Assert.Contains(declaration.References, r => PolicySettings.DefaultFrameworkIds.Contains(r.FrameworkId));
        Assert.NotEmpty(PolicySettings.Default.SelectedReferences(declaration));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_declaration_is_described_and_has_a_binding_basis_note(string id)
    {
        var declaration = DeclarationCatalog.Get(id);
        Assert.False(string.IsNullOrWhiteSpace(declaration.Title));
        Assert.False(string.IsNullOrWhiteSpace(declaration.Description));
        Assert.EndsWith(".", declaration.Description, StringComparison.Ordinal);
        Assert.NotEmpty(declaration.BindingBasis);
        Assert.All(declaration.BindingBasis, b => Assert.False(string.IsNullOrWhiteSpace(b)));
    }

    [Fact]
    public void Rule_ids_are_unique_and_name_rules_of_the_catalogue()
    {
        var ruleIds = DeclarationCatalog.All.Where(d => d.RuleId is not null).Select(d => d.RuleId!).ToList();
        Assert.Equal(ruleIds.Count, ruleIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ruleIds, id => Assert.NotNull(RuleCatalog.FindDescriptor(id)));
        Assert.Single(DeclarationCatalog.All, d => d.RuleId is null);
    }

    [Fact]
    public void Find_and_Get_look_declarations_up_by_id()
    {
        Assert.Same(DeclarationCatalog.All[5], DeclarationCatalog.Find("human-oversight"));
        Assert.Null(DeclarationCatalog.Find("no-such-declaration"));
        Assert.Throws<ArgumentException>(() => DeclarationCatalog.Get("no-such-declaration"));
    }

    [Fact]
    public void To_verify_follows_the_clause_and_mapping_confidence()
    {
        var references = DeclarationCatalog.All.SelectMany(d => d.References).ToList();
        Assert.All(references, r => Assert.Equal(
            r.MappingConfidence == Confidence.Low || r.Resolve()!.Confidence == Confidence.Low,
            r.ToVerify));

        // A low clause (every Viet Nam article) is flagged even when the mapping is medium.
        var oversight = DeclarationCatalog.Get("human-oversight").References;
        Assert.True(oversight.Single(r => r.ClauseId == "VN-Art4").ToVerify);
        Assert.False(oversight.Single(r => r.ClauseId == "Art14").ToVerify);
        Assert.True(oversight.Single(r => r.ClauseId == "A1").ToVerify);
    }
}
