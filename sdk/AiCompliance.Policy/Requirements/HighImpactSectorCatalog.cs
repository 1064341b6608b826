using System;
using System.Collections.Generic;
using AiCompliance.Policy.Frameworks;

namespace AiCompliance.Policy.Requirements;

/// <summary>
/// Why each <see cref="Sector"/> counts as high impact (see <see cref="RiskContext.IsHighImpact"/>): the clauses that
/// single it out. The four sectors the ASEAN-Japan Joint Statement names (para 2) carry that paragraph and the EU AI
/// Act clauses the research crosswalk links them to; the other sectors carry the matching EU AI Act Annex III area.
/// <see cref="Sector.General"/> has none. The mapping confidence says how closely the clause covers the whole sector.
/// </summary>
public static class HighImpactSectorCatalog
{
    private static readonly ClauseReference[] None = Array.Empty<ClauseReference>();

    private static readonly ClauseReference[] Healthcare =
    {
        Ref("asean-japan-2026", "para2", Confidence.High),
        // Public benefits and healthcare services, and health insurance, are only part of healthcare.
        Ref("eu-ai-act", "AnnexIII-5a", Confidence.Medium),
        Ref("eu-ai-act", "AnnexIII-5c", Confidence.Medium),
        Ref("eu-ai-act", "AnnexIII-5d", Confidence.High),
        // Medical-device AI is high risk through Annex I product legislation.
        Ref("eu-ai-act", "Art6(1)", Confidence.High),
    };

    private static readonly ClauseReference[] Education =
    {
        Ref("asean-japan-2026", "para2", Confidence.High),
        Ref("eu-ai-act", "AnnexIII-3", Confidence.High),
    };

    private static readonly ClauseReference[] Finance =
    {
        Ref("asean-japan-2026", "para2", Confidence.High),
        Ref("eu-ai-act", "AnnexIII-5b", Confidence.High),
        Ref("eu-ai-act", "AnnexIII-5c", Confidence.High),
    };

    private static readonly ClauseReference[] PublicAdministration =
    {
        Ref("asean-japan-2026", "para2", Confidence.High),
        Ref("eu-ai-act", "AnnexIII-5a", Confidence.High),
        // Law enforcement, migration and justice are parts of public administration, not all of it.
        Ref("eu-ai-act", "AnnexIII-6", Confidence.Medium),
        Ref("eu-ai-act", "AnnexIII-7", Confidence.Medium),
        Ref("eu-ai-act", "AnnexIII-8", Confidence.Medium),
        Ref("eu-ai-act", "Art27", Confidence.High),
        Ref("vn-ai-law-2025", "VN-Art27", Confidence.High),
    };

    private static readonly ClauseReference[] Employment = { Ref("eu-ai-act", "AnnexIII-4", Confidence.High) };

    private static readonly ClauseReference[] LawEnforcement = { Ref("eu-ai-act", "AnnexIII-6", Confidence.High) };

    private static readonly ClauseReference[] Justice = { Ref("eu-ai-act", "AnnexIII-8", Confidence.High) };

    private static readonly ClauseReference[] Migration = { Ref("eu-ai-act", "AnnexIII-7", Confidence.High) };

    private static readonly ClauseReference[] CriticalInfrastructure = { Ref("eu-ai-act", "AnnexIII-2", Confidence.High) };

    private static readonly ClauseReference[] Biometrics = { Ref("eu-ai-act", "AnnexIII-1", Confidence.High) };

    // Annex III covers life and health insurance only.
    private static readonly ClauseReference[] Insurance = { Ref("eu-ai-act", "AnnexIII-5c", Confidence.Medium) };

    /// <summary>The clauses that make <paramref name="sector"/> high impact, in framework order; empty for General.</summary>
    public static IReadOnlyList<ClauseReference> For(Sector sector) => Array.AsReadOnly(sector switch
    {
        Sector.Healthcare => Healthcare,
        Sector.Education => Education,
        Sector.Finance => Finance,
        Sector.PublicAdministration => PublicAdministration,
        Sector.Employment => Employment,
        Sector.LawEnforcement => LawEnforcement,
        Sector.Justice => Justice,
        Sector.Migration => Migration,
        Sector.CriticalInfrastructure => CriticalInfrastructure,
        Sector.Biometrics => Biometrics,
        Sector.Insurance => Insurance,
        _ => None,
    });

    private static ClauseReference Ref(string frameworkId, string clauseId, Confidence mappingConfidence) =>
        new(frameworkId, clauseId, mappingConfidence);
}
