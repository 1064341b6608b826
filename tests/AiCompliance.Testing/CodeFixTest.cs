using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiCompliance.Testing;

/// <summary>
/// Verifies a code fix: the diagnostics before, the text after applying the fix one diagnostic at a time, the text
/// after Fix All in document, project and solution scope, and the diagnostics left in the fixed code (which must
/// compile).
/// </summary>
public class CodeFixTest : AnalyzerTest
{
    public CodeFixProvider? CodeFix { get; set; }

    /// <summary>The expected sources after fixing, in markup (marked spans are diagnostics expected after the fix).</summary>
    public List<TestSource> FixedSources { get; } = new();

    public string FixedSource
    {
        set => FixedSources.Insert(0, TestSource.Numbered(0, value));
    }

    /// <summary>The expected sources after Fix All, when they differ from <see cref="FixedSources"/>.</summary>
    public List<TestSource> FixAllFixedSources { get; } = new();

    /// <summary>Diagnostics expected in the fixed code besides the ones marked in it.</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    /// <summary>Selects the code action by equivalence key; by default the first one offered.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>The Fix All scopes to check; all three by default, none when the provider has no Fix All.</summary>
    public List<FixAllScope> FixAllScopes { get; } = new() { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public new async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var provider = CodeFix ?? throw new InvalidOperationException("CodeFix is not set.");
        if (FixedSources.Count == 0)
        {
            throw new InvalidOperationException("FixedSources is empty.");
        }

        var state = TestState.Create(this);
        var before = await GetDiagnosticsAsync(state.Project, cancellationToken).ConfigureAwait(false);
        Verify(state, before);

        var fixedState = TestState.Create(this, FixedSources, FixedExpectedDiagnostics);
        var iterated = await FixOneAtATimeAsync(provider, state.Project, cancellationToken).ConfigureAwait(false);
        await CompareAsync("After applying the fix to each diagnostic", iterated, fixedState, cancellationToken).ConfigureAwait(false);

        var fixAll = provider.GetFixAllProvider();
        if (fixAll is null)
        {
            return;
        }

        var fixAllState = FixAllFixedSources.Count > 0 ? TestState.Create(this, FixAllFixedSources, FixedExpectedDiagnostics) : fixedState;
        foreach (var scope in FixAllScopes)
        {
            var result = await FixAllAsync(provider, fixAll, scope, state.Project, cancellationToken).ConfigureAwait(false);
            var expectedState = scope == FixAllScope.Document && Sources.Count > 1 ? null : fixAllState;
            if (expectedState is not null)
            {
                await CompareAsync($"After Fix All in {scope}", result, expectedState, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task CompareAsync(string step, Project actual, TestState expected, CancellationToken cancellationToken)
    {
        foreach (var document in actual.Documents)
        {
            var path = document.FilePath ?? document.Name;
            var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            if (!expected.Texts.TryGetValue(path, out var expectedText))
            {
                throw new VerificationException($"{step}: unexpected document {path}.");
            }

            if (!string.Equals(text, expectedText.ToString(), StringComparison.Ordinal))
            {
                throw new VerificationException($"{step}, {path} differs from the expected text:{Environment.NewLine}{TextDiff.Describe(expectedText.ToString(), text)}");
            }
        }

        var remaining = await GetDiagnosticsAsync(actual, cancellationToken).ConfigureAwait(false);
        try
        {
            VerifyDiagnostics(expected.Expected, remaining, expected.Texts, Analyzers);
        }
        catch (VerificationException exception)
        {
            throw new VerificationException($"{step}, the fixed code has other diagnostics than expected:{Environment.NewLine}{exception.Message}");
        }
    }

    private async Task<Project> FixOneAtATimeAsync(CodeFixProvider provider, Project project, CancellationToken cancellationToken)
    {
        var budget = 100;
        while (budget-- > 0)
        {
            var diagnostics = await FixableAsync(provider, project, cancellationToken).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
            {
                return project;
            }

            var applied = false;
            foreach (var diagnostic in diagnostics)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                var action = await FindActionAsync(provider, document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (action is null)
                {
                    continue;
                }

                project = await ApplyAsync(action, project, cancellationToken).ConfigureAwait(false);
                applied = true;
                break;
            }

            if (!applied)
            {
                return project;
            }
        }

        throw new VerificationException("The code fix kept offering fixes after 100 iterations; it does not converge.");
    }

    private async Task<Project> FixAllAsync(CodeFixProvider provider, FixAllProvider fixAll, FixAllScope scope, Project project, CancellationToken cancellationToken)
    {
        var diagnostics = await FixableAsync(provider, project, cancellationToken).ConfigureAwait(false);
        if (diagnostics.IsEmpty)
        {
            return project;
        }

        var first = diagnostics[0];
        var document = project.GetDocument(first.Location.SourceTree)!;
        var action = await FindActionAsync(provider, document, first, cancellationToken).ConfigureAwait(false)
            ?? throw new VerificationException($"The code fix offered no action for {AnalyzerTest.Describe(first)}.");
        var context = new FixAllContext(document, provider, scope, action.EquivalenceKey, provider.FixableDiagnosticIds, new StaticDiagnosticProvider(diagnostics), cancellationToken);
        var fixAllAction = await fixAll.GetFixAsync(context).ConfigureAwait(false)
            ?? throw new VerificationException($"Fix All in {scope} produced no action.");
        return await ApplyAsync(fixAllAction, project, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImmutableArray<Diagnostic>> FixableAsync(CodeFixProvider provider, Project project, CancellationToken cancellationToken)
    {
        var all = await GetDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
        return all.Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && !d.IsSuppressed && d.Location.IsInSource).ToImmutableArray();
    }

    private async Task<CodeAction?> FindActionAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        var flattened = actions.SelectMany(Flatten).ToList();
        return CodeActionEquivalenceKey is null
            ? flattened.FirstOrDefault()
            : flattened.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey);
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action)
    {
        var nested = action.NestedActions;
        return nested.IsDefaultOrEmpty ? new[] { action } : nested.SelectMany(Flatten);
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault()
            ?? throw new VerificationException($"The code action '{action.Title}' produced no change.");
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    /// <summary>Hands Fix All the diagnostics computed before fixing, as the IDE does.</summary>
    private sealed class StaticDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public StaticDiagnosticProvider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return _diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => !d.Location.IsInSource));
    }
}

/// <summary>Describes how two texts differ, line by line, for failure messages.</summary>
internal static class TextDiff
{
    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var output = new System.Text.StringBuilder();
        var max = Math.Max(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < max; i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : null;
            var a = i < actualLines.Length ? actualLines[i] : null;
            if (e == a)
            {
                output.Append("  ").AppendLine(e);
                continue;
            }

            if (e is not null)
            {
                output.Append("- ").AppendLine(Visible(e));
            }

            if (a is not null)
            {
                output.Append("+ ").AppendLine(Visible(a));
            }
        }

        output.AppendLine("(- expected, + actual)");
        return output.ToString();
    }

    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
