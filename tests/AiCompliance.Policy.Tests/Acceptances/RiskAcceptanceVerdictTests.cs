using System;
using System.Linq;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.Policy.Tests.Acceptances;

/// <summary>
/// The one verdict on a risk acceptance (<see cref="RiskAcceptances.Assess"/>) that the build's suppressor, AIC306–AIC308,
/// <c>aicompliance check</c> and the cards share: what makes it valid, and which clock it is judged by.
/// </summary>
public sealed class RiskAcceptanceVerdictTests
{
    private static readonly DateTime RealToday = new(2026, 12, 5);

    private static RiskAcceptanceDeclaration Acceptance(string until = "2026-12-31", string? model = null, string? approver = "Chief Risk Officer", string? justification = "Workshop booked; manual review meanwhile.") =>
        new() { RuleId = "AIC101", Model = model, Approver = approver, Until = until, Justification = justification };

    private static PolicySettings Pinned(string? buildDate, string? maxAcceptanceDays = null) =>
        PolicySettings.Create(null, null, buildDate, null, maxAcceptanceDays, realToday: RealToday);

    [Fact]
    public void A_pinned_build_date_never_extends_an_acceptance()
    {
        var settings = Pinned("2026-01-01");

        Assert.Equal(new DateTime(2026, 1, 1), settings.Today);
        Assert.Equal(RealToday, settings.RealToday);
        Assert.Equal(AcceptanceState.Expired, RiskAcceptances.Assess(Acceptance("2026-06-01"), settings, out _));
        Assert.Null(RiskAcceptances.FindActive(new[] { Acceptance("2026-06-01") }, "AIC101", "scorer", settings));
        Assert.Empty(RiskAcceptances.ActiveFor(new[] { Acceptance("2026-06-01") }, "scorer", settings));
    }

    [Fact]
    public void The_length_limit_counts_from_the_real_date()
    {
        // 150 days after the real date, 338 after the pinned one: within the default 180.
        Assert.Equal(AcceptanceState.Active, RiskAcceptances.Assess(Acceptance("2027-05-04"), Pinned("2026-01-01"), out _));
        Assert.Equal(AcceptanceState.Malformed, RiskAcceptances.Assess(Acceptance("2027-06-04"), Pinned("2026-01-01"), out var problems));
        Assert.Equal("runs until 2027-06-04, more than 180 days after 2026-12-05 (aicompliance.max_acceptance_days)", problems.Single().Description);
    }

    [Fact]
    public void A_card_date_moves_the_pinned_date_but_not_the_verdict()
    {
        var settings = PolicySettings.Default.WithRealToday(RealToday).WithToday(new DateTime(2026, 3, 1));

        Assert.Equal(AcceptanceState.Expired, RiskAcceptances.Assess(Acceptance("2026-06-01"), settings, out _));
        Assert.Equal(new DateTime(2026, 3, 1), settings.Today);
    }

    [Theory]
    [InlineData("\u3164\u115F\u1160", "has no Approver (it shows nothing: U+3164 U+115F U+1160)")]
    [InlineData("\u200B\u200D\u2060\u202E\uFEFF", "has no Approver (it shows nothing: U+200B U+200D U+2060 U+202E …)")]
    [InlineData("", "has no Approver")]
    [InlineData("   ", "has no Approver")]
    [InlineData("TODO: ask the CRO", "has no Approver")]
    public void An_approver_nobody_can_read_or_a_placeholder_makes_the_acceptance_malformed(string approver, string description)
    {
        var state = RiskAcceptances.Assess(Acceptance(approver: approver), Pinned(null), out var problems);

        Assert.Equal(AcceptanceState.Malformed, state);
        var problem = Assert.Single(problems);
        Assert.Equal("Approver", problem.Property);
        Assert.Equal(description, problem.Description);
    }

