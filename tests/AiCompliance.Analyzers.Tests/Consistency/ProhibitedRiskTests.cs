using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Consistency.ProhibitedRiskAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Consistency;

public sealed class ProhibitedRiskTests
{
    [Theory]
    [InlineData("minimal")]
    [InlineData("recommended")]
    [InlineData("strict")]
    public Task A_prohibited_model_is_an_error_in_every_mode_that_checks_anything(string mode)
    {
        var test = Verifier.Test("""
            using AiCompliance;

            [AiModel("social-score")]
            [RiskProfile({|#0:RiskLevel.Prohibited|}, Sector.PublicAdministration)]
            public sealed class SocialScore { }
            """);
        test.GlobalOptions["build_property.AiComplianceMode"] = mode;
        test.GlobalConfigs.Add(AiCompliance.Policy.Rules.RuleBuildFiles.RenderModeConfig(System.Enum.Parse<AiCompliance.Policy.ComplianceMode>(mode, ignoreCase: true)));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC305").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
            .WithMessage("Model 'social-score' is declared RiskLevel.Prohibited: a prohibited AI practice must not be built or deployed"));
        return test.RunAsync();
    }

    [Fact]
    public Task Other_levels_are_fine() =>
        Verifier.AnalyzerAsync("""
            using AiCompliance;

            [AiModel("a")] [RiskProfile(RiskLevel.High)] public sealed class A { }
            [AiModel("b")] [RiskProfile(level: RiskLevel.Minimal)] public sealed class B { }
            [RiskProfile(RiskLevel.Prohibited)] public sealed class NotAModel { }
            """);
}
