namespace AiCompliance;

/// <summary>Whether a dataset holds data about people, and how identifiable it is.</summary>
public enum PersonalDataKind
{
    /// <summary>No data about people.</summary>
    None = 0,

    /// <summary>Data about people that can no longer be linked to them.</summary>
    Anonymized = 1,

    /// <summary>Data about people with direct identifiers replaced; re-identification is possible with extra information.</summary>
    Pseudonymized = 2,

    /// <summary>Personal data.</summary>
    Personal = 3,

    /// <summary>Special-category or sensitive personal data (health, biometrics, ethnicity, religion, ...).</summary>
    Sensitive = 4,
}
