using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Validation;

namespace AiCompliance.Policy.Tests.CodeEvidence;

/// <summary>The host table as the rules see it: patterns, case, ports, trailing dots, IP literals and hostile strings.</summary>
public sealed class EndpointJurisdictionsTests
{
    [Theory]
    [InlineData("https://api.openai.com/v1", "api.openai.com", EndpointLocation.Region, "US")]
    [InlineData("HTTPS://API.OPENAI.COM:443/v1", "api.openai.com", EndpointLocation.Region, "US")]
    [InlineData("https://api.openai.com./v1", "api.openai.com", EndpointLocation.Region, "US")]
    [InlineData("  https://api.anthropic.com  ", "api.anthropic.com", EndpointLocation.Region, "US")]
    [InlineData("https://japaneast.api.cognitive.microsoft.com/", "japaneast.api.cognitive.microsoft.com", EndpointLocation.Region, "JP")]
    [InlineData("https://southeastasia.api.cognitive.microsoft.com/", "southeastasia.api.cognitive.microsoft.com", EndpointLocation.Region, "SG")]
    [InlineData("https://bedrock-runtime.ap-southeast-1.amazonaws.com", "bedrock-runtime.ap-southeast-1.amazonaws.com", EndpointLocation.Region, "SG")]
    [InlineData("https://asia-southeast1-aiplatform.googleapis.com/v1", "asia-southeast1-aiplatform.googleapis.com", EndpointLocation.Region, "SG")]
    [InlineData("http://localhost:11434", "localhost", EndpointLocation.OnPremises, "")]
    [InlineData("http://LocalHost.:11434", "localhost", EndpointLocation.OnPremises, "")]
    [InlineData("http://127.0.0.1:11434", "127.0.0.1", EndpointLocation.OnPremises, "")]
    [InlineData("http://127.255.3.4", "127.255.3.4", EndpointLocation.OnPremises, "")]
    [InlineData("http://[::1]:11434/api", "::1", EndpointLocation.OnPremises, "")]
    [InlineData("http://10.0.0.5:11434", "10.0.0.5", EndpointLocation.Unknown, "")]
    [InlineData("http://[2001:db8::1]/", "2001:db8::1", EndpointLocation.Unknown, "")]
    [InlineData("https://contoso.openai.azure.com/", "contoso.openai.azure.com", EndpointLocation.Unknown, "")]
    [InlineData("https://japaneast.openai.azure.com/", "japaneast.openai.azure.com", EndpointLocation.Unknown, "")]
    [InlineData("https://marsnorth.api.cognitive.microsoft.com/", "marsnorth.api.cognitive.microsoft.com", EndpointLocation.Unknown, "")]
    [InlineData("https://a.japaneast.api.cognitive.microsoft.com/", "a.japaneast.api.cognitive.microsoft.com", EndpointLocation.Unknown, "")]
    [InlineData("https://bedrock-runtime..amazonaws.com", null, EndpointLocation.Unknown, "")]
    [InlineData("https://api.openai.com.example.net/", "api.openai.com.example.net", EndpointLocation.Unknown, "")]
    [InlineData("https://xapi.openai.com/", "xapi.openai.com", EndpointLocation.Unknown, "")]
    [InlineData("https://api.openai.com@example.net/", "example.net", EndpointLocation.Unknown, "")]
    [InlineData("https://example.net/https://api.openai.com", "example.net", EndpointLocation.Unknown, "")]
    [InlineData("https://example.net/?u=http://localhost", "example.net", EndpointLocation.Unknown, "")]
    [InlineData("https://localhost.example.net/", "localhost.example.net", EndpointLocation.Unknown, "")]
    [InlineData("api.openai.com", null, EndpointLocation.Unknown, "")]
    [InlineData("localhost:11434", null, EndpointLocation.Unknown, "")]
    [InlineData("/v1/chat", null, EndpointLocation.Unknown, "")]
    [InlineData("", null, EndpointLocation.Unknown, "")]
    [InlineData("file:///etc/passwd", null, EndpointLocation.Unknown, "")]
    [InlineData("https://", null, EndpointLocation.Unknown, "")]
    [InlineData("https://api.openai.com\u0000.example.net/", null, EndpointLocation.Unknown, "")]
    [InlineData(null, null, EndpointLocation.Unknown, "")]
    public void Resolves(string? uri, string? host, EndpointLocation location, string countries)
    {
        var resolved = EndpointJurisdictions.Resolve(uri);

        Assert.Equal((host, location, countries), (resolved.Host, resolved.Location, string.Join(",", resolved.Regions)));
    }

    [Fact]
    public void The_eu_host_is_in_every_member_state()
    {
        var resolved = EndpointJurisdictions.Resolve("https://eu.api.openai.com/v1");

        Assert.Equal(EndpointLocation.Region, resolved.Location);
        Assert.Equal(27, resolved.Regions.Count);
        Assert.Contains("DE", resolved.Regions);
        Assert.DoesNotContain("GB", resolved.Regions);
    }

    [Fact]
    public void A_very_long_host_resolves_without_throwing()
    {
        var resolved = EndpointJurisdictions.Resolve("https://" + new string('a', 100_000) + ".api.cognitive.microsoft.com/");

        Assert.NotEqual(EndpointLocation.Region, resolved.Location);
    }

    [Fact]
    public void Every_country_in_the_table_is_an_iso_code_and_every_row_has_a_source()
    {
        foreach (var row in EndpointJurisdictions.Rows)
        {
            Assert.StartsWith("https://", row.Source);
            Assert.All(row.Countries, c => Assert.True(RegionCode.IsValid(c), row.Pattern + ": " + c));
            Assert.True(row.Pattern.Contains("{region}") == (row.RegionList is not null), row.Pattern);
        }

        foreach (var list in new[] { EndpointJurisdictions.Azure, EndpointJurisdictions.Aws, EndpointJurisdictions.GoogleCloud })
        {
            Assert.StartsWith("https://", list.Source);
            Assert.All(list.Regions, r => Assert.True(RegionCode.IsValid(r.Country), list.Provider + ": " + r.Name));
        }
    }
}
