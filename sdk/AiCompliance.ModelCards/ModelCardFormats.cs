using System;
using System.Collections.Generic;

namespace AiCompliance.ModelCards;

/// <summary>The card formats, combinable.</summary>
[Flags]
public enum ModelCardFormats
{
    /// <summary>No format.</summary>
    None = 0,

    /// <summary>Markdown in the Hugging Face layout, with YAML front matter: <c>&lt;model-id&gt;.md</c>.</summary>
    Markdown = 1,

    /// <summary>The project's JSON card (docs/schema/model-card.schema.json): <c>&lt;model-id&gt;.json</c>.</summary>
    Json = 2,

    /// <summary>A self-contained HTML page: <c>&lt;model-id&gt;.html</c>.</summary>
    Html = 4,

    /// <summary>One CycloneDX 1.6 BOM for the assembly: <c>&lt;AssemblyName&gt;.cdx.json</c>.</summary>
    CycloneDx = 8,

    /// <summary>Every format.</summary>
    All = Markdown | Json | Html | CycloneDx,
}

/// <summary>Parses format lists as the CLI and MSBuild give them ("md;json,html cdx").</summary>
public static class ModelCardFormatNames
{
    private static readonly char[] Separators = { ',', ';', ' ', '\t' };

    /// <summary>The names accepted, in documentation order.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "md", "json", "html", "cdx" };

    /// <summary>Parses a list; unknown names are returned in <paramref name="unknown"/>. An empty list means none.</summary>
    public static ModelCardFormats Parse(string? list, out IReadOnlyList<string> unknown)
    {
        var result = ModelCardFormats.None;
        var bad = new List<string>();
        foreach (var part in (list ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part.Trim().ToUpperInvariant())
            {
                case "MD":
                case "MARKDOWN":
                    result |= ModelCardFormats.Markdown;
                    break;
                case "JSON":
                    result |= ModelCardFormats.Json;
                    break;
                case "HTML":
                    result |= ModelCardFormats.Html;
                    break;
                case "CDX":
                case "CYCLONEDX":
                    result |= ModelCardFormats.CycloneDx;
                    break;
                case "ALL":
                    result |= ModelCardFormats.All;
                    break;
                default:
                    bad.Add(part.Trim());
                    break;
            }
        }

        unknown = bad;
        return result;
    }
}
