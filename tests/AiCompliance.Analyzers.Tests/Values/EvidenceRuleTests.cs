using System.Threading.Tasks;
using AiCompliance.Analyzers.Values;
using AiCompliance.CodeFixes.Values;
using AiCompliance.Policy.Evidence;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Values;

/// <summary>
/// AIC209–AIC211: results that name an evidence file are checked against the file the build was given as an
/// AdditionalFiles item: a matching file passes; a missing file, an edited file, a wrong or absent hash and a changed
/// number each have their diagnostic, on the argument to correct.
/// </summary>
public sealed class EvidenceRuleTests
{
    private const string ResultsPath = "/0/eval/results.json";

    private const string Results = """
        {
          "format": "aicompliance-evidence/1",
          "model": "credit-scorer",
          "evaluations": [
            { "metric": "auc", "value": 0.8734, "dataset": "holdout-2024" },
            { "metric": "auc", "value": 0.81, "slice": "age 18-25" }
          ],
          "fairness": [
            { "protectedAttribute": "gender", "metric": "demographic_parity_difference", "value": 0.031, "groups": ["female", "male"], "groupValues": [0.412, 0.443] }
          ],
          "security": [ { "tests": ["RedTeaming", "PenetrationTest"], "date": "2026-05-10" } ]
        }
        """;

    private static readonly string ResultsSha256 = EvidenceHash.Of(Results);

    private static string Model(string attributes) => $$"""
        using AiCompliance;

        [AiModel("credit-scorer")]
        {{attributes}}
        public sealed class CreditScorer { }
        """;

    private static string Bound(string sha256) => $$"""
        [Evaluation("auc", 0.87, Dataset = "holdout-2024", Evidence = "eval/results.json", EvidenceSha256 = "{{sha256}}")]
        [Evaluation("auc", 0.81, Slice = "age 18-25", Evidence = "eval/results.json", EvidenceSha256 = "{{sha256}}")]
        [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.03, Groups = new[] { "female", "male" }, GroupValues = new[] { 0.41, 0.44 }, Evidence = "eval/results.json", EvidenceSha256 = "{{sha256}}")]
        [SecurityAssessment(SecurityTest.RedTeaming, Date = "2026-05-10", Evidence = "eval/results.json", EvidenceSha256 = "{{sha256}}")]
        """;

    [Fact]
    public async Task A_matching_file_with_its_hash_passes_every_evidence_rule()
    {
        foreach (var test in new[] { Test(new MissingEvidenceFileAnalyzer(), Model(Bound(ResultsSha256))), Test(new EvidenceHashMismatchAnalyzer(), Model(Bound(ResultsSha256))), Test(new EvidenceValueMismatchAnalyzer(), Model(Bound(ResultsSha256))) })
        {
            test.TestState.AdditionalFiles.Add((ResultsPath, Results));
            await test.RunAsync();
        }
    }

