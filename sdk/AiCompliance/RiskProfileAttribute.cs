using System;

namespace AiCompliance;

/// <summary>
/// Declares the model's risk level and the sectors it is used in. A high-impact sector makes the model high risk for
/// the purpose of deciding which other declarations it needs, whatever level is declared.
/// </summary>
/// <example><code>[RiskProfile(RiskLevel.High, Sector.Finance, Rationale = "Decides access to credit.")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class RiskProfileAttribute : Attribute
{
    /// <summary>Declares the risk profile.</summary>
    /// <param name="level">The risk level the team assigns.</param>
    /// <param name="sectors">The sectors the model is used in; none means <see cref="Sector.General"/>.</param>
    public RiskProfileAttribute(RiskLevel level, params Sector[] sectors)
    {
        Level = level;
        Sectors = sectors ?? Array.Empty<Sector>();
    }

    /// <summary>The declared risk level.</summary>
    public RiskLevel Level { get; }

    /// <summary>The sectors the model is used in.</summary>
    public Sector[] Sectors { get; }

    /// <summary>Why this level was chosen. Required when a high-impact sector is declared below <see cref="RiskLevel.High"/>.</summary>
    public string? Rationale { get; set; }
}
