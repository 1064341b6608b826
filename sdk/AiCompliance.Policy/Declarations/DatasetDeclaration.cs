using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>An <c>[assembly: Dataset]</c> declaration.</summary>
public sealed record DatasetDeclaration : Declaration
{
    public override string AttributeName => AttributeNames.Dataset;
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Version { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? License { get; init; }
    public string? CollectionMethod { get; init; }
    public PersonalDataKind? PersonalData { get; init; }
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string?> Regions { get; init; } = System.Array.Empty<string?>();
    public IReadOnlyList<string?> Languages { get; init; } = System.Array.Empty<string?>();
    public string? KnownBias { get; init; }
    public string? Description { get; init; }

    /// <summary>Whether the dataset holds data that identifies people, directly or not.</summary>
    public bool HoldsPersonalData => PersonalData is PersonalDataKind.Pseudonymized or PersonalDataKind.Personal or PersonalDataKind.Sensitive;
}
