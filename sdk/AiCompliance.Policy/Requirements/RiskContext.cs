using System.Collections.Generic;
using System.Text;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Requirements;

/// <summary>What the policy needs to know about a model to decide which declarations it must carry.</summary>
public sealed class RiskContext
{
    private RiskContext(RiskLevel? level, IReadOnlyList<Sector> sectors, ModelKind? kind, bool namesData)
    {
        Level = level;
        Sectors = sectors;
        Kind = kind;
        NamesData = namesData;
        foreach (var sector in sectors)
        {
            if (IsHighImpact(sector))
            {
                InHighImpactSector = true;
            }
        }
    }

    public RiskLevel? Level { get; }

    public IReadOnlyList<Sector> Sectors { get; }

    public ModelKind? Kind { get; }

    /// <summary>Whether any declared sector is high impact (every sector except General).</summary>
    public bool InHighImpactSector { get; }

    /// <summary>High or Prohibited, or in a high-impact sector whatever the declared level.</summary>
    public bool IsHighRisk => Level is RiskLevel.High or RiskLevel.Prohibited || InHighImpactSector;

    /// <summary>Declared Minimal and in no high-impact sector.</summary>
    public bool IsMinimalRisk => Level == RiskLevel.Minimal && !InHighImpactSector;

    /// <summary>Whether the model names a dataset in <c>[TrainedOn]</c> or in an <c>[Evaluation]</c>, declared or not.</summary>
    public bool NamesData { get; }

    /// <summary>Whether the model declares public administration, healthcare or education, where people rely on the service.</summary>
    public bool InPublicService
    {
        get
        {
            foreach (var sector in Sectors)
            {
                if (sector is Sector.PublicAdministration or Sector.Healthcare or Sector.Education)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Generative models and agents produce content and act on people's behalf.</summary>
    public bool IsGenerative => Kind is ModelKind.Generative or ModelKind.Agent;

    /// <summary>
    /// The high-impact sectors: the four the ASEAN-Japan Joint Statement names (para 2) and the EU AI Act's Annex III
    /// areas. Everything except <see cref="Sector.General"/>.
    /// </summary>
    public static bool IsHighImpact(Sector sector) => sector != Sector.General;

    public static RiskContext For(ModelDeclarations model) =>
        new(model.RiskProfile?.Level, model.RiskProfile?.Sectors ?? System.Array.Empty<Sector>(), model.Identity?.Kind, NamesDataset(model));

    private static bool NamesDataset(ModelDeclarations model)
    {
        foreach (var id in model.TrainedOn?.DatasetIds ?? System.Array.Empty<string?>())
        {
            if (!string.IsNullOrWhiteSpace(id))
            {
                return true;
            }
        }

        foreach (var evaluation in model.Evaluations)
        {
            if (!string.IsNullOrWhiteSpace(evaluation.Dataset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a requirement level applies to this model.</summary>
    public bool Matches(RequirementLevel level) => level switch
    {
        RequirementLevel.Always => true,
        RequirementLevel.UnlessMinimalRisk => !IsMinimalRisk,
        RequirementLevel.HighRisk => IsHighRisk,
        RequirementLevel.Generative => IsGenerative,
        RequirementLevel.GenerativeOrHighRisk => IsGenerative || IsHighRisk,
        RequirementLevel.GenerativeOrHighRiskPublicService => IsGenerative || (IsHighRisk && InPublicService),
        RequirementLevel.GenerativeOrNamesData => IsGenerative || NamesData,
        _ => false,
    };

    /// <summary>For messages: "High, Finance", "Limited", "risk not declared", "Generative, risk not declared".</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Level is { } level ? EnumText.Name(level) : "risk not declared");
        foreach (var sector in Sectors)
        {
            if (sector != Sector.General)
            {
                text.Append(", ").Append(EnumText.Name(sector));
            }
        }

        if (IsGenerative && Kind is { } kind)
        {
            text.Append(", ").Append(EnumText.Name(kind));
        }

        return text.ToString();
    }
}