    [Fact]
    public void An_invisible_justification_is_missing_too()
    {
        RiskAcceptances.Assess(Acceptance(justification: "\u3164"), Pinned(null), out var problems);

        Assert.Equal(("Justification", "has no Justification (it shows nothing: U+3164)"), (problems.Single().Property, problems.Single().Description));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3164")]
    [InlineData("\u200B")]
    public void An_empty_or_invisible_model_is_malformed_and_covers_no_model(string model)
    {
        var acceptance = Acceptance(model: model);
        var settings = Pinned(null);

        Assert.Equal(AcceptanceState.Malformed, RiskAcceptances.Assess(acceptance, settings, out var problems));
        Assert.Equal("Model", problems.Single().Property);
        Assert.False(RiskAcceptances.Covers(acceptance, "AIC101", "scorer"));
        Assert.False(RiskAcceptances.Covers(acceptance, "AIC101", null));
        Assert.Null(RiskAcceptances.FindActive(new[] { acceptance }, "AIC101", "scorer", settings));
        Assert.Empty(RiskAcceptances.ActiveFor(new[] { acceptance }, "scorer", settings));
    }

    [Fact]
    public void Only_an_absent_model_covers_every_model()
    {
        var acceptance = Acceptance(model: null);

        Assert.True(RiskAcceptances.Covers(acceptance, "AIC101", "scorer"));
        Assert.True(RiskAcceptances.Covers(acceptance, "AIC101", null));
        Assert.Equal(AcceptanceState.Active, RiskAcceptances.Assess(acceptance, Pinned(null), out _));
    }

    [Theory]
    [InlineData("0001-01-01", AcceptanceState.Expired)]
    [InlineData("9999-12-31", AcceptanceState.Malformed)]
    public void Dates_at_the_ends_of_the_calendar_are_judged_without_overflow(string until, AcceptanceState expected)
    {
        Assert.Equal(expected, RiskAcceptances.Assess(Acceptance(until), Pinned(null, PolicySettings.MaxDayLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)), out _));
    }
}

/// <summary>Every date and day limit is parsed and bounded; what is out of range is a problem (AIC005) and the default applies.</summary>
public sealed class PolicySettingsBoundsTests
{
    private static readonly DateTime RealToday = new(2026, 12, 5);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3660", 3660)]
    [InlineData(" 365 ", 365)]
    public void Day_limits_from_1_to_3660_are_taken(string value, int expected)
    {
        var settings = PolicySettings.Create(null, null, null, value, value, realToday: RealToday);

        Assert.Equal(expected, settings.MaxAcceptanceDays);
        Assert.Equal(expected, settings.AssessmentMaxAgeDays);
        Assert.Empty(settings.Problems);
    }

    [Theory]
    [InlineData("3661", "aicompliance.max_acceptance_days '3661' is more than the maximum of 3660 days; the policy uses 180")]
    [InlineData("2147483647", "aicompliance.max_acceptance_days '2147483647' is more than the maximum of 3660 days; the policy uses 180")]
    [InlineData("99999999999999999999", "aicompliance.max_acceptance_days '99999999999999999999' is more than the maximum of 3660 days; the policy uses 180")]
    [InlineData("0", "aicompliance.max_acceptance_days '0' is not a positive whole number of days; the policy uses 180")]
    [InlineData("-2147483648", "aicompliance.max_acceptance_days '-2147483648' is not a positive whole number of days; the policy uses 180")]
    [InlineData("1e3", "aicompliance.max_acceptance_days '1e3' is not a positive whole number of days; the policy uses 180")]
    [InlineData("\u200B", "aicompliance.max_acceptance_days '\\u200B' is not a positive whole number of days; the policy uses 180")]
    public void A_day_limit_out_of_range_is_reported_with_its_key_and_value_and_the_default_applies(string value, string problem)
    {
        var settings = PolicySettings.Create(null, null, null, null, value, realToday: RealToday);

        Assert.Equal(PolicySettings.DefaultMaxAcceptanceDays, settings.MaxAcceptanceDays);
        Assert.Equal(problem, Assert.Single(settings.Problems));
    }

    [Theory]
    [InlineData("2000-01-01")]
    [InlineData("2199-12-31")]
    public void Build_dates_within_the_range_are_pinned(string date)
    {
        var settings = PolicySettings.Create(null, null, date, null, null, realToday: RealToday);

        Assert.Equal(DateTime.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), settings.Today);
        Assert.Empty(settings.Problems);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    [InlineData("2200-01-01")]
    public void Build_dates_outside_the_range_are_reported_and_the_real_date_applies(string date)
    {
        var settings = PolicySettings.Create(null, null, date, null, null, realToday: RealToday);

        Assert.Equal(RealToday, settings.Today);
        Assert.Equal("AiComplianceBuildDate '" + date + "' is outside 2000-01-01 to 2199-12-31; the policy uses today's date, 2026-12-05", Assert.Single(settings.Problems));
    }
}
