using System.Threading.Tasks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Structure.CardFileNameCollisionAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Structure;

public sealed class CardFileNameCollisionTests
{
    [Fact]
    public Task An_unsafe_id_whose_name_a_safe_id_has_is_reported_and_the_safe_id_keeps_it_whatever_the_order()
    {
        // "credit/scorer" wants "credit-scorer-59e3c969" (its safe characters and the hash of the id), which the other
        // model's id is; the safe id keeps its name though its type comes later.
        var test = Verifier.Test("""
            using AiCompliance;

            namespace Bank;

            [AiModel({|#0:"credit/scorer"|})]
            public sealed class A { }

            [AiModel("credit-scorer-59e3c969")]
            public sealed class B { }

            [AiModel("credit-scorer")]
            public sealed class C { }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC006").WithLocation(0).WithMessage("Card file name 'credit-scorer-59e3c969' of model id 'credit/scorer' is taken by model 'credit-scorer-59e3c969'; the card is written as 'credit-scorer-59e3c969-2': change the id"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_model_id_that_is_the_name_of_the_BOM_is_reported() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel({|#0:"TestProject.cdx"|})]
            public sealed class Bom { }
            """,
            Verifier.Diagnostic("AIC006").WithLocation(0).WithMessage("Card file name 'TestProject.cdx' of model id 'TestProject.cdx' is taken by the CycloneDX BOM; the card is written as 'TestProject.cdx-2': change the id"));

    [Fact]
    public Task Ids_that_only_look_alike_and_duplicate_ids_are_not_reported() =>
        Verifier.AnalyzerAsync("""
            using AiCompliance;

            [AiModel("credit-scorer")] public sealed class One { }
            [AiModel("credit/scorer")] public sealed class Two { }
            [AiModel("credit scorer")] public sealed class Three { }
            [AiModel("日本語モデル")] public sealed class Four { }
            [AiModel("🚀")] public sealed class Five { }
            [AiModel("Credit-Scorer")] public sealed class Six { }
            """);
}
