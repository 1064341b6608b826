using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.CodeEvidence;

/// <summary>Where a piece of code evidence is in the project's sources, as a compiled assembly records it.</summary>
/// <param name="File">Relative to the project directory (or mapped by <c>PathMap</c>), '/'-separated.</param>
/// <param name="Line">1-based.</param>
public sealed record SourcePosition(string File, int Line)
{
    public override string ToString() => Line > 0 ? File + ":" + Line : File;
}

/// <summary>
/// One <c>[assembly: ObservedInCode(…)]</c> attribute, flat: what the source generator writes and the metadata reader
/// decodes. Every member is a string or a number, so a generator pipeline can cache it by value.
/// </summary>
public sealed record ObservedInCodeEntry(
    string ModelId,
    string Evidence,
    string? Value,
    string? Api,
    string? Approval,
    string? Host,
    string? Location,
    string? Regions,
    string? File,
    int Line);

/// <summary>
/// The assembly attribute's vocabulary, shared by the generator that writes it and the reader that decodes it, so both
/// ends of the format live in one place.
/// </summary>
public static class ObservedInCode
{
    public const string AttributeName = "ObservedInCodeAttribute";

    public const string ModelNameEvidence = "model-name";
    public const string DeploymentNameEvidence = "deployment-name";
    public const string EndpointEvidence = "endpoint";
    public const string ToolEvidence = "tool";

    /// <summary>
    /// "The generator read this model's code": one per model, whatever the code shows, so that a model whose code shows
    /// nothing reads as "nothing observed" rather than as "no evidence recorded" (a build without the generator).
    /// </summary>
    public const string ReadEvidence = "read";

    private static readonly char[] RegionSeparator = { ',' };

    public static string Text(ToolApproval approval) => approval switch
    {
        ToolApproval.Required => "required",
        ToolApproval.NotRequired => "not-required",
        _ => "not-visible",
    };

    public static string Text(EndpointLocation location) => location switch
    {
        EndpointLocation.Region => "region",
        EndpointLocation.OnPremises => "on-premises",
        EndpointLocation.Unknown => "unknown",
        _ => "not-constant",
    };

    /// <summary>
    /// The entries of one model's evidence: the <see cref="ReadEvidence"/> entry, then the evidence in its order (model
    /// names, endpoints, tools). <paramref name="position"/> turns an evidence's origin into a file and line (null when
    /// it has none).
    /// </summary>
    public static IEnumerable<ObservedInCodeEntry> Entries(string modelId, ModelCodeEvidence evidence, Func<object?, SourcePosition?> position)
    {
        yield return new ObservedInCodeEntry(modelId, ReadEvidence, null, null, null, null, null, null, null, 0);
        foreach (var name in evidence.ModelNames)
        {
            var at = position(name.Origin);
            yield return new ObservedInCodeEntry(
                modelId, name.Kind == ModelNameKind.Deployment ? DeploymentNameEvidence : ModelNameEvidence, name.Value, name.Api, null, null, null, null, at?.File, at?.Line ?? 0);
        }

        foreach (var endpoint in evidence.Endpoints)
        {
            var at = position(endpoint.Origin);
            yield return new ObservedInCodeEntry(
                modelId, EndpointEvidence, endpoint.Value, endpoint.Api, null, endpoint.Host, Text(endpoint.Location),
                endpoint.Regions.Count == 0 ? null : string.Join(",", endpoint.Regions), at?.File, at?.Line ?? 0);
        }

        foreach (var tool in evidence.Tools)
        {
            var at = position(tool.Origin);
            yield return new ObservedInCodeEntry(modelId, ToolEvidence, tool.Name, tool.Source.ToString(), Text(tool.Approval), null, null, null, at?.File, at?.Line ?? 0);
        }
    }

