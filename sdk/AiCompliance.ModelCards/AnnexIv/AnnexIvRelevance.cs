using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.AnnexIv;

/// <summary>
/// Whether the EU AI Act's Annex IV technical documentation concerns a model, decided from its risk declarations and
/// the eu-ai-act clauses of <see cref="HighImpactSectorCatalog"/>. Art 11 asks it of providers of high-risk systems,
/// and Art 6 makes a system high risk through Annex I product legislation (Art 6(1)) or an Annex III use (Art 6(2)):
/// so a model is concerned when it declares <see cref="RiskLevel.High"/>, or a sector whose high-impact clauses include
/// an Annex III area or Art 6(1), whatever level it declares (a provider who deems an Annex III system not high risk
/// documents that assessment, Art 6(4)). A prohibited practice is not concerned: no documentation lets it be placed on
/// the market (Art 5). Without a risk profile nothing can be decided, so the draft is not written by default.
/// </summary>
public sealed class AnnexIvRelevance
{
    private const string EuAiAct = "eu-ai-act";

    private AnnexIvRelevance(bool isRelevant, string reason, IReadOnlyList<ClauseReference> clauses)
    {
        IsRelevant = isRelevant;
        Reason = reason;
        Clauses = clauses;
    }

    /// <summary>Whether Annex IV concerns the model by its declarations.</summary>
    public bool IsRelevant { get; }

    /// <summary>Why, in one sentence that names the declarations (and clauses) it was decided from.</summary>
    public string Reason { get; }

    /// <summary>The eu-ai-act clauses that made the model's sectors relevant, in sector order; empty otherwise.</summary>
    public IReadOnlyList<ClauseReference> Clauses { get; }

    /// <summary>Decides for one model.</summary>
    public static AnnexIvRelevance For(ModelDeclarations model)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var risk = model.RiskProfile;
        if (risk is null)
        {
            return new(false, "the model declares no risk profile ([RiskProfile]), so nothing says it is high risk under the EU AI Act", Array.Empty<ClauseReference>());
        }

        if (risk.Level == RiskLevel.Prohibited)
        {
            return new(false, "the model declares RiskLevel.Prohibited: a banned practice (EU AI Act Art 5) cannot be placed on the market, whatever its documentation", Array.Empty<ClauseReference>());
        }

        var sectorClauses = risk.Sectors
            .SelectMany(sector => HighImpactSectorCatalog.For(sector).Where(IsHighRiskRoute).Select(clause => (Sector: sector, Clause: clause)))
            .ToList();
        var clauses = sectorClauses.Select(s => s.Clause).ToList();
        var sectors = string.Join(", ", sectorClauses.Select(s => s.Sector).Distinct().Select(s => "Sector." + EnumText.Name(s)));
        var clauseList = string.Join(", ", clauses.Select(c => c.ClauseId).Distinct(StringComparer.Ordinal));
        if (risk.Level == RiskLevel.High)
        {
            return new(true, "the model declares RiskLevel.High; providers of high-risk systems draw up Annex IV technical documentation (EU AI Act Art 11)"
                + (clauses.Count == 0 ? "" : $", and its sectors ({sectors}) are listed in {clauseList}"), clauses);
        }

        if (clauses.Count > 0)
        {
            var level = risk.Level is { } declared ? "RiskLevel." + EnumText.Name(declared) : "no risk level";
            return new(true, $"the model declares {sectors} ({clauseList}), a high-risk route under EU AI Act Art 6, although it declares {level}; a provider who deems it not high risk documents why (Art 6(4))", clauses);
        }

        var declaredLevel = risk.Level is { } value ? "RiskLevel." + EnumText.Name(value) : "no risk level";
        return new(false, $"the model declares {declaredLevel} and no sector that EU AI Act Annex III or Art 6(1) lists, so nothing says it is high risk", Array.Empty<ClauseReference>());
    }

    /// <summary>What <see cref="Formats.IScopedModelCardFormat.Concerns"/> asks, for both Annex IV formats.</summary>
    internal static bool Concerns(ModelDeclarations model, out string reason)
    {
        var relevance = For(model);
        reason = relevance.Reason;
        return relevance.IsRelevant;
    }

    private static bool IsHighRiskRoute(ClauseReference clause) =>
        clause.FrameworkId == EuAiAct && (clause.ClauseId.StartsWith("AnnexIII", StringComparison.Ordinal) || clause.ClauseId == "Art6(1)");
}