    [Fact]
    public Task The_hash_ignores_a_byte_order_mark_and_CRLF_line_endings()
    {
        var test = Test(new EvidenceHashMismatchAnalyzer(), Model(Bound(ResultsSha256)));
        test.TestState.AdditionalFiles.Add((ResultsPath, "\uFEFF" + Results.Replace("\n", "\r\n")));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC209_reports_a_file_the_build_was_not_given_on_the_Evidence_argument()
    {
        var test = Test(new MissingEvidenceFileAnalyzer(), Model("""
            [Evaluation("auc", 0.87, Evidence = {|#0:"eval/result.json"|})]
            [SecurityAssessment(SecurityTest.RedTeaming, Evidence = {|#1:"security/report.json"|})]
            [Evaluation("f1", 0.8, Evidence = "TODO: result file")]
            """));
        test.TestState.AdditionalFiles.Add((ResultsPath, Results));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC209").WithLocation(0).WithMessage("The evaluation 'auc' of model 'credit-scorer' names evidence 'eval/result.json' the build lacks: add it to AdditionalFiles or fix the path"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC209").WithLocation(1).WithMessage("The security assessment of model 'credit-scorer' names evidence 'security/report.json' the build lacks: add it to AdditionalFiles or fix the path"));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC209_matches_the_declared_path_at_a_folder_boundary_only()
    {
        var test = Test(new MissingEvidenceFileAnalyzer(), Model("""[Evaluation("auc", 0.87, Evidence = {|#0:"results.json"|})]"""));
        test.TestState.AdditionalFiles.Add(("/0/eval/old-results.json", Results));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC209").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC210_reports_an_edited_file_and_a_wrong_hash_on_EvidenceSha256_and_a_missing_hash_on_Evidence()
    {
        var edited = Results.Replace("0.8734", "0.8735");
        var editedSha256 = EvidenceHash.Of(edited);
        var test = Test(new EvidenceHashMismatchAnalyzer(), Model($$"""
            [Evaluation("auc", 0.87, Evidence = "eval/results.json", EvidenceSha256 = {|#0:"{{ResultsSha256}}"|})]
            [Evaluation("f1", 0.8, Evidence = {|#1:"eval/results.json"|})]
            """));
        test.TestState.AdditionalFiles.Add((ResultsPath, edited));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC210").WithLocation(0).WithMessage(
            $"The evidence 'eval/results.json' of the evaluation 'auc' of model 'credit-scorer' changed: SHA-256 {editedSha256.Substring(0, 12)}…, not {ResultsSha256.Substring(0, 12)}…; review it, then re-pin"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC210").WithLocation(1).WithMessage(
            $"The evidence 'eval/results.json' of the evaluation 'f1' of model 'credit-scorer' is not pinned: set EvidenceSha256 to {editedSha256.Substring(0, 12)}…"));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC210_fix_writes_the_current_hash_over_a_wrong_one_and_adds_a_missing_one()
    {
        var test = Verify<EvidenceHashMismatchAnalyzer>.FixTest<EvidenceHashMismatchCodeFixProvider>(
            Model("""
                [Evaluation("auc", 0.87, Evidence = "eval/results.json", EvidenceSha256 = [|"abc"|])]
                [Evaluation("f1", 0.8, Evidence = [|"eval/results.json"|])]
                """),
            Model($$"""
                [Evaluation("auc", 0.87, Evidence = "eval/results.json", EvidenceSha256 = "{{ResultsSha256}}")]
                [Evaluation("f1", 0.8, Evidence = "eval/results.json", EvidenceSha256 = "{{ResultsSha256}}")]
                """));
        test.TestState.AdditionalFiles.Add((ResultsPath, Results));
        test.FixedState.AdditionalFiles.Add((ResultsPath, Results));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC211_reports_each_declared_value_that_the_file_does_not_hold()
    {
        var test = Test(new EvidenceValueMismatchAnalyzer(), Model("""
            [Evaluation("auc", {|#0:0.88|}, Evidence = "eval/results.json")]
            [Evaluation("auc", 0.873, Evidence = "eval/results.json")]
            [Evaluation({|#1:"recall"|}, 0.7, Evidence = "eval/results.json")]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.03, Groups = new[] { "female", "male" }, GroupValues = new[] { 0.41, {|#2:0.45|} }, Evidence = "eval/results.json")]
            [SecurityAssessment({|#3:SecurityTest.RedTeaming | SecurityTest.PromptInjection|}, Date = "2026-05-10", Evidence = "eval/results.json")]
            """));
        test.TestState.AdditionalFiles.Add((ResultsPath, Results));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC211").WithLocation(0).WithMessage("The evaluation 'auc' of model 'credit-scorer' does not match its evidence 'eval/results.json': the file says 0.8734"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC211").WithLocation(1).WithMessage("The evaluation 'recall' of model 'credit-scorer' does not match its evidence 'eval/results.json': the file has no 'recall' result overall"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC211").WithLocation(2).WithMessage("The fairness assessment 'gender' of model 'credit-scorer' does not match its evidence 'eval/results.json': the file says 0.443 for group 'male'"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC211").WithLocation(3).WithMessage("The security assessment of model 'credit-scorer' does not match its evidence 'eval/results.json': the file does not list PromptInjection testing"));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC211_reports_a_file_that_is_not_evidence_on_the_Evidence_argument()
    {
        var test = Test(new EvidenceValueMismatchAnalyzer(), Model("""
            [Evaluation("auc", 0.87, Evidence = {|#0:"eval/results.json"|})]
            [Evaluation("f1", 0.8, Evidence = {|#1:"eval/notes.json"|})]
            """));
        test.TestState.AdditionalFiles.Add((ResultsPath, "{ \"auc\": 0.87, }"));
        test.TestState.AdditionalFiles.Add(("/0/eval/notes.json", "{ \"auc\": 0.87 }"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC211").WithLocation(0).WithMessage("The evaluation 'auc' of model 'credit-scorer' does not match its evidence 'eval/results.json': the file cannot be read as evidence: it is not valid JSON: expected a property name at line 1, column 16"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC211").WithLocation(1).WithMessage("The evaluation 'f1' of model 'credit-scorer' does not match its evidence 'eval/notes.json': the file cannot be read as evidence: it is neither 'aicompliance-evidence/1' nor a Microsoft.Extensions.AI.Evaluation result"));
        return test.RunAsync();
    }

    private static AnalyzerTest Test(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer, string source)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(analyzer);
        return test;
    }
}
