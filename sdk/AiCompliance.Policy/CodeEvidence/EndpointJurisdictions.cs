using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace AiCompliance.Policy.CodeEvidence;

/// <summary>A cloud provider's region name and the country its data centres are in.</summary>
/// <param name="Name">The region as the provider writes it in a host name (<c>japaneast</c>, <c>ap-southeast-1</c>).</param>
/// <param name="Country">The ISO 3166-1 alpha-2 code of the country.</param>
/// <param name="ToVerify">Whether the mapping still needs checking against the provider's page.</param>
public sealed record CloudRegion(string Name, string Country, bool ToVerify = false);

/// <summary>One provider's published list of regions, with where it was read.</summary>
/// <param name="Provider">The provider, as the documentation names it.</param>
/// <param name="Source">The public page that lists the regions and their locations.</param>
/// <param name="Regions">The regions the table knows; a region not listed resolves to <see cref="EndpointLocation.Unknown"/>.</param>
public sealed record CloudRegionList(string Provider, string Source, IReadOnlyList<CloudRegion> Regions)
{
    public CloudRegion? Find(string name)
    {
        foreach (var region in Regions)
        {
            if (string.Equals(region.Name, name, StringComparison.Ordinal))
            {
                return region;
            }
        }

        return null;
    }
}

/// <summary>
/// One row of the host table. <see cref="Pattern"/> is a lowercase host name, or one with a single <c>{region}</c>
/// placeholder that stands for one region name of <see cref="RegionList"/> (never a dot, so
/// <c>api.openai.com.example.net</c> matches nothing).
/// </summary>
/// <param name="Pattern">The host, or the host with <c>{region}</c>.</param>
/// <param name="Countries">For a fixed host, the countries it sends data to; empty for a regional or a loopback row.</param>
/// <param name="RegionList">For a regional host, the provider's region list.</param>
/// <param name="Source">The public documentation the row comes from.</param>
/// <param name="ToVerify">Whether the row still needs checking.</param>
/// <param name="Note">What the row means, for the documentation.</param>
public sealed record EndpointHostRow(string Pattern, IReadOnlyList<string> Countries, CloudRegionList? RegionList, string Source, bool ToVerify, string Note);

/// <summary>What the host table says of one endpoint.</summary>
/// <param name="Host">The normalized host (lowercase, no trailing dot, no IPv6 brackets); <see langword="null"/> when the value is not an absolute URI with a host.</param>
/// <param name="Location">Where the data goes.</param>
/// <param name="Regions">The ISO 3166-1 alpha-2 codes when <see cref="Location"/> is <see cref="EndpointLocation.Region"/>; else empty.</param>
/// <param name="Row">The row that matched, if any.</param>
public sealed record EndpointJurisdiction(string? Host, EndpointLocation Location, IReadOnlyList<string> Regions, EndpointHostRow? Row);

