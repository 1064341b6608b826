using System.Linq;
using System.Text;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Testing;

namespace AiCompliance.Policy.Tests.Generated;

/// <summary>docs/endpoints.md is generated from <see cref="EndpointJurisdictions"/>, so the page and the table cannot drift.</summary>
public sealed class EndpointsDocumentTests
{
    [Trait("Category", "Generated")]
    [Fact]
    public void The_committed_page_matches_the_host_table() =>
        GeneratedFile.Verify(RepositoryRoot.Combine("docs", "endpoints.md"), Render());

    private static string Render()
    {
        var page = new StringBuilder();
        page.Append("# Where AI endpoints send data\n\n");
        page.Append("<!-- Generated from sdk/AiCompliance.Policy/CodeEvidence/EndpointJurisdictions.cs by tests/AiCompliance.Policy.Tests/Generated/EndpointsDocumentTests.cs; do not edit by hand. -->\n\n");
        page.Append("The analyzers record the constant endpoints a model's code passes to AI APIs (see [AIC403](rules/AIC403.md)). ");
        page.Append("This table says which countries (ISO 3166-1 alpha-2) a host sends data to. A host matches a row whole, ");
        page.Append("compared in lowercase without a trailing dot and without its port; `{region}` stands for one region name of ");
        page.Append("the provider's list below, and a region not listed is `Unknown`. Rows marked *to verify* still need checking ");
        page.Append("against their source.\n\n");
        page.Append("| Host | Countries | Source | Note |\n|---|---|---|---|\n");
        foreach (var row in EndpointJurisdictions.Rows)
        {
            var countries = row.RegionList is { } list ? "the region's country (" + list.Provider + ", below)"
                : ReferenceEquals(row.Countries, EndpointJurisdictions.EuropeanUnion) ? "the 27 EU member states"
                : string.Join(", ", row.Countries);
            page.Append("| `").Append(row.Pattern).Append("` | ").Append(countries).Append(row.ToVerify ? " (to verify)" : string.Empty)
                .Append(" | <").Append(row.Source).Append("> | ").Append(row.Note).Append(" |\n");
        }

        page.Append("| `localhost`, `127.0.0.0/8`, `::1` | none: `OnPremises` | | The data stays on the machine. |\n");
        page.Append("| any other host, a text that is not an absolute URI | none: `Unknown` | | Never assumed to be anywhere; never reported. |\n\n");
        page.Append("A host that names a customer's resource rather than a region (`<resource>.openai.azure.com`, ");
        page.Append("`<resource>.cognitiveservices.azure.com`) is `Unknown`: its region is chosen when the resource is created.\n\n");
        page.Append("## The European Union\n\n");
        page.Append("ISO 3166-1 has no code for the Union (`EU` is only reserved, and AIC203 rejects it in a declaration), so an ");
        page.Append("EU-wide host is placed in every member state: ").Append(string.Join(", ", EndpointJurisdictions.EuropeanUnion));
        page.Append(" (<").Append(EndpointJurisdictions.EuropeanUnionSource).Append(">). A residency of one member state does ");
        page.Append("not hold such an endpoint.\n");
        foreach (var list in new[] { EndpointJurisdictions.Azure, EndpointJurisdictions.Aws, EndpointJurisdictions.GoogleCloud })
        {
            page.Append("\n## ").Append(list.Provider).Append(" regions\n\n");
            page.Append("Source: <").Append(list.Source).Append(">\n\n| Region | Country |\n|---|---|\n");
            foreach (var region in list.Regions.OrderBy(r => r.Name, System.StringComparer.Ordinal))
            {
                page.Append("| `").Append(region.Name).Append("` | ").Append(region.Country).Append(region.ToVerify ? " (to verify)" : string.Empty).Append(" |\n");
            }
        }

        return page.ToString();
    }
}
