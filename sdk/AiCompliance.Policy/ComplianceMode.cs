namespace AiCompliance.Policy;

/// <summary>The policy mode, chosen with the <c>AiComplianceMode</c> MSBuild property.</summary>
public enum ComplianceMode
{
    /// <summary>No AiCompliance diagnostics at all.</summary>
    None = 0,

    /// <summary>The baseline every model needs (risk profile, intended use, accountable owner), plus structure and value checks.</summary>
    Minimal = 1,

    /// <summary>The baseline plus everything the selected frameworks expect for the model's risk, sectors and kind. The default.</summary>
    Recommended = 2,

    /// <summary>Recommended, with every finding an error.</summary>
    Strict = 3,
}
