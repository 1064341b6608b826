using System;
using System.Linq;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Tests.Table;

public sealed class HighImpactSectorCatalogTests
{
    public static TheoryData<Sector> Sectors() => new(Enum.GetValues<Sector>());

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Every_reference_resolves(Sector sector)
    {
        foreach (var reference in HighImpactSectorCatalog.For(sector))
        {
            Assert.True(reference.Resolve() is not null, $"{sector} cites {reference}, which is not in the framework table.");
        }
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void A_sector_has_references_exactly_when_the_policy_treats_it_as_high_impact(Sector sector)
    {
        Assert.Equal(RiskContext.IsHighImpact(sector), HighImpactSectorCatalog.For(sector).Count > 0);
    }

    [Theory]
    [InlineData(Sector.Healthcare)]
    [InlineData(Sector.Education)]
    [InlineData(Sector.Finance)]
    [InlineData(Sector.PublicAdministration)]
    public void The_four_sectors_of_the_joint_statement_cite_para2_first(Sector sector)
    {
        var first = HighImpactSectorCatalog.For(sector)[0];
        Assert.Equal("asean-japan-2026", first.FrameworkId);
        Assert.Equal("para2", first.ClauseId);
    }

    [Theory]
    [InlineData(Sector.Employment, "AnnexIII-4")]
    [InlineData(Sector.LawEnforcement, "AnnexIII-6")]
    [InlineData(Sector.Justice, "AnnexIII-8")]
    [InlineData(Sector.Migration, "AnnexIII-7")]
    [InlineData(Sector.CriticalInfrastructure, "AnnexIII-2")]
    [InlineData(Sector.Biometrics, "AnnexIII-1")]
    [InlineData(Sector.Insurance, "AnnexIII-5c")]
    [InlineData(Sector.Education, "AnnexIII-3")]
    [InlineData(Sector.Finance, "AnnexIII-5b")]
    public void Other_sectors_cite_their_annex_III_area(Sector sector, string clauseId)
    {
        Assert.Contains(HighImpactSectorCatalog.For(sector), r => r.FrameworkId == "eu-ai-act" && r.ClauseId == clauseId);
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void References_are_in_framework_order_without_repeats(Sector sector)
    {
        var references = HighImpactSectorCatalog.For(sector);
        var order = Frameworks.FrameworkCatalog.All.Select(f => f.Id).ToList();
        var positions = references.Select(r => order.IndexOf(r.FrameworkId)).ToList();
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Equal(references.Count, references.Select(r => r.ToString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void General_is_not_high_impact()
    {
        Assert.Empty(HighImpactSectorCatalog.For(Sector.General));
    }
}
