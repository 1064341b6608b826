using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>
/// One name stem per rule: the name of its <see cref="RuleIds"/> constant names the policy rule, the analyzer and the
/// code fix, and each lives in a file of the same name.
/// </summary>
public sealed class NamingConventionTests
{
    private static readonly Dictionary<string, string> StemById = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

    [Fact]
    public void Policy_rules_are_named_after_their_id_constant_in_a_file_of_that_name()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var expected = StemById[rule.Descriptor.Id] + "Rule";
            Assert.Equal(expected, rule.GetType().Name);
            AssertSourceFile(RepositoryRoot.Combine("sdk", "AiCompliance.Policy", "Rules"), expected);
        }
    }

    [Fact]
    public void Analyzers_are_named_after_their_rule_in_a_file_of_that_name()
    {
        foreach (var analyzer in AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly).Where(a => a is not DiagnosticSuppressor))
        {
            var expected = StemById[Assert.Single(analyzer.SupportedDiagnostics).Id] + "Analyzer";
            Assert.Equal(expected, analyzer.GetType().Name);
            AssertSourceFile(RepositoryRoot.Combine("analyzers", "AiCompliance.Analyzers"), expected);
        }
    }

    [Fact]
    public void Code_fixes_are_named_after_their_rule_in_a_file_of_that_name()
    {
        foreach (var fix in AnalyzerAssemblies.CodeFixes(typeof(AddDeclarationCodeFixProvider).Assembly))
        {
            var expected = StemById[Assert.Single(fix.FixableDiagnosticIds)] + "CodeFixProvider";
            Assert.Equal(expected, fix.GetType().Name);
            AssertSourceFile(RepositoryRoot.Combine("analyzers", "AiCompliance.CodeFixes"), expected);
        }
    }

    private static void AssertSourceFile(string root, string typeName) =>
        Assert.True(
            Directory.EnumerateFiles(root, typeName + ".cs", SearchOption.AllDirectories).Any(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)),
            $"{typeName}.cs is not under {root}.");
}
