using System.Threading.Tasks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Structure.DuplicateIdAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Structure;

public sealed class DuplicateIdTests
{
    [Fact]
    public Task A_second_model_with_the_same_id_is_reported_on_its_id_even_in_another_file_and_case()
    {
        var test = Verifier.Test("""
            using AiCompliance;

            namespace Bank;

            [AiModel("credit-scorer")]
            public sealed class CreditScorer { }
            """);
        test.TestState.Sources.Add("""
            using AiCompliance;

            namespace Bank.Legacy;

            [AiModel({|#0:"Credit-Scorer"|})]
            public sealed class OldCreditScorer { }
            """);
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC002").WithLocation(0).WithMessage("Model id 'Credit-Scorer' is already used by 'Bank.CreditScorer'; ids must be unique in an assembly"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_second_dataset_with_the_same_id_is_reported() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans-2024", Name = "Loan applications")]
            [assembly: Dataset({|#0:"loans-2024"|}, Name = "Loan applications, again")]
            """,
            Verifier.Diagnostic("AIC002").WithLocation(0).WithMessage("Dataset id 'loans-2024' is already used by another [assembly: Dataset]; ids must be unique in an assembly"));

    [Fact]
    public Task Dataset_ids_that_differ_only_in_case_are_duplicates_and_references_to_them_resolve() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans")]
            [assembly: Dataset({|#0:"Loans"|})]

            [AiModel("credit-scorer")]
            [TrainedOn("Loans")]
            public sealed class CreditScorer { }
            """,
            Verifier.Diagnostic("AIC002").WithLocation(0).WithMessage("Dataset id 'Loans' is already used by another [assembly: Dataset]; ids must be unique in an assembly"));

    [Fact]
    public Task Distinct_ids_are_fine_and_missing_ids_are_left_to_the_compiler() =>
        Verifier.AnalyzerAsync("""
            using AiCompliance;

            [assembly: Dataset("a")]
            [assembly: Dataset("b")]

            [AiModel("one")] public sealed class One { }
            [AiModel("two")] public sealed class Two { }
            [{|CS7036:AiModel|}] public sealed class Three { }
            [{|CS7036:AiModel|}] public sealed class Four { }
            """);
}
