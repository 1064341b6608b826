namespace AiCompliance;

/// <summary>
/// Where a model is used. Healthcare, Education, Finance and PublicAdministration are the high-impact sectors named by
/// the ASEAN-Japan Joint Statement (para 2); the others follow the high-risk areas of the EU AI Act's Annex III.
/// A model in any sector except <see cref="General"/> is treated as high risk when deciding which declarations it needs.
/// </summary>
public enum Sector
{
    /// <summary>No particular sector.</summary>
    General = 0,

    /// <summary>Healthcare, medical devices and public health.</summary>
    Healthcare = 1,

    /// <summary>Education and vocational training (admissions, grading, proctoring).</summary>
    Education = 2,

    /// <summary>Banking and credit (creditworthiness, lending, payments).</summary>
    Finance = 3,

    /// <summary>Public administration and access to public services and benefits.</summary>
    PublicAdministration = 4,

    /// <summary>Employment, recruitment and worker management.</summary>
    Employment = 5,

    /// <summary>Law enforcement.</summary>
    LawEnforcement = 6,

    /// <summary>Administration of justice and democratic processes.</summary>
    Justice = 7,

    /// <summary>Migration, asylum and border control.</summary>
    Migration = 8,

    /// <summary>Critical infrastructure (energy, water, transport, digital infrastructure).</summary>
    CriticalInfrastructure = 9,

    /// <summary>Biometric identification and categorisation.</summary>
    Biometrics = 10,

    /// <summary>Life and health insurance pricing and underwriting.</summary>
    Insurance = 11,
}
