using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>Everything one assembly declares: its models, its datasets and its risk acceptances.</summary>
public sealed record AssemblyDeclarations
{
    public string AssemblyName { get; init; } = "";
    public string? AssemblyVersion { get; init; }

    /// <summary>Types with declarations, models (with <c>[AiModel]</c>) and stray declarations alike, ordered by type name.</summary>
    public IReadOnlyList<ModelDeclarations> Types { get; init; } = System.Array.Empty<ModelDeclarations>();

    public IReadOnlyList<DatasetDeclaration> Datasets { get; init; } = System.Array.Empty<DatasetDeclaration>();

    /// <summary>The <c>[assembly: RiskAcceptance]</c> declarations, in declaration order.</summary>
    public IReadOnlyList<RiskAcceptanceDeclaration> RiskAcceptances { get; init; } = System.Array.Empty<RiskAcceptanceDeclaration>();

    /// <summary>The types that carry <c>[AiModel]</c>.</summary>
    public IEnumerable<ModelDeclarations> Models
    {
        get
        {
            foreach (var type in Types)
            {
                if (type.Identity is not null)
                {
                    yield return type;
                }
            }
        }
    }

    /// <summary>Finds a dataset by id, compared as <see cref="DeclarationIds"/> says; the first one wins when ids are duplicated.</summary>
    public DatasetDeclaration? FindDataset(string? id) => DeclarationIds.FindDataset(Datasets, id);
}
