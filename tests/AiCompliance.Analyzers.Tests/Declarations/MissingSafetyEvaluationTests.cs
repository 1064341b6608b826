using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>
/// AIC121: generative models, and high-risk models in public administration, healthcare or education, declare a
/// safety or red-teaming result per supported language; the message names the languages without one.
/// </summary>
public sealed class MissingSafetyEvaluationTests
{
    [Fact]
    public Task Names_each_declared_language_without_a_safety_or_red_teaming_result() =>
        Verify<MissingSafetyEvaluationAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("citizen-assistant", Kind = ModelKind.Generative)]
            [SupportedLanguages("vi", "th-TH", "en")]
            [Evaluation("toxicity_rate", 0.01, Kind = EvaluationKind.Safety, Language = "vi")]
            [Evaluation("jailbreak_success_rate", 0.02, Kind = EvaluationKind.RedTeaming, Language = "th")]
            [Evaluation("accuracy", 0.9, Language = "en")]
            public sealed class {|#0:CitizenAssistant|} { }
            """,
            Expect.Diagnostic("AIC121").WithLocation(0).WithMessage(
                "Model 'citizen-assistant' declares no safety or red-teaming result in en: add [Evaluation(…)] and set Evaluation.Kind (asean-genai-2025, hiroshima-coc)"));

    [Fact]
    public Task Asks_high_risk_public_service_models_and_leaves_high_risk_finance_and_covered_models_alone() =>
        Verify<MissingSafetyEvaluationAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("essay-grader")]
            [RiskProfile(RiskLevel.High, Sector.Education)]
            public sealed class {|#0:EssayGrader|} { }

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            public sealed class CreditScorer { }

            [AiModel("chat", Kind = ModelKind.Generative)]
            [Evaluation("attack_success_rate", 0.03, Kind = EvaluationKind.RedTeaming)]
            public sealed class Chat { }

            [AiModel("triage-helper")]
            [RiskProfile(RiskLevel.Limited)]
            public sealed class TriageHelper { }
            """,
            Expect.Diagnostic("AIC121").WithLocation(0).WithMessage(
                "Model 'essay-grader' declares no safety or red-teaming result: add [Evaluation(…)] and set Evaluation.Kind (asean-genai-2025, hiroshima-coc)"));
}
