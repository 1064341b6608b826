using System;
using System.Collections.Generic;
using System.Text;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Validation;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// The Hugging Face Hub's metadata values for a card's front matter: only values the Hub knows. Its licence ids come from
/// https://huggingface.co/docs/hub/repositories-licenses and its task ids from the Hub's task list (huggingface.js,
/// packages/tasks/src/pipelines.ts); tests/AiCompliance.ModelCards.Tests/Fixtures holds both lists, with their date.
/// </summary>
internal static class HubMetadata
{
    /// <summary>SPDX licence ids whose lowercase spelling is the Hub's licence id for exactly the same licence.</summary>
    private static readonly string[] SameIdAsSpdx =
    [
        "AFL-3.0", "Apache-2.0", "Artistic-2.0", "BSL-1.0", "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "CC0-1.0",
        "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-NC-2.0", "CC-BY-NC-3.0",
        "CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-ND-3.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-2.0", "CC-BY-NC-SA-3.0",
        "CC-BY-NC-SA-4.0", "CDLA-Sharing-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "WTFPL", "ECL-2.0", "EPL-1.0",
        "EPL-2.0", "etalab-2.0", "EUPL-1.1", "ISC", "LPPL-1.3c", "MS-PL", "MIT", "MPL-2.0", "OSL-3.0", "PostgreSQL",
        "OFL-1.1", "NCSA", "Unlicense", "Zlib",
    ];

    /// <summary>
    /// SPDX ids the Hub spells differently. Only exact equivalents: the "-only" forms and the deprecated bare GNU ids
    /// (which SPDX defines as "only") map to the versioned Hub id; "-or-later" has no Hub id and is written as other.
    /// </summary>
    private static readonly Dictionary<string, string> SpdxAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AGPL-3.0-only"] = "agpl-3.0",
        ["AGPL-3.0"] = "agpl-3.0",
        ["GPL-2.0-only"] = "gpl-2.0",
        ["GPL-2.0"] = "gpl-2.0",
        ["GPL-3.0-only"] = "gpl-3.0",
        ["GPL-3.0"] = "gpl-3.0",
        ["LGPL-2.1-only"] = "lgpl-2.1",
        ["LGPL-2.1"] = "lgpl-2.1",
        ["LGPL-3.0-only"] = "lgpl-3.0",
        ["LGPL-3.0"] = "lgpl-3.0",
        ["C-UDA-1.0"] = "c-uda",
        ["ODbL-1.0"] = "odbl",
        ["ODC-By-1.0"] = "odc-by",
        ["PDDL-1.0"] = "pddl",
        ["LGPLLR"] = "lgpl-lr",
    };

    /// <summary>Hub licence ids that are not SPDX ids, used when a model declares one of them as it is.</summary>
    private static readonly HashSet<string> HubOnlyIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "bigscience-openrail-m", "creativeml-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m", "openrail++",
        "deepfloyd-if-license", "llama2", "gemma",
    };

    private static readonly Dictionary<string, string> HubIdBySpdx = BuildHubIdBySpdx();

    private static readonly char[] PathSeparator = ['/'];

    /// <summary>
    /// The Hub's licence metadata for a declared licence: its Hub id, or <c>other</c> with a <c>license_name</c> (the
    /// declared licence as an id-like name, the Hub's convention) and a <c>license_link</c> (the SPDX page of an SPDX id
    /// the Hub lacks; otherwise <c>LICENSE</c>, the file the Hub asks a repository with an other licence to hold).
    /// </summary>
    public static HubLicense License(string declared)
    {
        declared = declared.Trim();
        var spdx = SpdxLicenseList.CanonicalLicenseId(declared);
        if (spdx is not null && HubIdBySpdx.TryGetValue(spdx, out var hubId))
        {
            return new HubLicense(hubId, null, null);
        }

        if (HubOnlyIds.Contains(declared))
        {
            return new HubLicense(declared.ToLowerInvariant(), null, null);
        }

        return new HubLicense("other", LicenseName(declared), spdx is null ? "LICENSE" : "https://spdx.org/licenses/" + spdx + ".html");
    }

    /// <summary>
    /// The Hub task id (<c>pipeline_tag</c>) a model kind names without guessing the data it works on, or null. A
    /// classifier may classify text, images, audio or table rows, and each is a different Hub task, so most kinds
    /// have none.
    /// </summary>
    public static string? PipelineTag(ModelKind? kind) => kind switch
    {
        ModelKind.Embedding => "feature-extraction",
        _ => null,
    };

    /// <summary>
    /// The Hub id (<c>owner/name</c>) of a dataset whose declared <c>Url</c> is its page on the Hub
    /// (https://huggingface.co/datasets/owner/name), or null: any other dataset is local, and its id would name a
    /// different dataset, or none, on the Hub.
    /// </summary>
    public static string? DatasetId(DatasetDeclaration? dataset)
    {
        if (dataset?.Url is not { } url || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || !(uri.Host.Equals("huggingface.co", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("hf.co", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split(PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[0] == "datasets" && IsRepoNamePart(segments[1]) && IsRepoNamePart(segments[2])
            ? segments[1] + "/" + segments[2]
            : null;
    }

    private static Dictionary<string, string> BuildHubIdBySpdx()
    {
        var map = new Dictionary<string, string>(SpdxAliases, StringComparer.OrdinalIgnoreCase);
        foreach (var id in SameIdAsSpdx)
        {
            map[id] = id.ToLowerInvariant();
        }

        return map;
    }

    /// <summary>Lowercase ASCII letters, digits, '.' and '+'; every other run of characters becomes one '-'.</summary>
    private static string LicenseName(string declared)
    {
        var name = new StringBuilder(declared.Length);
        foreach (var c in declared.ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '+')
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[name.Length - 1] != '-')
            {
                name.Append('-');
            }
        }

        var text = name.ToString().Trim('-');
        return text.Length > 0 ? text : "custom-license";
    }

    private static bool IsRepoNamePart(string part)
    {
        if (part.Length == 0 || part.Length > 96 || !char.IsLetterOrDigit(part[0]) || part[0] > 127)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!((c < 128 && char.IsLetterOrDigit(c)) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A licence as the Hub's metadata carries it: <c>license</c>, and for <c>other</c>, <c>license_name</c> and <c>license_link</c>.</summary>
internal sealed record HubLicense(string Id, string? Name, string? Link);
