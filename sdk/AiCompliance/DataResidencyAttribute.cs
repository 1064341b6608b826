using System;

namespace AiCompliance;

/// <summary>Declares where the model processes and stores data, as ISO 3166-1 alpha-2 country codes.</summary>
/// <example><code>[DataResidency("SG", "JP")]</code></example>
[AttributeUsage(DeclarationTargets.ModelTypes, AllowMultiple = false, Inherited = false)]
public sealed class DataResidencyAttribute : Attribute
{
    /// <summary>Declares the data residency.</summary>
    /// <param name="regions">ISO 3166-1 alpha-2 codes (for example <c>VN</c>, <c>SG</c>, <c>JP</c>).</param>
    public DataResidencyAttribute(params string[] regions) => Regions = regions ?? Array.Empty<string>();

    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public string[] Regions { get; }
}
