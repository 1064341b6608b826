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

    public static string? Position(object? origin) => origin is SourcePosition position ? position.ToString() : null;

    public static string ModelNameKey(ObservedModelName name) =>
        KindText(name.Kind) + "\n" + (name.Value is { } value ? "=" + value : "api " + name.Api);

    public static string EndpointKey(ObservedEndpoint endpoint) =>
        endpoint.Value is { } value ? "=" + value : "api " + endpoint.Api;

    public static string ToolKey(ObservedTool tool) => tool.Source + "\n" + tool.Name;

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

    public static IReadOnlyList<DistinctModelName> ModelNames(ModelCodeEvidence code)
    {
        var result = new List<(string Key, ObservedModelName First, List<string> Apis, List<string> Positions)>();
        foreach (var name in code.ModelNames)
        {
            var key = ModelNameKey(name);
            var index = result.FindIndex(item => string.Equals(item.Key, key, StringComparison.Ordinal));
            if (index < 0)
            {
                result.Add((key, name, new List<string>(), new List<string>()));
                index = result.Count - 1;
            }

            AddOnce(result[index].Apis, name.Api);
            Add(result[index].Positions, Position(name.Origin));
        }

        return result.ConvertAll(item => new DistinctModelName(item.First.Value, item.First.Kind, item.Apis, item.Positions));
    }

    public static IReadOnlyList<DistinctEndpoint> Endpoints(ModelCodeEvidence code)
    {
        var result = new List<(string Key, ObservedEndpoint First, List<string> Apis, List<string> Positions)>();
        foreach (var endpoint in code.Endpoints)
        {
            var key = EndpointKey(endpoint);
            var index = result.FindIndex(item => string.Equals(item.Key, key, StringComparison.Ordinal));
            if (index < 0)
            {
                result.Add((key, endpoint, new List<string>(), new List<string>()));
                index = result.Count - 1;
            }

            AddOnce(result[index].Apis, endpoint.Api);
            Add(result[index].Positions, Position(endpoint.Origin));
        }

        // The same URI always resolves alike, so the first call site's jurisdiction is the endpoint's.
        return result.ConvertAll(item => new DistinctEndpoint(
            item.First.Value, item.First.Host, item.First.Location,
            item.First.Location == EndpointLocation.Region ? item.First.Regions : Array.Empty<string>(),
            item.Apis, item.Positions));
    }

    public static IReadOnlyList<DistinctTool> Tools(ModelCodeEvidence code)
    {
        var result = new List<(string Key, ObservedTool First, ToolApproval Approval, List<string> Positions)>();
        foreach (var tool in code.Tools)
        {
            var key = ToolKey(tool);
            var index = result.FindIndex(item => string.Equals(item.Key, key, StringComparison.Ordinal));
            if (index < 0)
            {
                result.Add((key, tool, tool.Approval, new List<string>()));
                index = result.Count - 1;
            }

            // A tool exposed once with approval and once without can run without: the weaker place speaks for it.
            var entry = result[index];
            entry.Approval = Weaker(entry.Approval, tool.Approval);
            Add(entry.Positions, Position(tool.Origin));
            result[index] = entry;
        }

        return result.ConvertAll(item => new DistinctTool(item.First.Name, item.First.Source, item.Approval, item.Positions));
    }

    private static ToolApproval Weaker(ToolApproval a, ToolApproval b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(ToolApproval approval) => approval switch
    {
        ToolApproval.Required => 0,
        ToolApproval.NotVisible => 1,
        _ => 2,
    };

    private static void AddOnce(List<string> list, string? value)
    {
        if (value is not null && !list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static void Add(List<string> list, string? value)
    {
        if (value is not null)
        {
            list.Add(value);
        }
    }
}
