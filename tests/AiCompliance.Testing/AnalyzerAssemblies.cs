using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Testing;

/// <summary>Every analyzer, suppressor and code fix an assembly exports, the way the compiler and the IDE find them.</summary>
public static class AnalyzerAssemblies
{
    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers(Assembly assembly) =>
        Exported<DiagnosticAnalyzer>(assembly, typeof(DiagnosticAnalyzerAttribute));

    public static IReadOnlyList<CodeFixProvider> CodeFixes(Assembly assembly) =>
        Exported<CodeFixProvider>(assembly, typeof(ExportCodeFixProviderAttribute));

    private static List<T> Exported<T>(Assembly assembly, Type marker) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttributes(marker, inherit: false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToList();
}
