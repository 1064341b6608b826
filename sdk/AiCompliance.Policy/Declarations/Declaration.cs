namespace AiCompliance.Policy.Declarations;

/// <summary>A bound SDK attribute. Unset properties are <see langword="null"/>, never the attribute's runtime default.</summary>
public abstract record Declaration
{
    /// <summary>The simple metadata name of the attribute this was bound from.</summary>
    public abstract string AttributeName { get; }

    /// <summary>Where the attribute came from (see <see cref="RawDeclaration.Origin"/>); not part of the declaration's meaning.</summary>
    public object? Origin { get; init; }

    /// <summary>The properties the attribute sets explicitly, in the order written (constructor first).</summary>
    public System.Collections.Generic.IReadOnlyList<string> WrittenProperties { get; init; } = System.Array.Empty<string>();
}
