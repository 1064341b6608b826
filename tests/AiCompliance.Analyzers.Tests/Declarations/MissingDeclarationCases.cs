using System;
using System.Collections.Generic;
using AiCompliance.Analyzers.Declarations;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiCompliance.Analyzers.Tests.Declarations;

/// <summary>
/// One row per AIC1xx rule: its analyzer, and an attribute that satisfies it. The behaviour every missing-declaration
/// rule shares (partial, nested and generic types, aliases, modes, the SDK absent) is tested once over all rows.
/// </summary>
public static class MissingDeclarationCases
{
    public static readonly IReadOnlyList<(string Id, Func<DiagnosticAnalyzer> Analyzer, string Satisfying)> All = new (string, Func<DiagnosticAnalyzer>, string)[]
    {
        ("AIC101", () => new MissingRiskProfileAnalyzer(), "RiskProfile(RiskLevel.Limited)"),
        ("AIC102", () => new MissingIntendedUseAnalyzer(), "IntendedUse(\"Answer questions about parking permits\")"),
        ("AIC106", () => new MissingAccountableOwnerAnalyzer(), "AccountableOwner(\"Digital Services\")"),
    };

    public static IEnumerable<object[]> Ids()
    {
        foreach (var row in All)
        {
            yield return new object[] { row.Id };
        }
    }

    public static (string Id, Func<DiagnosticAnalyzer> Analyzer, string Satisfying) Get(string id)
    {
        foreach (var row in All)
        {
            if (row.Id == id)
            {
                return row;
            }
        }

        throw new ArgumentException(id);
    }
}
