using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>
/// AIC123: a generative or high-risk model declares a task-performance result measured in every language it declares.
/// Safety and red-teaming results do not count (AIC121 asks for those); a result without a language is in the first
/// declared language; a model with no [Evaluation] at all is AIC112's.
/// </summary>
public sealed class MissingLanguageEvaluationTests
{
    [Fact]
    public Task Names_each_declared_language_without_a_performance_result() =>
        Verify<MissingLanguageEvaluationAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("citizen-assistant", Kind = ModelKind.Generative)]
            [SupportedLanguages("en", "vi", "th", "ms")]
            [Evaluation("accuracy", 0.91)]
            [Evaluation("accuracy", 0.88, Language = "vi-VN")]
            [Evaluation("toxicity_rate", 0.01, Kind = EvaluationKind.Safety, Language = "th")]
            [Evaluation("jailbreak_success_rate", 0.02, Kind = EvaluationKind.RedTeaming, Language = "ms")]
            public sealed class {|#0:CitizenAssistant|} { }
            """,
            Expect.Diagnostic("AIC123").WithLocation(0).WithMessage(
                "Model 'citizen-assistant' declares no performance result in th, ms: add [Evaluation(…)] and set Evaluation.Language (asean-japan-2026, asean-guide-2024 +1 more)"));

    [Fact]
    public Task Asks_high_risk_models_and_models_with_only_safety_results() =>
        Verify<MissingLanguageEvaluationAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            [SupportedLanguages("en", "ms")]
            [Evaluation("auc", 0.81, Slice = "language=ms")]
            public sealed class {|#0:CreditScorer|} { }

            [AiModel("chat", Kind = ModelKind.Generative)]
            [SupportedLanguages("ja")]
            [Evaluation("toxicity_rate", 0.01, Kind = EvaluationKind.Safety, Language = "ja")]
            public sealed class {|#1:Chat|} { }
            """,
            Expect.Diagnostic("AIC123").WithLocation(0).WithMessage(
                "Model 'credit-scorer' declares no performance result in ms: add [Evaluation(…)] and set Evaluation.Language (asean-japan-2026, asean-guide-2024 +1 more)"),
            Expect.Diagnostic("AIC123").WithLocation(1).WithMessage(
                "Model 'chat' declares no performance result in ja: add [Evaluation(…)] and set Evaluation.Language (asean-japan-2026, asean-guide-2024 +1 more)"));

    [Fact]
    public Task Leaves_covered_models_models_without_results_or_languages_and_models_not_asked_alone() =>
        Verify<MissingLanguageEvaluationAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("covered", Kind = ModelKind.Generative)]
            [SupportedLanguages("th", "fil")]
            [Evaluation("accuracy", 0.9, Language = "th-TH")]
            [Evaluation("accuracy", 0.86, Language = "FIL")]
            public sealed class Covered { }

            [AiModel("no-results", Kind = ModelKind.Generative)]
            [SupportedLanguages("vi")]
            public sealed class NoResults { }

            [AiModel("no-languages", Kind = ModelKind.Generative)]
            [Evaluation("accuracy", 0.9)]
            public sealed class NoLanguages { }

            [AiModel("spam-filter")]
            [RiskProfile(RiskLevel.Limited)]
            [SupportedLanguages("vi", "th")]
            [Evaluation("accuracy", 0.9)]
            public sealed class SpamFilter { }
            """);
}
