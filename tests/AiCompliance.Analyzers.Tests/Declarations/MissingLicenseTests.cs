using System.Threading.Tasks;
using AiCompliance.CodeFixes.Declarations;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Declarations.MissingLicenseAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Declarations;

public sealed class MissingLicenseTests
{
    private const string Frameworks = "(asean-japan-2026, asean-guide-2024 +3 more)";

    [Fact]
    public Task A_generative_model_without_a_licence_is_reported_on_its_name() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("summariser", Kind = ModelKind.Generative, BaseModel = "llama-3.1-8b")]
            public sealed class {|#0:Summariser|} { }
            """,
            Verifier.Diagnostic("AIC108").WithLocation(0).WithMessage($"Model 'summariser' declares no licence: set AiModel.License {Frameworks}"));

    [Fact]
    public Task A_training_dataset_without_a_licence_is_reported_on_its_id_in_TrainedOn() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("news-2024", License = "CC-BY-4.0")]
            [assembly: Dataset("forum-scrape")]

            [AiModel("summariser", Kind = ModelKind.Generative, License = "Apache-2.0")]
            [TrainedOn("news-2024", {|#0:"forum-scrape"|})]
            public sealed class Summariser { }
            """,
            Verifier.Diagnostic("AIC108").WithLocation(0).WithMessage($"Model 'summariser' trains on 'forum-scrape', which has no licence: set Dataset.License {Frameworks}"));

    [Fact]
    public Task A_classifier_trained_on_data_without_a_licence_is_asked_for_the_data_licence_only() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("bureau-feed")]

            [AiModel("scorer", Kind = ModelKind.Classifier)]
            [TrainedOn({|#0:"bureau-feed"|})]
            public sealed class Scorer { }
            """,
            Verifier.Diagnostic("AIC108").WithLocation(0).WithMessage($"Model 'scorer' trains on 'bureau-feed', which has no licence: set Dataset.License {Frameworks}"));

    [Fact]
    public Task An_evaluation_dataset_without_a_licence_is_reported_once_on_its_first_evaluation() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("loans", License = "LicenseRef-Internal-Use")]
            [assembly: Dataset("public-benchmark")]

            [AiModel("scorer", Kind = ModelKind.Classifier)]
            [TrainedOn("loans")]
            [Evaluation("auc", 0.81, Dataset = {|#0:"public-benchmark"|})]
            [Evaluation("recall", 0.7, Dataset = "public-benchmark")]
            public sealed class Scorer { }
            """,
            Verifier.Diagnostic("AIC108").WithLocation(0).WithMessage($"Model 'scorer' is evaluated on 'public-benchmark', which has no licence: set Dataset.License {Frameworks}"));

    [Fact]
    public Task A_dataset_used_for_training_and_evaluation_is_reported_once_where_it_is_trained_on() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("forum-scrape")]

            [AiModel("summariser", Kind = ModelKind.Generative, License = "MIT")]
            [TrainedOn({|#0:"forum-scrape"|})]
            [Evaluation("rouge-l", 0.4, Dataset = "forum-scrape")]
            public sealed class Summariser { }
            """,
            Verifier.Diagnostic("AIC108").WithLocation(0).WithMessage($"Model 'summariser' trains on 'forum-scrape', which has no licence: set Dataset.License {Frameworks}"));

    [Fact]
    public Task Classic_models_that_name_no_data_are_not_asked_for_a_licence() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("scorer", Kind = ModelKind.Classifier)]
            public sealed class Scorer { }
            """);

    [Fact]
    public Task A_licensed_model_on_licensed_data_is_fine() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("news-2024", License = "CC-BY-4.0")]

            [AiModel("summariser", Kind = ModelKind.Agent, License = "LicenseRef-Proprietary")]
            [TrainedOn("news-2024")]
            public sealed class Summariser { }
            """);

    [Fact]
    public Task The_fix_adds_a_licence_placeholder_to_AiModel() =>
        Verifier.CodeFixAsync<MissingLicenseCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("summariser", Kind = ModelKind.Generative)]
            public sealed class [|Summariser|] { }
            """,
            """
            using AiCompliance;

            [AiModel("summariser", Kind = ModelKind.Generative, License = "TODO: SPDX licence expression")]
            public sealed class Summariser { }
            """);

    [Fact]
    public Task No_fix_is_offered_for_a_dataset_declared_elsewhere()
    {
        var test = Verifier.FixTest<MissingLicenseCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("forum-scrape")]

            [AiModel("summariser", Kind = ModelKind.Generative, License = "MIT")]
            [TrainedOn([|"forum-scrape"|])]
            public sealed class Summariser { }
            """,
            """
            using AiCompliance;

            [assembly: Dataset("forum-scrape")]

            [AiModel("summariser", Kind = ModelKind.Generative, License = "MIT")]
            [TrainedOn([|"forum-scrape"|])]
            public sealed class Summariser { }
            """);
        return test.RunAsync();
    }
}
