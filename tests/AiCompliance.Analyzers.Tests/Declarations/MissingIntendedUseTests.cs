using System.Threading.Tasks;
using AiCompliance.CodeFixes.Declarations;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Declarations.MissingIntendedUseAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Declarations;

public sealed class MissingIntendedUseTests
{
    [Fact]
    public Task The_message_names_the_model_the_missing_declaration_and_the_attribute_to_add() =>
        Verifier.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("triage-assistant")]
            [RiskProfile(RiskLevel.High, Sector.Healthcare, Sector.PublicAdministration)]
            public sealed class {|#0:TriageAssistant|} { }
            """,
            Verifier.Diagnostic("AIC102").WithLocation(0).WithMessage("Model 'triage-assistant' declares no intended use: add [IntendedUse(…)] (asean-japan-2026, asean-guide-2024 +3 more)"));

    [Fact]
    public Task The_fix_adds_an_intended_use_with_a_placeholder_purpose() =>
        Verifier.CodeFixAsync<MissingIntendedUseCodeFixProvider>(
            """
            using AiCompliance;

            [AiModel("triage-assistant")]
            [RiskProfile(RiskLevel.High, Sector.Healthcare)]
            public sealed class [|TriageAssistant|] { }
            """,
            """
            using AiCompliance;

            [AiModel("triage-assistant")]
            [RiskProfile(RiskLevel.High, Sector.Healthcare)]
            [IntendedUse("TODO: what the model is for")]
            public sealed class TriageAssistant { }
            """);

    [Fact]
    public Task The_fix_keeps_the_indentation_of_nested_types_and_CRLF_line_endings() =>
        Verifier.CodeFixAsync<MissingIntendedUseCodeFixProvider>(
            "using AiCompliance;\r\n\r\npublic static class Models\r\n{\r\n    [AiModel(\"inner\")]\r\n    public sealed class [|Inner|] { }\r\n}\r\n",
            "using AiCompliance;\r\n\r\npublic static class Models\r\n{\r\n    [AiModel(\"inner\")]\r\n    [IntendedUse(\"TODO: what the model is for\")]\r\n    public sealed class Inner { }\r\n}\r\n");
}
