using System;

namespace AiCompliance;

/// <summary>
/// Declares a cross-border data transfer and the basis for it (Data Free Flow with Trust). Write one attribute per
/// direction.
/// </summary>
/// <example><code>[DataTransfer("VN", "SG", Mechanism = "ASEAN Model Contractual Clauses", Safeguards = "Encryption in transit and at rest")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = true, Inherited = false)]
public sealed class DataTransferAttribute : Attribute
{
    /// <summary>Declares a transfer.</summary>
    /// <param name="fromRegion">Where the data comes from (ISO 3166-1 alpha-2).</param>
    /// <param name="toRegion">Where the data goes (ISO 3166-1 alpha-2).</param>
    public DataTransferAttribute(string fromRegion, string toRegion)
    {
        FromRegion = fromRegion;
        ToRegion = toRegion;
    }

    /// <summary>Where the data comes from.</summary>
    public string FromRegion { get; }

    /// <summary>Where the data goes.</summary>
    public string ToRegion { get; }

    /// <summary>The legal mechanism (for example model contractual clauses, an adequacy decision, consent).</summary>
    public string? Mechanism { get; set; }

    /// <summary>The technical and organisational safeguards.</summary>
    public string? Safeguards { get; set; }
}
