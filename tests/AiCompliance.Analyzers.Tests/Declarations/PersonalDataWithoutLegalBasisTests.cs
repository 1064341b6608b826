using System.Threading.Tasks;
using AiCompliance.CodeFixes.Declarations;
using AiCompliance.Policy;
using AiCompliance.Policy.Requirements;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Declarations.PersonalDataWithoutLegalBasisAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Declarations;

public sealed class PersonalDataWithoutLegalBasisTests
{
    private const string Frameworks = "(asean-japan-2026, asean-guide-2024 +3 more)";

    [Theory]
    [InlineData("Personal", "personal")]
    [InlineData("Sensitive", "sensitive")]
    [InlineData("Pseudonymized", "pseudonymized")]
    public Task A_dataset_about_people_without_a_legal_basis_is_reported_on_its_personal_data_argument(string kind, string text) =>
        Verifier.AnalyzerAsync(
            $$"""
            using AiCompliance;

            [assembly: Dataset("patients-2025", PersonalData = {|#0:PersonalDataKind.{{kind}}|})]
            """,
            Verifier.Diagnostic("AIC109").WithLocation(0).WithMessage($"Dataset 'patients-2025' holds {text} data but declares no legal basis: set LegalBasis {Frameworks}"));

    [Theory]
    [InlineData("PersonalData = PersonalDataKind.Anonymized")]
    [InlineData("PersonalData = PersonalDataKind.None")]
    [InlineData("PersonalData = PersonalDataKind.Sensitive, LegalBasis = \"Explicit consent (PDPA s. 13)\"")]
    [InlineData("License = \"CC0-1.0\"")]
    public Task Datasets_without_personal_data_or_with_a_legal_basis_are_fine(string properties) =>
        Verifier.AnalyzerAsync($$"""
            using AiCompliance;

            [assembly: Dataset("d", {{properties}})]
            """);

    [Fact]
    public Task Not_reported_in_minimal_mode()
    {
        var test = Verifier.Test("""
            [assembly: AiCompliance.Dataset("d", PersonalData = AiCompliance.PersonalDataKind.Personal)]
            """);
        test.GlobalOptions["build_property.AiComplianceMode"] = "minimal";
        return test.RunAsync();
    }

    [Fact]
    public Task Each_dataset_is_reported_in_its_own_file()
    {
        var test = Verifier.Test("""
            [assembly: AiCompliance.Dataset("a", PersonalData = [|AiCompliance.PersonalDataKind.Personal|])]
            """);
        test.TestState.Sources.Add("""
            using AiCompliance;
            [assembly: Dataset("b", Regions = new[] { "VN" }, PersonalData = [|PersonalDataKind.Sensitive|])]
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task The_fix_adds_a_legal_basis_placeholder() =>
        Verifier.CodeFixAsync<PersonalDataWithoutLegalBasisCodeFixProvider>(
            """
            using AiCompliance;

            [assembly: Dataset("patients-2025", PersonalData = [|PersonalDataKind.Sensitive|])]
            """,
            """
            using AiCompliance;

            [assembly: Dataset("patients-2025", PersonalData = PersonalDataKind.Sensitive, LegalBasis = "TODO: legal basis for processing the personal data")]
            """);
}
