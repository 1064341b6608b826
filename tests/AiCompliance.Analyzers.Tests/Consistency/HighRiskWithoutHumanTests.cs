using System.Threading.Tasks;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Consistency.HighRiskWithoutHumanAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Consistency;

public sealed class HighRiskWithoutHumanTests
{
    [Theory]
    [InlineData("RiskLevel.High", "High")]
    [InlineData("RiskLevel.Limited, Sector.Education", "Limited, Education")]
    [InlineData("RiskLevel.Minimal, Sector.Finance, Sector.General", "Minimal, Finance")]
    public Task Out_of_the_loop_oversight_on_a_high_risk_model_is_reported_on_the_mode(string profile, string risk) =>
        Verifier.AnalyzerAsync(
            $$"""
            using AiCompliance;

            [AiModel("grader")]
            [RiskProfile({{profile}})]
            [HumanOversight({|#0:OversightMode.HumanOutOfTheLoop|})]
            public sealed class Grader { }
            """,
            Verifier.Diagnostic("AIC303").WithLocation(0).WithMessage(
                $"Model 'grader' ({risk}) is high risk but HumanOutOfTheLoop: keep a human in or over the loop (asean-japan-2026, asean-guide-2024 +3 more)"));

    [Theory]
    [InlineData("RiskLevel.High", "OversightMode.HumanOverTheLoop")]
    [InlineData("RiskLevel.High", "OversightMode.HumanInTheLoop")]
    [InlineData("RiskLevel.Limited", "OversightMode.HumanOutOfTheLoop")]
    [InlineData("RiskLevel.Minimal, Sector.General", "mode: OversightMode.HumanOutOfTheLoop")]
    public Task Humans_in_or_over_the_loop_and_automation_of_low_risk_models_are_fine(string profile, string mode) =>
        Verifier.AnalyzerAsync($$"""
            using AiCompliance;

            [AiModel("grader")]
            [RiskProfile({{profile}})]
            [HumanOversight({{mode}})]
            public sealed class Grader { }
            """);
}
