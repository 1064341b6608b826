using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AiCompliance.Analyzers.Tests;

/// <summary>Expected diagnostics of the AiCompliance rules, at the severity the rule has by default.</summary>
internal static class Expect
{
    private static readonly Lazy<Dictionary<string, DiagnosticDescriptor>> Descriptors = new(() =>
        AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly)
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <summary>
    /// A diagnostic of a rule, or a compiler error (CS…). Its message is compared only when the expectation gives it
    /// (<see cref="DiagnosticResult.WithMessage"/>) or the arguments of the rule's message format.
    /// </summary>
    public static DiagnosticResult Diagnostic(string id) =>
        Descriptors.Value.TryGetValue(id, out var descriptor) ? new DiagnosticResult(descriptor.Id, descriptor.DefaultSeverity)
        : id.StartsWith("CS", StringComparison.Ordinal) ? DiagnosticResult.CompilerError(id)
        : throw new ArgumentException($"No analyzer supports {id}.", nameof(id));

    /// <summary>A diagnostic of a rule whose message is the rule's message format with these arguments.</summary>
    public static DiagnosticResult Diagnostic(string id, params object[] arguments) =>
        Diagnostic(id).WithMessageFormat(Descriptors.Value[id].MessageFormat).WithArguments(arguments);
}
