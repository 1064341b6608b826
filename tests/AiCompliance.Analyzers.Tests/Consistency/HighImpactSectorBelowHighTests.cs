using System.Threading.Tasks;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Consistency.HighImpactSectorBelowHighAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Consistency;

public sealed class HighImpactSectorBelowHighTests
{
    [Fact]
    public Task A_limited_model_in_a_high_impact_sector_without_rationale_is_reported_on_the_level() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("essay-feedback")]
            [RiskProfile({|#0:RiskLevel.Limited|}, Sector.General, Sector.Education)]
            public sealed class EssayFeedback { }
            """,
            Verifier.Diagnostic("AIC302").WithLocation(0).WithMessage(
                "Model 'essay-feedback' is declared Limited risk but is used in Education, a high-impact sector (asean-japan-2026): set RiskProfile.Rationale or declare it High"));

    [Fact]
    public Task Without_a_selected_framework_citing_the_sector_the_message_has_no_citation()
    {
        var test = Verifier.Test("""
            using AiCompliance;

            [AiModel("cv-ranker")]
            [RiskProfile({|#0:RiskLevel.Minimal|}, Sector.Employment)]
            public sealed class CvRanker { }
            """);
        test.GlobalOptions["build_property.AiComplianceFrameworkIds"] = "nist-ai-rmf";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC302").WithLocation(0).WithMessage(
            "Model 'cv-ranker' is declared Minimal risk but is used in Employment, a high-impact sector: set RiskProfile.Rationale or declare it High"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("RiskLevel.Limited, Sector.Healthcare, Rationale = \"Spell checker for clinical notes; no clinical decisions.\"")]
    [InlineData("RiskLevel.High, Sector.Healthcare")]
    [InlineData("RiskLevel.Limited, Sector.General")]
    [InlineData("RiskLevel.Minimal")]
    public Task A_rationale_a_high_level_or_a_general_sector_is_fine(string profile) =>
        Verifier.AnalyzerAsync($$"""
            using AiCompliance;

            [AiModel("m")]
            [RiskProfile({{profile}})]
            public sealed class M { }
            """);
}
