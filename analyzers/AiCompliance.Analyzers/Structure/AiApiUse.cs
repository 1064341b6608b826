using System;
using Microsoft.CodeAnalysis;

namespace AiCompliance.Analyzers.Structure;

/// <summary>One place where a type uses an AI API: where, which API type, and whether it is a top-level statement.</summary>
internal sealed class AiApiUse
{
    public AiApiUse(Location location, ITypeSymbol api, bool isTopLevel)
    {
        Location = location;
        Api = api;
        IsTopLevel = isTopLevel;
    }

    public Location Location { get; }

    public ITypeSymbol Api { get; }

    public bool IsTopLevel { get; }

    /// <summary>Whether this use comes before another: by file path, then position, then the shorter span.</summary>
    public bool IsBefore(AiApiUse other)
    {
        var path = string.CompareOrdinal(Location.SourceTree?.FilePath ?? "", other.Location.SourceTree?.FilePath ?? "");
        if (path != 0)
        {
            return path < 0;
        }

        var start = Location.SourceSpan.Start.CompareTo(other.Location.SourceSpan.Start);
        if (start != 0)
        {
            return start < 0;
        }

        return Location.SourceSpan.Length < other.Location.SourceSpan.Length;
    }

    /// <summary>The earlier of two uses, either of which may be missing.</summary>
    public static AiApiUse? Earlier(AiApiUse? current, AiApiUse candidate) =>
        current is null || candidate.IsBefore(current) ? candidate : current;

    public override string ToString() => FormattableString.Invariant($"{Api.Name} at {Location}");
}
