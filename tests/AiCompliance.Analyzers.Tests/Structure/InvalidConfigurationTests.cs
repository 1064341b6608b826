using System.Threading.Tasks;
using AiCompliance.Policy.Frameworks;
using Verifier = AiCompliance.Analyzers.Tests.Verify<AiCompliance.Analyzers.Structure.InvalidConfigurationAnalyzer>;

namespace AiCompliance.Analyzers.Tests.Structure;

public sealed class InvalidConfigurationTests
{
    private const string Model = """
        using AiCompliance;

        [AiModel("scorer")]
        public sealed class Scorer { }
        """;

    [Fact]
    public Task An_unknown_mode_is_reported_once_without_a_location()
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions["build_property.AiComplianceMode"] = "stict";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation()
            .WithMessage("AiComplianceMode 'stict' is not one of none, minimal, recommended, strict; the policy uses recommended"));
        return test.RunAsync();
    }

    [Fact]
    public Task Unknown_framework_ids_are_reported_with_the_known_ones()
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions["build_property.AiComplianceFrameworkIds"] = "eu-ai-act,nist,hiroshima";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation()
            .WithMessage("AiComplianceFrameworks names unknown framework(s) 'nist', 'hiroshima'; known ids: " + string.Join(", ", System.Linq.Enumerable.Select(FrameworkCatalog.All, f => f.Id))));
        return test.RunAsync();
    }

    [Fact]
    public Task When_no_known_framework_is_left_the_defaults_apply_and_the_message_says_so()
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions["build_property.AiComplianceFrameworkIds"] = "asean";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation()
            .WithMessage("AiComplianceFrameworks names unknown framework(s) 'asean'; known ids: " + string.Join(", ", System.Linq.Enumerable.Select(FrameworkCatalog.All, f => f.Id)) + "; none is left, so the policy uses the default frameworks"));
        return test.RunAsync();
    }

    [Fact]
    public Task Unreadable_dates_and_day_limits_are_reported_with_what_the_policy_uses_instead()
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-13-01";
        test.GlobalOptions["aicompliance.assessment_max_age_days"] = "one year";
        test.GlobalOptions["aicompliance.max_acceptance_days"] = "-5";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation().WithMessage(
            "AiComplianceBuildDate '2026-13-01' is not a yyyy-MM-dd date; the policy uses today's date, " + System.DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation().WithMessage("aicompliance.assessment_max_age_days 'one year' is not a positive whole number of days; the policy uses 365"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation().WithMessage("aicompliance.max_acceptance_days '-5' is not a positive whole number of days; the policy uses 180"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("build_property.AiComplianceBuildDate", "9999-12-31", "AiComplianceBuildDate '9999-12-31' is outside 2000-01-01 to 2199-12-31; the policy uses today's date, ")]
    [InlineData("build_property.AiComplianceBuildDate", "1999-12-31", "AiComplianceBuildDate '1999-12-31' is outside 2000-01-01 to 2199-12-31; the policy uses today's date, ")]
    [InlineData("aicompliance.max_acceptance_days", "2147483647", "aicompliance.max_acceptance_days '2147483647' is more than the maximum of 3660 days; the policy uses 180")]
    [InlineData("build_property.AiComplianceMaxAcceptanceDays", "3661", "AiComplianceMaxAcceptanceDays '3661' is more than the maximum of 3660 days; the policy uses 180")]
    [InlineData("aicompliance.assessment_max_age_days", "99999999999", "aicompliance.assessment_max_age_days '99999999999' is more than the maximum of 3660 days; the policy uses 365")]
    public Task Values_out_of_range_are_reported_with_the_key_and_the_value_and_the_default_applies(string key, string value, string message)
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions[key] = value;
        var today = message.EndsWith("today's date, ", System.StringComparison.Ordinal) ? System.DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation().WithMessage(message + today));
        return test.RunAsync();
    }

    [Fact]
    public Task A_maximum_acceptance_length_the_model_cards_cannot_see_is_reported()
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions["aicompliance.max_acceptance_days"] = "365";
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic("AIC005").WithNoLocation().WithMessage(
            "aicompliance.max_acceptance_days = 365 is read by the analyzers only; the model cards use 180 days, so they would list other risk acceptances as active. Set the MSBuild property AiComplianceMaxAcceptanceDays to 365 instead"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("365", "365")]
    [InlineData(null, "365")]
    public Task The_MSBuild_property_alone_or_agreeing_with_the_option_is_not_reported(string? option, string property)
    {
        var test = Verifier.Test(Model);
        if (option is not null)
        {
            test.GlobalOptions["aicompliance.max_acceptance_days"] = option;
        }

        test.GlobalOptions["build_property.AiComplianceMaxAcceptanceDays"] = property;
        return test.RunAsync();
    }

    [Theory]
    [InlineData("build_property.AiComplianceMode", "Strict")]
    [InlineData("build_property.AiComplianceMode", " none ")]
    [InlineData("build_property.AiComplianceFrameworkIds", "eu-ai-act, nist-ai-rmf;iso-42001")]
    [InlineData("build_property.AiComplianceFrameworks", "jp-aigfb")]
    public Task Valid_configuration_in_any_case_and_separator_is_accepted(string key, string value)
    {
        var test = Verifier.Test(Model);
        test.GlobalOptions[key] = value;
        return test.RunAsync();
    }

    [Fact]
    public Task Nothing_is_reported_when_the_SDK_is_not_referenced()
    {
        var test = Verifier.Test("public sealed class Scorer { }");
        test.ReferenceSdk = false;
        test.GlobalOptions["build_property.AiComplianceMode"] = "bogus";
        return test.RunAsync();
    }
}
