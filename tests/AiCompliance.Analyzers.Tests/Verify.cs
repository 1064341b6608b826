using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiCompliance.Analyzers.Tests;

/// <summary>Shorthands for the common cases; build an <see cref="AnalyzerTest"/> or <see cref="CodeFixTest"/> for anything else.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => Expect.Diagnostic(id);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Test(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static AnalyzerTest Test(string source)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(new TAnalyzer());
        return test;
    }

    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
        => FixTest<TCodeFix>(source, fixedSource).RunAsync();

    /// <summary>
    /// The fix, applied one diagnostic at a time and through Fix All, as the action whose equivalence key is the rule
    /// ID (the key Fix All groups actions by).
    /// </summary>
    public static CodeFixTest FixTest<TCodeFix>(string source, string fixedSource)
        where TCodeFix : CodeFixProvider, new()
    {
        var analyzer = new TAnalyzer();
        var test = new CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFix = new TCodeFix(),
            CodeActionEquivalenceKey = analyzer.SupportedDiagnostics.Single().Id,
        };
        test.Analyzers.Add(analyzer);
        return test;
    }
}