/// <summary>
/// The one table that places an AI endpoint's host in countries (documented in docs/endpoints.md, which a test keeps
/// equal to it). It knows the hosts the public documentation of each provider names, and nothing else: any other host is
/// <see cref="EndpointLocation.Unknown"/>, and a host that names a customer's resource rather than a region
/// (<c>&lt;resource&gt;.openai.azure.com</c>) is unknown too, since its region is chosen when the resource is created.
/// </summary>
public static class EndpointJurisdictions
{
    /// <summary>
    /// The European Union as its 27 member states: ISO 3166-1 has no code for the Union (<c>EU</c> is only reserved), and
    /// a declared residency lists countries, so an EU-wide endpoint is in every member state.
    /// </summary>
    public static readonly IReadOnlyList<string> EuropeanUnion = new[]
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    };

    public const string EuropeanUnionSource = "https://european-union.europa.eu/principles-countries-history/eu-countries_en";

    public static readonly CloudRegionList Azure = new(
        "Microsoft Azure",
        "https://learn.microsoft.com/en-us/azure/reliability/regions-list",
        new CloudRegion[]
        {
            new("australiaeast", "AU"), new("australiasoutheast", "AU"), new("brazilsouth", "BR"), new("canadacentral", "CA"),
            new("canadaeast", "CA"), new("centralindia", "IN"), new("centralus", "US"), new("eastasia", "HK"), new("eastus", "US"),
            new("eastus2", "US"), new("francecentral", "FR"), new("germanywestcentral", "DE"), new("indonesiacentral", "ID", ToVerify: true),
            new("japaneast", "JP"), new("japanwest", "JP"), new("koreacentral", "KR"), new("malaysiawest", "MY", ToVerify: true),
            new("northcentralus", "US"), new("northeurope", "IE"), new("norwayeast", "NO"), new("southcentralus", "US"),
            new("southeastasia", "SG"), new("southindia", "IN"), new("swedencentral", "SE"), new("switzerlandnorth", "CH"),
            new("uksouth", "GB"), new("ukwest", "GB"), new("westeurope", "NL"), new("westus", "US"), new("westus2", "US"),
            new("westus3", "US"),
        });

    public static readonly CloudRegionList Aws = new(
        "Amazon Web Services",
        "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html",
        new CloudRegion[]
        {
            new("ap-east-1", "HK"), new("ap-northeast-1", "JP"), new("ap-northeast-2", "KR"), new("ap-northeast-3", "JP"),
            new("ap-south-1", "IN"), new("ap-southeast-1", "SG"), new("ap-southeast-2", "AU"), new("ap-southeast-3", "ID"),
            new("ap-southeast-5", "MY", ToVerify: true), new("ap-southeast-7", "TH", ToVerify: true), new("ca-central-1", "CA"),
            new("eu-central-1", "DE"), new("eu-north-1", "SE"), new("eu-west-1", "IE"), new("eu-west-2", "GB"), new("eu-west-3", "FR"),
            new("sa-east-1", "BR"), new("us-east-1", "US"), new("us-east-2", "US"), new("us-west-1", "US"), new("us-west-2", "US"),
        });

    public static readonly CloudRegionList GoogleCloud = new(
        "Google Cloud",
        "https://cloud.google.com/vertex-ai/docs/general/locations",
        new CloudRegion[]
        {
            new("asia-east1", "TW"), new("asia-east2", "HK"), new("asia-northeast1", "JP"), new("asia-northeast2", "JP"),
            new("asia-northeast3", "KR"), new("asia-south1", "IN"), new("asia-southeast1", "SG"), new("asia-southeast2", "ID"),
            new("australia-southeast1", "AU"), new("europe-north1", "FI"), new("europe-west1", "BE"), new("europe-west2", "GB"),
            new("europe-west3", "DE"), new("europe-west4", "NL"), new("europe-west9", "FR"), new("northamerica-northeast1", "CA"),
            new("southamerica-east1", "BR"), new("us-central1", "US"), new("us-east1", "US"), new("us-east4", "US"), new("us-west1", "US"),
        });

    /// <summary>The rows. A host matches a row whole, so their order does not matter.</summary>
    public static readonly IReadOnlyList<EndpointHostRow> Rows = new EndpointHostRow[]
    {
        new("api.openai.com", new[] { "US" }, null, "https://platform.openai.com/docs/guides/your-data", ToVerify: true,
            "OpenAI's default API host; the data-controls page describes data residency as an opt-in for other regions, so the default is taken as the United States."),
        new("eu.api.openai.com", EuropeanUnion, null, "https://platform.openai.com/docs/guides/your-data", ToVerify: true,
            "OpenAI's European data-residency host: the page says Europe, not which member states, so every member state is listed."),
        new("api.anthropic.com", new[] { "US" }, null, "https://docs.anthropic.com/en/api/overview", ToVerify: true,
            "Anthropic's API host; where requests are processed is not stated per request."),
        new("{region}.api.cognitive.microsoft.com", Array.Empty<string>(), Azure, Azure.Source, ToVerify: false,
            "Azure AI services' regional endpoint: the first label is the Azure region."),
        new("bedrock-runtime.{region}.amazonaws.com", Array.Empty<string>(), Aws, "https://docs.aws.amazon.com/general/latest/gr/bedrock.html", ToVerify: false,
            "Amazon Bedrock's runtime endpoint in one AWS region (cross-region inference profiles can still route elsewhere)."),
        new("{region}-aiplatform.googleapis.com", Array.Empty<string>(), GoogleCloud, GoogleCloud.Source, ToVerify: false,
            "Vertex AI's regional endpoint."),
    };

    /// <summary>The loopback hosts: <c>localhost</c>, <c>127.0.0.0/8</c> and <c>::1</c>.</summary>
    public const string LoopbackNote = "localhost, 127.0.0.0/8 and ::1: the data stays on the machine (OnPremises).";

    /// <summary>Where the endpoint written as <paramref name="uri"/> sends data. Never throws.</summary>
    public static EndpointJurisdiction Resolve(string? uri)
    {
        var host = HostOf(uri);
        return host is null
            ? new EndpointJurisdiction(null, EndpointLocation.Unknown, Array.Empty<string>(), null)
            : ResolveHost(host);
    }

    /// <summary>Where a host (as <see cref="HostOf"/> normalizes it) sends data. Never throws.</summary>
    public static EndpointJurisdiction ResolveHost(string host)
    {
        if (IsLoopback(host))
        {
            return new EndpointJurisdiction(host, EndpointLocation.OnPremises, Array.Empty<string>(), null);
        }

        foreach (var row in Rows)
        {
            if (Match(row, host) is { } countries)
            {
                return new EndpointJurisdiction(host, EndpointLocation.Region, countries, row);
            }
        }

        return new EndpointJurisdiction(host, EndpointLocation.Unknown, Array.Empty<string>(), null);
    }

    /// <summary>
    /// The host of an absolute URI: lowercase, punycode for an international name, without the trailing dot of a fully
    /// qualified name or the brackets of an IPv6 literal; <see langword="null"/> for anything else (a bare host name, a
    /// relative path, a URI without a host).
    /// </summary>
    public static string? HostOf(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed))
        {
            return null;
        }

        string host;
        try
        {
            host = parsed.IdnHost;
        }
        catch (Exception exception) when (exception is InvalidOperationException or UriFormatException or ArgumentException)
        {
            return null;
        }

        host = host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        return host.Length == 0 ? null : host;
    }

    private static bool IsLoopback(string host)
    {
        if (host == "localhost")
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address)
            && (address.AddressFamily == AddressFamily.InterNetwork || address.AddressFamily == AddressFamily.InterNetworkV6)
            && IPAddress.IsLoopback(address);
    }

    private static IReadOnlyList<string>? Match(EndpointHostRow row, string host)
    {
        const string placeholder = "{region}";
        var at = row.Pattern.IndexOf(placeholder, StringComparison.Ordinal);
        if (at < 0)
        {
            return string.Equals(row.Pattern, host, StringComparison.Ordinal) ? row.Countries : null;
        }

        var prefix = row.Pattern.Substring(0, at);
        var suffix = row.Pattern.Substring(at + placeholder.Length);
        if (host.Length <= prefix.Length + suffix.Length || !host.StartsWith(prefix, StringComparison.Ordinal) || !host.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var region = host.Substring(prefix.Length, host.Length - prefix.Length - suffix.Length);
        return region.IndexOf('.') < 0 && row.RegionList?.Find(region) is { } known ? new[] { known.Country } : null;
    }
}