    /// <summary>
    /// The evidence per model id (compared as <see cref="Declarations.DeclarationIds"/> compares them), each item's origin a
    /// <see cref="SourcePosition"/>. An entry this version does not understand (a newer generator's kind, an unknown
    /// approval or location) is skipped rather than read as something it is not, and counted in the model's
    /// <see cref="ModelCodeEvidence.UnreadEntries"/>: with the "read" entry alone the model would otherwise read as
    /// "nothing observed" while the newer build may have recorded, say, an endpoint outside the declared residency.
    /// </summary>
    public static IReadOnlyDictionary<string, ModelCodeEvidence> Group(IEnumerable<ObservedInCodeEntry> entries)
    {
        var names = new Dictionary<string, List<ObservedModelName>>(Declarations.DeclarationIds.Comparer);
        var endpoints = new Dictionary<string, List<ObservedEndpoint>>(Declarations.DeclarationIds.Comparer);
        var tools = new Dictionary<string, List<ObservedTool>>(Declarations.DeclarationIds.Comparer);
        var unread = new Dictionary<string, int>(Declarations.DeclarationIds.Comparer);
        var order = new List<string>();
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.ModelId))
            {
                continue;
            }

            var origin = entry.File is null ? null : new SourcePosition(entry.File, entry.Line);
            switch (entry.Evidence)
            {
                case ReadEvidence:
                    Read(entry.ModelId, order);
                    break;
                case ModelNameEvidence or DeploymentNameEvidence when entry.Api is not null:
                    var kind = entry.Evidence == DeploymentNameEvidence ? ModelNameKind.Deployment : ModelNameKind.Model;
                    Slot(names, entry.ModelId, order).Add(new ObservedModelName(entry.Value, kind, entry.Api, origin));
                    break;
                case EndpointEvidence when entry.Api is not null && ParseLocation(entry.Location) is { } location:
                    var regions = location == EndpointLocation.Region && entry.Regions is { } list
                        ? list.Split(RegionSeparator, StringSplitOptions.RemoveEmptyEntries)
                        : Array.Empty<string>();
                    Slot(endpoints, entry.ModelId, order).Add(new ObservedEndpoint(entry.Value, entry.Host, location, regions, entry.Api, origin));
                    break;
                case ToolEvidence when entry.Value is not null && ParseApproval(entry.Approval) is { } approval && ParseSource(entry.Api) is { } source:
                    Slot(tools, entry.ModelId, order).Add(new ObservedTool(entry.Value, source, approval, origin));
                    break;
                default:
                    unread[entry.ModelId] = (unread.TryGetValue(entry.ModelId, out var count) ? count : 0) + 1;
                    Read(entry.ModelId, order);
                    break;
            }
        }

        var result = new Dictionary<string, ModelCodeEvidence>(Declarations.DeclarationIds.Comparer);
        foreach (var id in order)
        {
            result[id] = new ModelCodeEvidence(
                names.TryGetValue(id, out var n) ? n : (IReadOnlyList<ObservedModelName>)Array.Empty<ObservedModelName>(),
                tools.TryGetValue(id, out var t) ? t : (IReadOnlyList<ObservedTool>)Array.Empty<ObservedTool>(),
                endpoints.TryGetValue(id, out var e) ? e : null,
                unread.TryGetValue(id, out var u) ? u : 0);
        }

        return result;
    }

    private static List<T> Slot<T>(Dictionary<string, List<T>> lists, string id, List<string> order)
    {
        if (!lists.TryGetValue(id, out var list))
        {
            lists.Add(id, list = new List<T>());
            Read(id, order);
        }

        return list;
    }

    /// <summary>Notes that the model's code was read: it gets evidence, empty when nothing else names it.</summary>
    private static void Read(string id, List<string> order)
    {
        if (!order.Exists(known => Declarations.DeclarationIds.Comparer.Equals(known, id)))
        {
            order.Add(id);
        }
    }

    private static ToolApproval? ParseApproval(string? text) => text switch
    {
        "required" => ToolApproval.Required,
        "not-required" => ToolApproval.NotRequired,
        "not-visible" => ToolApproval.NotVisible,
        _ => null,
    };

    private static EndpointLocation? ParseLocation(string? text) => text switch
    {
        "region" => EndpointLocation.Region,
        "on-premises" => EndpointLocation.OnPremises,
        "unknown" => EndpointLocation.Unknown,
        "not-constant" => EndpointLocation.NotConstant,
        _ => null,
    };

    private static ToolSource? ParseSource(string? text) => text switch
    {
        nameof(ToolSource.AIFunctionFactory) => ToolSource.AIFunctionFactory,
        nameof(ToolSource.KernelFunction) => ToolSource.KernelFunction,
        nameof(ToolSource.McpServerTool) => ToolSource.McpServerTool,
        nameof(ToolSource.McpClient) => ToolSource.McpClient,
        _ => null,
    };
}
