using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Requirements;

/// <summary>The 21 declarations, when the recommended policy expects them, and the clauses that ask for them.</summary>
public static class DeclarationCatalog
{
    private static readonly ClauseReference[] None = Array.Empty<ClauseReference>();

    public static IReadOnlyList<DeclarationDefinition> All { get; } = new[]
    {
        new DeclarationDefinition("system-identity", "System identity", "model identity", "Name, version, kind, provider and base model.", null, RequirementLevel.Always, true, "[AiModel]", None),
        new DeclarationDefinition("risk-classification", "Risk classification", "risk profile", "Risk level and sectors of use.", "AIC101", RequirementLevel.Always, true, "[RiskProfile]", None),
        new DeclarationDefinition("intended-purpose", "Intended purpose", "intended use", "Purpose, intended users and out-of-scope uses.", "AIC102", RequirementLevel.Always, true, "[IntendedUse]", None),
        new DeclarationDefinition("accountable-owner", "Accountable owner", "accountable owner", "Who is accountable and how to reach them.", "AIC106", RequirementLevel.Always, true, "[AccountableOwner]", None),
    };

    public static DeclarationDefinition? Find(string id)
    {
        foreach (var declaration in All)
        {
            if (declaration.Id == id)
            {
                return declaration;
            }
        }

        return null;
    }

    public static DeclarationDefinition Get(string id) =>
        Find(id) ?? throw new ArgumentException("The declaration table has no '" + id + "'.", nameof(id));
}
