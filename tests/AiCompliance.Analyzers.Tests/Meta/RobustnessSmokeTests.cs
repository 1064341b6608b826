using System.Linq;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>Every analyzer survives the inputs an editor hands it between keystrokes.</summary>
public sealed class RobustnessSmokeTests
{
    public static TheoryData<string> AnalyzerNames() =>
        new(AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly).Select(a => a.GetType().Name));

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public async Task Survives_an_empty_file(string analyzerName) =>
        await RunAsync(analyzerName, "");

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public async Task Survives_a_file_full_of_syntax_errors(string analyzerName) =>
        await RunAsync(analyzerName, """
            using AiCompliance;
            [AiModel("x", Kind = ModelKind.)]
            [RiskProfile(RiskLevel.High, Sector.
            public partial class Scorer : {
                [Evaluation("auc", )] void M( { }
            [assembly: Dataset(
            class
            """);

    private static async Task RunAsync(string analyzerName, string source)
    {
        var analyzer = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly).Single(a => a.GetType().Name == analyzerName);
        var test = new AnalysisProject(source);
        test.Analyzers.Add(analyzer);
        // Compiler errors are expected here; only analyzer exceptions matter, and computing the diagnostics throws on those.
        var diagnostics = await test.ComputeDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
