using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace AiCompliance.ModelCards.Diffing;

// The governance diff as docs/schema/governance-diff.schema.json describes it. Properties are written in declaration
// order; a null is written as null (the schema has every property, null or not).
internal sealed record DiffDocument(
    [property: JsonPropertyName("$schema")] string Schema,
    string SchemaVersion,
    DiffGenerator Generator,
    DiffAssembly Old,
    DiffAssembly New,
    DiffSummary Summary,
    IReadOnlyList<DiffChange> Changes);

internal sealed record DiffGenerator(string Name, string Version);

internal sealed record DiffAssembly(string? File, string? Assembly, string? AssemblyVersion, string? InformationalVersion, string Sha256);

internal sealed record DiffSummary(int Weakening, int Strengthening, int Neutral, int Total, bool HasWeakening);

internal sealed record DiffChange(
    string Severity,
    string Kind,
    string Description,
    DiffSubject Subject,
    string Declaration,
    string? Item,
    string? Property,
    string? Old,
    string? New);

internal sealed record DiffSubject(string Kind, string? Id);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DiffDocument))]
internal sealed partial class DiffJsonContext : JsonSerializerContext
{
}
