using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.CodeFixes.Infrastructure;
using AiCompliance.Policy.Rules;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Meta;

/// <summary>
/// One name stem per rule: the <see cref="RuleDescriptor.Name"/> its rule file gives names the policy rule, the analyzer
/// and the code fix, and each lives in a file of the same name.
/// </summary>
public sealed class NamingConventionTests
{
    private static readonly Regex PascalCaseIdentifier = new("^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> StemById = RuleCatalog.Descriptors.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);

    [Fact]
    public void Rule_ids_are_unique()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct(StringComparer.OrdinalIgnoreCase), ids);
    }

    [Fact]
    public void Rule_names_are_unique_PascalCase_identifiers()
    {
        var names = RuleCatalog.Descriptors.Select(d => d.Name).ToList();
        Assert.Equal(names.Distinct(StringComparer.OrdinalIgnoreCase), names);
        Assert.All(names, name => Assert.Matches(PascalCaseIdentifier, name));
    }

    [Fact]
    public void Policy_rules_are_named_after_their_rule_name_in_a_file_of_that_name()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var expected = rule.Descriptor.Name + "Rule";
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
