using System.Threading.Tasks;
using AiCompliance.CodeFixes.Declarations;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Declarations.MissingAccountableOwnerAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Declarations;

public sealed class MissingAccountableOwnerTests
{
    [Fact]
    public Task The_message_names_the_model_and_the_attribute_to_add() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("citizen-assistant", Kind = ModelKind.Generative)]
            [RiskProfile(RiskLevel.Limited)]
            public sealed class {|#0:CitizenAssistant|} { }
            """,
            Verifier.Diagnostic("AIC106").WithLocation(0).WithMessage("Model 'citizen-assistant' declares no accountable owner: add [AccountableOwner(…)] (asean-japan-2026, asean-guide-2024 +3 more)"));

    [Fact]
    public Task The_fix_adds_an_owner_placeholder_above_a_record_struct() =>
        Verifier.CodeFixAsync<MissingAccountableOwnerCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("eta")]
            public readonly record struct [|EtaPredictor|](double Minutes);
            """,
            """
            using AiCompliance;

            [AiModel("eta")]
            [AccountableOwner("TODO: accountable team or person")]
            public readonly record struct EtaPredictor(double Minutes);
            """);

    [FileBasedProgramFact]
    public Task The_fix_works_in_a_file_based_program_and_keeps_its_directives_on_top()
    {
        var test = Verifier.FixTest<MissingAccountableOwnerCodeFixProvider>(
            """
            #!/usr/bin/env dotnet
            #:package Microsoft.Extensions.AI@10.0.0
            System.Console.WriteLine(new Eta().Minutes);

            [AiCompliance.AiModel("eta")]
            class [|Eta|] { public double Minutes => 4; }
            """,
            """
            #!/usr/bin/env dotnet
            #:package Microsoft.Extensions.AI@10.0.0
            using AiCompliance;

            System.Console.WriteLine(new Eta().Minutes);

            [AiCompliance.AiModel("eta")]
            [AccountableOwner("TODO: accountable team or person")]
            class Eta { public double Minutes => 4; }
            """);
        test.Features["FileBasedProgram"] = "";
        return test.RunAsync();
    }
}
