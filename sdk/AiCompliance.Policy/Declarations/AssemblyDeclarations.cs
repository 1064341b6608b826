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

    /// <summary>
    /// Whether the assembly records code evidence (<c>[assembly: ObservedInCode]</c>) for any model. The generator writes
    /// a <c>"read"</c> entry for every model it reads, whatever the code shows, so evidence for one model means it looked
    /// at them all; an assembly with none was built without the generator (or by an older package that wrote entries only
    /// for what it observed), and its models' evidence is unknown rather than empty. Cards, <c>check</c> and <c>diff</c>
    /// all decide on this one answer.
    /// </summary>
    public bool RecordsCodeEvidence
    {
        get
        {
            foreach (var type in Types)
            {
                if (type.Identity is not null && type.Code is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether some model's recorded code evidence holds entries this version cannot read
    /// (<see cref="CodeEvidence.ModelCodeEvidence.UnreadEntries"/>): the assembly was built by a newer package, and what
    /// its code evidence leaves out proves nothing here.
    /// </summary>
    public bool HasUnreadCodeEvidence
    {
        get
        {
            foreach (var type in Types)
            {
                if (type.Identity is not null && type.Code is { IsFullyRead: false })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Finds a dataset by id, compared as <see cref="DeclarationIds"/> says; the first one wins when ids are duplicated.</summary>
    public DatasetDeclaration? FindDataset(string? id) => DeclarationIds.FindDataset(Datasets, id);
}
