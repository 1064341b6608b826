using System.Linq;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.Policy.Tests.Table;

/// <summary>
/// The context tier: clauses that ask nothing of a model carry a reason, and no declaration cites one, so no card or
/// check can score them. The Joint Statement's commitments between governments are pinned by id.
/// </summary>
public sealed class ContextTierTests
{
    [Fact]
    public void The_joint_statements_commitments_between_governments_are_context_and_its_asks_of_ai_systems_are_not()
    {
        var statement = FrameworkCatalog.Find("asean-japan-2026")!;
        Assert.Equal(
            new[] { "para3", "para4", "para6", "para7", "para8", "para9", "para10", "para13", "para16" },
            statement.Clauses.Where(c => c.Tier == ClauseTier.Context).Select(c => c.Id));
        Assert.Equal(
            new[] { "para1", "para2", "para5", "para11", "para12", "para14", "para15" },
            statement.Clauses.Where(c => c.Tier == ClauseTier.Requirement).Select(c => c.Id));
    }

    [Fact]
    public void Context_clauses_of_the_other_frameworks_are_the_ones_addressed_to_governments_research_or_dates()
    {
        var context = FrameworkCatalog.All
            .Where(f => f.Id != "asean-japan-2026")
            .SelectMany(f => f.Clauses.Where(c => c.Tier == ClauseTier.Context).Select(c => f.Id + " " + c.Id));
        Assert.Equal(
            new[]
            {
                "asean-guide-2024 D", "asean-guide-2024 E", "asean-genai-2025 REC-8", "hiroshima-coc A8", "hiroshima-coc A10",
                "oecd-haip-rf RF-6", "jp-aigfb II-C9", "jp-aigfb II-C10", "jp-aigfb D-10i", "eu-ai-act Art113",
            },
            context);
    }

    [Fact]
    public void Every_context_clause_says_why_and_the_tier_follows_the_reason()
    {
        foreach (var clause in FrameworkCatalog.All.SelectMany(f => f.Clauses))
        {
            Assert.Equal(clause.ContextReason is null ? ClauseTier.Requirement : ClauseTier.Context, clause.Tier);
            if (clause.Tier == ClauseTier.Context)
            {
                Assert.False(string.IsNullOrWhiteSpace(clause.ContextReason), clause + " is context without a reason");
                Assert.EndsWith(".", clause.ContextReason!.TrimEnd(), System.StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void No_declaration_and_no_high_impact_sector_cites_a_context_clause()
    {
        var cited = DeclarationCatalog.All.SelectMany(d => d.References.Select(r => (Cited: d.Id, Reference: r)))
            .Concat(System.Enum.GetValues<Sector>().SelectMany(s => HighImpactSectorCatalog.For(s).Select(r => (Cited: s.ToString(), Reference: r))));
        foreach (var (by, reference) in cited)
        {
            var clause = reference.Resolve();
            Assert.NotNull(clause);
            Assert.True(clause!.Tier == ClauseTier.Requirement, by + " cites " + reference + ", which asks nothing of a model (" + clause.ContextReason + ")");
        }
    }
}
