using System;
using System.Collections.Generic;
using AiCompliance.Policy.CodeEvidence;

namespace AiCompliance.ModelCards.Cards;

/// <summary>A model name the code calls, once however many call sites pass it.</summary>
/// <param name="Value">The constant name; <see langword="null"/> when not constant.</param>
/// <param name="Kind">Model name, deployment or file.</param>
/// <param name="Apis">Every API that takes it, in source order, once each.</param>
/// <param name="Positions">Every call site (<c>file:line</c>), in source order.</param>
internal sealed record DistinctModelName(string? Value, ModelNameKind Kind, IReadOnlyList<string> Apis, IReadOnlyList<string> Positions);

/// <summary>An endpoint the code sends data to, once however many call sites name it.</summary>
/// <param name="Value">The constant URI as written; <see langword="null"/> when not constant.</param>
/// <param name="Host">The host, when the value is an absolute URI.</param>
/// <param name="Location">What the host table says of the host.</param>
/// <param name="Regions">The countries, when <see cref="Location"/> is a region.</param>
/// <param name="Apis">Every API that takes it, in source order, once each.</param>
/// <param name="Positions">Every call site (<c>file:line</c>), in source order.</param>
internal sealed record DistinctEndpoint(string? Value, string? Host, EndpointLocation Location, IReadOnlyList<string> Regions, IReadOnlyList<string> Apis, IReadOnlyList<string> Positions);

/// <summary>A tool exposed to a model, once however many places expose it.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Source">How it is exposed.</param>
/// <param name="Approval">The weakest approval among the places that expose it.</param>
/// <param name="Positions">Every place (<c>file:line</c>), in source order.</param>
internal sealed record DistinctTool(string Name, ToolSource Source, ToolApproval Approval, IReadOnlyList<string> Positions);

/// <summary>
/// One model's code evidence with each item once, as the BOM and the diff compare and list it. An item is what it
/// names, never where: a model name by its kind and value, an endpoint by its URI as written, a tool by how it is
/// exposed and its name; a value that is not constant is one item per API that takes it (the code does not tell
/// whether two such call sites reach the same place). Source positions are kept, but never tell two items apart, so
/// moving code changes nothing.
/// </summary>
internal static class ObservedEvidence
{
    /// <summary>What every output that shows code evidence says of it, so that no reader takes it for a declaration.</summary>
    public const string Note = "Observed in code, not declared: what the analyzers saw the model's code call at build time. It is neither verified at run time nor a statement of compliance.";

    /// <summary>An observation's place in source as the assembly records it; null when it has none.</summary>
    // Only positions read from an assembly are relative and stable; a Roslyn location would carry the machine's path.
    public static SourcePosition? PositionOf(object? origin) => origin as SourcePosition;

    public static string? Position(object? origin) => PositionOf(origin)?.ToString();

    public static string ModelNameKey(ObservedModelName name) =>
        KindText(name.Kind) + "\n" + (name.Value is { } value ? "=" + value : "api " + name.Api);

    public static string EndpointKey(ObservedEndpoint endpoint) =>
        endpoint.Value is { } value ? "=" + value : "api " + endpoint.Api;

    public static string ToolKey(ObservedTool tool) => tool.Source + "\n" + tool.Name;

    /// <summary>How a model name reaches the AI service, as every output writes it: <c>model</c>, <c>deployment</c> or <c>file</c>.</summary>
    public static string KindText(ModelNameKind kind) => kind switch
    {
        ModelNameKind.Deployment => "deployment",
        ModelNameKind.File => "file",
        _ => "model",
    };

    /// <summary>The jurisdiction in words: <c>region US, IE</c>, <c>on-premises</c>, <c>unknown</c>, <c>not-constant</c>.</summary>
    public static string Jurisdiction(EndpointLocation location, IReadOnlyList<string> regions) =>
        location == EndpointLocation.Region && regions.Count > 0
            ? ObservedInCode.Text(location) + " " + string.Join(", ", regions)
            : ObservedInCode.Text(location);

    public static IReadOnlyList<DistinctModelName> ModelNames(ModelCodeEvidence code) =>
        GroupByKey(code.ModelNames, ModelNameKey).ConvertAll(group => new DistinctModelName(
            group[0].Value, group[0].Kind, Apis(group, name => name.Api), Positions(group, name => name.Origin)));

    public static IReadOnlyList<DistinctEndpoint> Endpoints(ModelCodeEvidence code) =>
        // The same URI always resolves alike, so the first call site's jurisdiction is the endpoint's.
        GroupByKey(code.Endpoints, EndpointKey).ConvertAll(group => new DistinctEndpoint(
            group[0].Value, group[0].Host, group[0].Location,
            group[0].Location == EndpointLocation.Region ? group[0].Regions : Array.Empty<string>(),
            Apis(group, endpoint => endpoint.Api), Positions(group, endpoint => endpoint.Origin)));

    public static IReadOnlyList<DistinctTool> Tools(ModelCodeEvidence code) =>
        GroupByKey(code.Tools, ToolKey).ConvertAll(group =>
        {
            // A tool exposed once with approval and once without can run without: the weaker place speaks for it.
            var approval = group[0].Approval;
            foreach (var tool in group)
            {
                approval = Weaker(approval, tool.Approval);
            }

            return new DistinctTool(group[0].Name, group[0].Source, approval, Positions(group, tool => tool.Origin));
        });

    /// <summary>The items grouped by <paramref name="key"/>, groups in the order of their first item, items in source order.</summary>
    private static List<List<T>> GroupByKey<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var groups = new List<List<T>>();
        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var itemKey = key(item);
            if (!indexByKey.TryGetValue(itemKey, out var index))
            {
                indexByKey.Add(itemKey, index = groups.Count);
                groups.Add(new List<T>());
            }

            groups[index].Add(item);
        }

        return groups;
    }

    /// <summary>Every API that takes the group's item, in source order, once each.</summary>
    private static List<string> Apis<T>(List<T> group, Func<T, string?> api)
    {
        var apis = new List<string>();
        foreach (var item in group)
        {
            if (api(item) is { } value && !apis.Contains(value))
            {
                apis.Add(value);
            }
        }

        return apis;
    }

    /// <summary>Every place of the group's item (<c>file:line</c>), in source order.</summary>
    private static List<string> Positions<T>(List<T> group, Func<T, object?> origin)
    {
        var positions = new List<string>();
        foreach (var item in group)
        {
            if (Position(origin(item)) is { } position)
            {
                positions.Add(position);
            }
        }

        return positions;
    }

    private static ToolApproval Weaker(ToolApproval a, ToolApproval b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(ToolApproval approval) => approval switch
    {
        ToolApproval.Required => 0,
        ToolApproval.NotVisible => 1,
        _ => 2,
    };
}
