using System.Threading.Tasks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Structure.UnknownDatasetAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Structure;

public sealed class UnknownDatasetTests
{
    [Fact]
    public Task Unknown_ids_in_TrainedOn_and_in_evaluations_are_reported_where_they_are_written() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans-2024")]

            [AiModel("credit-scorer")]
            [TrainedOn("loans-2024", {|#0:"bureau-2024"|})]
            [Evaluation("auc", 0.86, Dataset = {|#1:"holdout"|})]
            [Evaluation("auc", 0.83, Dataset = "loans-2024", Slice = "age 18-25")]
            public sealed class CreditScorer { }
            """,
            Verifier.Diagnostic("AIC003").WithLocation(0).WithMessage("Model 'credit-scorer' names dataset 'bureau-2024', which no [assembly: Dataset] declares"),
            Verifier.Diagnostic("AIC003").WithLocation(1).WithMessage("Model 'credit-scorer' names dataset 'holdout', which no [assembly: Dataset] declares"));

    [Fact]
    public Task Params_arguments_are_located_one_by_one() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans-2024")]

            [AiModel("credit-scorer")]
            [TrainedOn(new[] { "loans-2024", [|"loans-2023"|] })]
            public sealed class CreditScorer { }
            """);

    [Fact]
    public Task Ids_are_matched_ignoring_case_and_surrounding_white_space_as_AIC002_compares_them() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans")]

            [AiModel("credit-scorer")]
            [TrainedOn("Loans", " LOANS ")]
            [Evaluation("auc", 0.86, Dataset = "Loans")]
            public sealed class CreditScorer { }
            """);

    [Fact]
    public Task Placeholders_are_left_to_AIC208() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("credit-scorer")]
            [TrainedOn("TODO: dataset id", "")]
            public sealed class CreditScorer { }
            """);
}

public sealed class UnknownDatasetFixTests
{
    [Fact]
    public Task The_fix_declares_the_dataset_with_a_placeholder_after_the_usings() =>
        Verify<AiCompliance.Analyzers.Structure.UnknownDatasetAnalyzer>.CodeFixAsync<AiCompliance.CodeFixes.Structure.UnknownDatasetCodeFixProvider>(
            """
            using AiCompliance;

            namespace Bank;

            [AiModel("credit-scorer")]
            [TrainedOn([|"loans-2024"|])]
            public sealed class CreditScorer { }
            """,
            """
            using AiCompliance;

            [assembly: Dataset("loans-2024", Name = "TODO: what the dataset is and where it comes from")]

            namespace Bank;

            [AiModel("credit-scorer")]
            [TrainedOn("loans-2024")]
            public sealed class CreditScorer { }
            """);

    [Fact]
    public Task The_fix_goes_after_existing_assembly_attributes_and_fix_all_declares_each_id_once() =>
        Verify<AiCompliance.Analyzers.Structure.UnknownDatasetAnalyzer>.CodeFixAsync<AiCompliance.CodeFixes.Structure.UnknownDatasetCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("loans-2024")]

            [AiModel("credit-scorer")]
            [TrainedOn("loans-2024", [|"bureau"|])]
            [Evaluation("auc", 0.8, Dataset = [|"holdout"|])]
            [Evaluation("auc", 0.7, Dataset = [|"holdout"|], Slice = "young")]
            public sealed class CreditScorer { }
            """,
            """
            using AiCompliance;

            [assembly: Dataset("loans-2024")]
            [assembly: Dataset("bureau", Name = "TODO: what the dataset is and where it comes from")]
            [assembly: Dataset("holdout", Name = "TODO: what the dataset is and where it comes from")]

            [AiModel("credit-scorer")]
            [TrainedOn("loans-2024", "bureau")]
            [Evaluation("auc", 0.8, Dataset = "holdout")]
            [Evaluation("auc", 0.7, Dataset = "holdout", Slice = "young")]
            public sealed class CreditScorer { }
            """);
}
