using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>
/// What the IDE and <c>dotnet format</c> need from every exported code fix: rules that an exported analyzer reports,
/// and Fix All in document, project and solution. That each action carries its rule ID as equivalence key is checked
/// by the fix tests, which select the action by that key.
/// </summary>
public sealed class CodeFixConventionTests
{
    private static readonly IReadOnlyList<CodeFixProvider> Fixes = AnalyzerAssemblies.CodeFixes(typeof(AddDeclarationCodeFixProvider).Assembly);

    public static TheoryData<string> FixNames()
    {
        var data = new TheoryData<string>();
        foreach (var fix in Fixes)
        {
            data.Add(fix.GetType().Name);
        }

        return data;
    }

    [Fact]
    public void Every_fix_provider_is_exported()
    {
        var providerTypes = typeof(AddDeclarationCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => t.Name)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(providerTypes, Fixes.Select(f => f.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FixNames))]
    public void Each_fix_fixes_one_rule_that_an_exported_analyzer_reports(string fixName)
    {
        var fix = Fixes.Single(f => f.GetType().Name == fixName);
        var reported = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly).SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var id = Assert.Single(fix.FixableDiagnosticIds);
        Assert.Contains(id, reported);
    }

    [Theory]
    [MemberData(nameof(FixNames))]
    public void Each_fix_offers_Fix_All_in_document_project_and_solution(string fixName)
    {
        var fixAll = Fixes.Single(f => f.GetType().Name == fixName).GetFixAllProvider();
        Assert.NotNull(fixAll);
        var scopes = fixAll.GetSupportedFixAllScopes();
        Assert.Contains(FixAllScope.Document, scopes);
        Assert.Contains(FixAllScope.Project, scopes);
        Assert.Contains(FixAllScope.Solution, scopes);
    }
}
