using System;

namespace AiCompliance;

/// <summary>
/// Declares a dataset used to train or evaluate models in this assembly. Models refer to it by <see cref="Id"/> from
/// <see cref="TrainedOnAttribute"/> and <see cref="EvaluationAttribute.Dataset"/>.
/// </summary>
/// <example>
/// <code>
/// [assembly: Dataset("loan-applications-2019-2024", License = "LicenseRef-Internal", PersonalData = PersonalDataKind.Personal,
///     LegalBasis = "Contract performance", Regions = new[] { "VN" })]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class DatasetAttribute : Attribute
{
    /// <summary>Declares a dataset.</summary>
    /// <param name="id">
    /// A stable, kebab-case identifier, unique in the assembly. Ids compare ignoring case and surrounding white space,
    /// both when checking uniqueness and when <see cref="TrainedOnAttribute"/> or <see cref="EvaluationAttribute.Dataset"/> refer to it.
    /// </param>
    public DatasetAttribute(string id) => Id = id;

    /// <summary>The stable identifier; compared ignoring case and surrounding white space.</summary>
    public string Id { get; }

    /// <summary>A human-readable name.</summary>
    public string? Name { get; set; }

    /// <summary>The dataset's version or snapshot date.</summary>
    public string? Version { get; set; }

    /// <summary>Where the data comes from (a system, a vendor, a public source).</summary>
    public string? Source { get; set; }

    /// <summary>An URL where the dataset or its documentation can be found.</summary>
    public string? Url { get; set; }

    /// <summary>The dataset's licence, as an SPDX license expression.</summary>
    public string? License { get; set; }

    /// <summary>How the data was collected.</summary>
    public string? CollectionMethod { get; set; }

    /// <summary>Whether the data is about people, and how identifiable it is.</summary>
    public PersonalDataKind PersonalData { get; set; }

    /// <summary>The legal basis for processing personal data (for example consent, contract, legal obligation).</summary>
    public string? LegalBasis { get; set; }

    /// <summary>Where the data was collected or is stored (ISO 3166-1 alpha-2 codes).</summary>
    public string[]? Regions { get; set; }

    /// <summary>The languages of the data (BCP 47 tags).</summary>
    public string[]? Languages { get; set; }

    /// <summary>Known biases or gaps in coverage.</summary>
    public string? KnownBias { get; set; }

    /// <summary>A short description of the dataset.</summary>
    public string? Description { get; set; }
}
