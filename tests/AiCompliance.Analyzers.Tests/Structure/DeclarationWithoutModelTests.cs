using System.Threading.Tasks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Structure.DeclarationWithoutModelAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Structure;

public sealed class DeclarationWithoutModelTests
{
    [Fact]
    public Task Each_declaration_on_a_type_without_AiModel_is_reported() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            namespace Clinic;

            [{|#0:RiskProfile(RiskLevel.High, Sector.Healthcare)|}]
            [{|#1:Evaluation("recall", 0.94)|}]
            [{|#2:Evaluation("precision", 0.81)|}]
            public sealed class SepsisAlert { }
            """,
            Verifier.Diagnostic("AIC004").WithLocation(0).WithMessage("[RiskProfile] is written on 'Clinic.SepsisAlert', which is not declared with [AiModel]; declarations describe a model"),
            Verifier.Diagnostic("AIC004").WithLocation(1).WithMessage("[Evaluation] is written on 'Clinic.SepsisAlert', which is not declared with [AiModel]; declarations describe a model"),
            Verifier.Diagnostic("AIC004").WithLocation(2).WithMessage("[Evaluation] is written on 'Clinic.SepsisAlert', which is not declared with [AiModel]; declarations describe a model"));

    [Fact]
    public Task A_nested_type_needs_its_own_AiModel_and_models_are_fine() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("triage")]
            [RiskProfile(RiskLevel.High, Sector.Healthcare)]
            public sealed class Triage
            {
                [[|KnownLimitation("Adults only")|]]
                private sealed class Helper { }
            }

            [AiModel("other")]
            [KnownLimitation("Adults only")]
            public partial class Other { }

            [Monitoring("ops@example.com")]
            public partial class Other { }
            """);
}

public sealed class DeclarationWithoutModelFixTests
{
    [Fact]
    public Task The_fix_declares_the_type_as_a_model_once_however_many_declarations_it_carries() =>
        Verify<AiCompliance.Analyzers.Structure.DeclarationWithoutModelAnalyzer>.CodeFixAsync<AiCompliance.CodeFixes.Structure.DeclarationWithoutModelCodeFixProvider>(
            """
            using AiCompliance;

            namespace Clinic;

            [[|RiskProfile(RiskLevel.High, Sector.Healthcare)|]]
            [[|Evaluation("recall", 0.94)|]]
            public sealed class SepsisAlert { }
            """,
            """
            using AiCompliance;

            namespace Clinic;

            [RiskProfile(RiskLevel.High, Sector.Healthcare)]
            [Evaluation("recall", 0.94)]
            [AiModel("sepsis-alert")]
            public sealed class SepsisAlert { }
            """);
}
