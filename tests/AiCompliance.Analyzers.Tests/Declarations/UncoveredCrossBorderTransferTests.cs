using System.Threading.Tasks;
using AiCompliance.CodeFixes.Declarations;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Declarations.UncoveredCrossBorderTransferAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Declarations;

public sealed class UncoveredCrossBorderTransferTests
{
    private const string Frameworks = "(asean-japan-2026, asean-guide-2024 +3 more)";

    [Fact]
    public Task A_high_risk_model_without_data_residency_is_reported() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            public sealed class {|#0:CreditScorer|} { }
            """,
            Verifier.Diagnostic("AIC110").WithLocation(0).WithMessage($"Model 'credit-scorer' declares no data residency: add [DataResidency(…)] {Frameworks}"));

    [Fact]
    public Task A_limited_risk_model_needs_no_residency() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("faq-bot")]
            [RiskProfile(RiskLevel.Limited)]
            public sealed class FaqBot { }
            """);

    [Fact]
    public Task Data_from_another_region_without_a_transfer_is_reported_on_the_residency() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans-vn", Regions = new[] { "VN" })]
            [assembly: Dataset("loans-sg", Regions = new[] { "SG" })]

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.Limited)]
            [TrainedOn("loans-vn", "loans-sg")]
            [DataResidency({|#0:"SG"|})]
            public sealed class CreditScorer { }
            """,
            Verifier.Diagnostic("AIC110").WithLocation(0).WithMessage($"Model 'credit-scorer' uses 'loans-vn' from VN but keeps data in SG: add [DataTransfer(\"VN\", \"SG\", …)] {Frameworks}"));

    [Fact]
    public Task A_transfer_covering_the_pair_satisfies_the_rule_and_evaluation_data_counts_too() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans-vn", Regions = new[] { "VN" })]
            [assembly: Dataset("holdout-th", Regions = new[] { "TH" })]

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            [TrainedOn("loans-vn")]
            [Evaluation("auc", 0.86, Dataset = "holdout-th")]
            [DataResidency("SG", "VN")]
            [DataTransfer("TH", "SG", Mechanism = "ASEAN Model Contractual Clauses")]
            public sealed class CreditScorer { }
            """);

    [Fact]
    public Task A_transfer_without_its_legal_mechanism_is_reported_on_the_transfer() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans-vn", Regions = new[] { "VN" })]

            [AiModel("credit-scorer")]
            [TrainedOn("loans-vn")]
            [DataResidency("SG")]
            [{|#0:DataTransfer("VN", "SG")|}]
            public sealed class CreditScorer { }
            """,
            Verifier.Diagnostic("AIC110").WithLocation(0).WithMessage($"Model 'credit-scorer' declares the transfer from VN to SG without a legal basis: set its Mechanism {Frameworks}"));

    [Fact]
    public Task The_fix_adds_the_missing_transfer() =>
        Verifier.CodeFixAsync<UncoveredCrossBorderTransferCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("loans-vn", Regions = new[] { "VN" })]

            [AiModel("credit-scorer")]
            [TrainedOn("loans-vn")]
            [DataResidency([|"SG"|])]
            public sealed class CreditScorer { }
            """,
            """
            using AiCompliance;

            [assembly: Dataset("loans-vn", Regions = new[] { "VN" })]

            [AiModel("credit-scorer")]
            [TrainedOn("loans-vn")]
            [DataResidency("SG")]
            [DataTransfer("VN", "SG", Mechanism = "TODO: legal mechanism for the transfer")]
            public sealed class CreditScorer { }
            """);

    [Fact]
    public Task The_fix_adds_a_residency_placeholder_when_there_is_none() =>
        Verifier.CodeFixAsync<UncoveredCrossBorderTransferCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            public sealed class [|CreditScorer|] { }
            """,
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [RiskProfile(RiskLevel.High, Sector.Finance)]
            [DataResidency("TODO: ISO 3166-1 alpha-2 code")]
            public sealed class CreditScorer { }
            """);
}
