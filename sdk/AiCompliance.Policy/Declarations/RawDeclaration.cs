using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// One SDK attribute as written, before binding: what both front ends (Roslyn symbols and assembly metadata) can say
/// about it. Values are <see cref="string"/>, <see cref="double"/>, <see cref="int"/>, <see cref="bool"/>, enum values
/// as their underlying integer, <see langword="null"/>, or <see cref="IReadOnlyList{T}"/> of those for arrays.
/// </summary>
public sealed class RawDeclaration
{
    public RawDeclaration(string name, IReadOnlyList<object?> positional, IReadOnlyList<KeyValuePair<string, object?>> named, object? origin)
    {
        Name = name;
        Positional = positional;
        Named = named;
        Origin = origin;
    }

    /// <summary>The attribute's simple metadata name, for example <c>EvaluationAttribute</c>.</summary>
    public string Name { get; }

    /// <summary>Constructor arguments in parameter order; a params array arrives as one list.</summary>
    public IReadOnlyList<object?> Positional { get; }

    /// <summary>Named arguments (property assignments) in source order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Named { get; }

    /// <summary>Where the attribute came from, for the front end to map findings back (an AttributeData, a metadata handle).</summary>
    public object? Origin { get; }
}
