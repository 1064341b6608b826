using System.Threading.Tasks;
using AiCompliance.Analyzers.Declarations;
using AiCompliance.CodeFixes.Declarations;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Declarations.MissingRiskProfileAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Declarations;

public sealed class MissingRiskProfileTests
{
    [Fact]
    public Task The_message_names_the_model_and_the_missing_declaration() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("credit-risk-scorer", Kind = ModelKind.Classifier)]
            public sealed class {|#0:CreditRiskScorer|} { }
            """,
            Verifier.Diagnostic("AIC101").WithLocation(0).WithMessage("Model 'credit-risk-scorer' declares no risk profile: add [RiskProfile(…)] (asean-japan-2026, asean-guide-2024 +3 more)"));

    [Fact]
    public Task The_fix_adds_a_cautious_risk_profile_whose_rationale_is_a_placeholder() =>
        Verifier.CodeFixAsync<MissingRiskProfileCodeFixProvider>(
            """
            using AiCompliance;

            namespace Bank.Credit;

            /// <summary>Scores loan applications.</summary>
            [AiModel("credit-risk-scorer")]
            [IntendedUse("Score consumer loan applications")]
            public sealed class [|CreditRiskScorer|]
            {
            }
            """,
            """
            using AiCompliance;

            namespace Bank.Credit;

            /// <summary>Scores loan applications.</summary>
            [AiModel("credit-risk-scorer")]
            [IntendedUse("Score consumer loan applications")]
            [RiskProfile(RiskLevel.High, Rationale = "TODO: why this risk level and these sectors")]
            public sealed class CreditRiskScorer
            {
            }
            """);

    [Fact]
    public Task The_fix_imports_the_namespace_when_the_model_uses_qualified_names() =>
        Verifier.CodeFixAsync<MissingRiskProfileCodeFixProvider>(
            """
            using System;

            namespace Bank.Credit
            {
                [AiCompliance.AiModel("credit-risk-scorer")]
                public sealed class [|CreditRiskScorer|] { }
            }
            """,
            """
            using System;
            using AiCompliance;

            namespace Bank.Credit
            {
                [AiCompliance.AiModel("credit-risk-scorer")]
                [RiskProfile(RiskLevel.High, Rationale = "TODO: why this risk level and these sectors")]
                public sealed class CreditRiskScorer { }
            }
            """);

    [Fact]
    public Task Fix_all_fixes_every_model_in_every_document_and_imports_the_namespace_once_per_file()
    {
        var test = new CodeFixTest { CodeFix = new MissingRiskProfileCodeFixProvider(), CodeActionEquivalenceKey = "AIC101" };
        test.Analyzers.Add(new MissingRiskProfileAnalyzer());
        test.TestState.Sources.Add("""
            [AiCompliance.AiModel("a")]
            public class [|A|] { }

            [AiCompliance.AiModel("b")]
            public class [|B|] { }
            """);
        test.TestState.Sources.Add("""
            using AiCompliance;

            [AiModel("c")]
            internal sealed class [|C|] { }
            """);
        test.FixedState.Sources.Add("""
            using AiCompliance;

            [AiCompliance.AiModel("a")]
            [RiskProfile(RiskLevel.High, Rationale = "TODO: why this risk level and these sectors")]
            public class A { }

            [AiCompliance.AiModel("b")]
            [RiskProfile(RiskLevel.High, Rationale = "TODO: why this risk level and these sectors")]
            public class B { }
            """);
        test.FixedState.Sources.Add("""
            using AiCompliance;

            [AiModel("c")]
            [RiskProfile(RiskLevel.High, Rationale = "TODO: why this risk level and these sectors")]
            internal sealed class C { }
            """);
        return test.RunAsync();
    }
}
