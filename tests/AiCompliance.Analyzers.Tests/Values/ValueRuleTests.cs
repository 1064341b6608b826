using System.Threading.Tasks;
using AiCompliance.Analyzers.Values;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Values;

/// <summary>The AIC2xx rules report invalid values on the offending argument or array element, with the reason.</summary>
public sealed class ValueRuleTests
{
    [Fact]
    public Task AIC201_reports_licences_that_are_not_SPDX_on_models_and_datasets()
    {
        var test = Test(new InvalidLicenseAnalyzer(), """
            using AiCompliance;

            [assembly: Dataset("faq", License = {|#0:"CC BY 4.0"|})]
            [assembly: Dataset("news", License = "CC-BY-4.0 AND MIT")]

            [AiModel("a", License = {|#1:"Apache2"|})] public sealed class A { }
            [AiModel("b", License = {|#2:"MIT or Apache-2.0"|})] public sealed class B { }
            [AiModel("c", License = "GPL-2.0-or-later WITH Classpath-exception-2.0")] public sealed class C { }
            [AiModel("d", License = "LicenseRef-Contoso-Internal")] public sealed class D { }
            [AiModel("e", License = "TODO: SPDX licence expression")] public sealed class E { }
            """);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC201").WithLocation(0).WithMessage("The licence of dataset 'faq' is not valid SPDX: 'CC BY 4.0' is not an SPDX id; SPDX ids use '-' instead of spaces: 'CC-BY-4.0'"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC201").WithLocation(1).WithMessage(Message("AIC201", "model 'a'", "Apache2")));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC201").WithLocation(2).WithMessage(Message("AIC201", "model 'b'", "MIT or Apache-2.0")));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC201_message_says_what_to_write_instead() =>
        Verify<InvalidLicenseAnalyzer>.AnalyzerAsync(
            """
            [AiCompliance.AiModel("a", License = {|#0:"Apache2"|})] public sealed class A { }
            """,
            Expect.Diagnostic("AIC201").WithLocation(0).WithMessage("The licence of model 'a' is not valid SPDX: 'Apache2' is not on the SPDX License List; use 'Apache-2.0'"));

    [Fact]
    public Task AIC202_reports_each_bad_tag_where_it_is_written_in_params_arrays_and_collection_expressions()
    {
        var test = Test(new InvalidLanguageTagAnalyzer(), """
            using AiCompliance;

            [assembly: Dataset("faq", Languages = ["vi", {|#0:"en_US"|}, "zh-Hant-TW"])]

            [AiModel("citizen-assistant")]
            [SupportedLanguages("vi", "id", "th", "ms", "fil", {|#1:"jp"|}, "en-SG")]
            public sealed class CitizenAssistant { }
            """);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC202").WithLocation(0).WithMessage("A language tag of dataset 'faq' is not valid BCP 47: 'en_US' uses '_'; BCP 47 uses '-' (en-US)"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC202").WithLocation(1).WithMessage(Message("AIC202", "model 'citizen-assistant'", "jp")));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC202_reports_the_language_of_a_disclosure_a_result_and_a_fairness_assessment()
    {
        var test = Test(new InvalidLanguageTagAnalyzer(), """
            using AiCompliance;

            [AiModel("citizen-assistant")]
            [AiDisclosure("Bạn đang trò chuyện với trợ lý AI.", Language = {|#0:"vn"|})]
            [AiDisclosure("คุณกำลังสนทนากับผู้ช่วย AI", Language = "th")]
            [Evaluation("accuracy", 0.9, Language = {|#1:"en_US"|})]
            [Evaluation("accuracy", 0.9, Language = "TODO: language")]
            [FairnessAssessment("age band", Language = {|#2:"English"|})]
            public sealed class CitizenAssistant { }
            """);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC202").WithLocation(0).WithMessage(Message("AIC202", "model 'citizen-assistant'", "vn")));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC202").WithLocation(1).WithMessage("A language tag of model 'citizen-assistant' is not valid BCP 47: 'en_US' uses '_'; BCP 47 uses '-' (en-US)"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC202").WithLocation(2).WithMessage(Message("AIC202", "model 'citizen-assistant'", "English")));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC203_reports_regions_of_residency_transfers_and_datasets()
    {
        var test = Test(new InvalidRegionAnalyzer(), """
            using AiCompliance;

            [assembly: Dataset("loans", Regions = new[] { "VN", {|#0:"EU"|} })]

            [AiModel("credit-scorer")]
            [DataResidency("SG", {|#1:"UK"|})]
            [DataTransfer({|#2:"vn"|}, "SG")]
            [DataTransfer("TH", "SG")]
            public sealed class CreditScorer { }
            """);
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC203").WithLocation(0).WithMessage(Message("AIC203", "dataset 'loans'", "EU", "A region")));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC203").WithLocation(1).WithMessage("A data residency region of model 'credit-scorer' is not an ISO 3166-1 alpha-2 country code: 'UK' is not ISO 3166-1; the United Kingdom is 'GB'"));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC203").WithLocation(2).WithMessage(Message("AIC203", "model 'credit-scorer'", "vn", "The source region of a data transfer")));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC204_reports_versions_that_are_not_SemVer() =>
        Verify<InvalidVersionAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("a", Version = {|#0:"v1.2.0"|})] public sealed class A { }
            [AiModel("b", Version = {|#1:"1.02.0"|})] public sealed class B { }
            [AiModel("c", Version = "2.0.0-rc.1+build.5")] public sealed class C { }
            """,
            Expect.Diagnostic("AIC204").WithLocation(0).WithMessage("The version of model 'a' is not a Semantic Version 2.0.0: 'v1.2.0' has a leading 'v'"),
            Expect.Diagnostic("AIC204").WithLocation(1).WithMessage(Message("AIC204", "model 'b'", "1.02.0")));

    [Fact]
    public Task AIC205_reports_malformed_and_future_dates_against_the_build_date()
    {
        var test = Test(new InvalidDateAnalyzer(), """
            using AiCompliance;

            [AiModel("a")]
            [ImpactAssessment("DPIA-1", Date = {|#0:"21/11/2026"|})]
            [SecurityAssessment(SecurityTest.RedTeaming, Date = {|#1:"2026-11-22"|})]
            public sealed class A { }

            [AiModel("b")]
            [ImpactAssessment("DPIA-2", Date = "2026-11-21")]
            public sealed class B { }
            """);
        test.GlobalOptions["build_property.AiComplianceBuildDate"] = "2026-11-21";
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC205").WithLocation(0).WithMessage(Message("AIC205", "model 'a'", "21/11/2026", "impact assessment")));
        test.ExpectedDiagnostics.Add(Expect.Diagnostic("AIC205").WithLocation(1).WithMessage("The security assessment date of model 'a' is not valid: '2026-11-22' is in the future (today is 2026-11-21)"));
        return test.RunAsync();
    }

    [Fact]
    public Task AIC206_reports_contacts_that_are_neither_emails_nor_web_addresses() =>
        Verify<InvalidContactAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("a")]
            [AccountableOwner("Credit Risk", Contact = {|#0:"Jane in Credit Risk"|})]
            [Monitoring({|#1:"ftp://incidents.example.com"|})]
            public sealed class A { }

            [AiModel("b")]
            [AccountableOwner("Credit Risk", Contact = "mailto:credit-ai@example.com")]
            [Monitoring("https://servicedesk.example.com/ai-incidents")]
            public sealed class B { }
            """,
            Expect.Diagnostic("AIC206").WithLocation(0).WithMessage(Message("AIC206", "model 'a'", "Jane in Credit Risk", "owner contact")),
            Expect.Diagnostic("AIC206").WithLocation(1).WithMessage(Message("AIC206", "model 'a'", "ftp://incidents.example.com", "incident contact")));

    [Fact]
    public Task AIC207_reports_numbers_that_cannot_be_right() =>
        Verify<InvalidMetricValueAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [AiModel("a")]
            [Evaluation("accuracy", {|#0:93.5|})]
            [Evaluation("auc", {|#1:double.NaN|})]
            [Evaluation("f1", 0.8, ConfidenceLow = {|#2:0.85|}, ConfidenceHigh = 0.75)]
            [Evaluation("word_error_rate", 1.3)]
            [FairnessAssessment("gender", Metric = "demographic_parity_difference", Value = 0.02, Groups = new[] { "f", "m" }, GroupValues = {|#3:new[] { 0.41 }|})]
            [ComputeFootprint(TrainingEnergyKWh = {|#4:-3|})]
            public sealed class A { }
            """,
            Expect.Diagnostic("AIC207").WithLocation(0).WithMessage(Message("AIC207", "model 'a'", 93.5, "The value of evaluation 'accuracy'")),
            Expect.Diagnostic("AIC207").WithLocation(1).WithMessage("The value of evaluation 'auc' of model 'a' is implausible: NaN is not a finite number"),
            Expect.Diagnostic("AIC207").WithLocation(2).WithMessage("The confidence interval of evaluation 'f1' of model 'a' is implausible: its lower bound 0.85 is above its upper bound 0.75"),
            Expect.Diagnostic("AIC207").WithLocation(3).WithMessage("The number of group values of fairness metric 'demographic_parity_difference' for 'gender' of model 'a' is implausible: 1 value(s) for 2 group(s)"),
            Expect.Diagnostic("AIC207").WithLocation(4).WithMessage("The training energy (kWh) of model 'a' is implausible: -3 is negative"));

    [Fact]
    public Task AIC208_reports_placeholders_and_empty_text_everywhere_and_leaves_unset_properties_alone() =>
        Verify<PlaceholderTextAnalyzer>.AnalyzerAsync(
            """
            using AiCompliance;

            [assembly: Dataset("faq", Source = {|#0:"TBD"|}, Regions = new[] { "VN", {|#1:""|} })]

            [AiModel("triage", Description = {|#2:"…"|})]
            [IntendedUse("Prioritise emergency-department patients", Users = new[] { "Triage nurses", {|#3:"TODO: who else"|} })]
            [KnownLimitation("Adults only; paediatric use is out of scope")]
            [AccountableOwner({|#4:"  "|})]
            public sealed class Triage { }
            """,
            Expect.Diagnostic("AIC208").WithLocation(0),
            Expect.Diagnostic("AIC208").WithLocation(1).WithMessage("Dataset.Regions of dataset 'faq' is a placeholder or empty: the text is empty"),
            Expect.Diagnostic("AIC208").WithLocation(2),
            Expect.Diagnostic("AIC208").WithLocation(3).WithMessage("IntendedUse.Users of model 'triage' is a placeholder or empty: 'TODO: who else' starts with the placeholder marker 'TODO'"),
            Expect.Diagnostic("AIC208").WithLocation(4).WithMessage("AccountableOwner.Owner of model 'triage' is a placeholder or empty: the text is only whitespace"));

    [Fact]
    public Task Every_skeleton_the_AIC1xx_fixes_insert_is_reported_by_AIC208_or_another_value_rule()
    {
        // What the AIC1xx fixes insert: the rows of the shared cases, and the fixes of AIC108, AIC109 and AIC110 written out.
        var fixes = System.Linq.Enumerable.Select(Declarations.MissingDeclarationCases.All, row => "[" + row.Added + "]");
        var test = new AnalysisProject(
            "using AiCompliance;\n" +
            "[assembly: Dataset(\"d\", PersonalData = PersonalDataKind.Personal, LegalBasis = \"TODO: legal basis for processing the personal data\")]\n" +
            "[AiModel(\"skeleton\", Kind = ModelKind.Generative, License = \"TODO: SPDX licence expression\")]\n" +
            string.Join("\n", fixes) + "\n" +
            "[DataResidency(\"TODO: ISO 3166-1 alpha-2 code\")]\n" +
            "[DataTransfer(\"VN\", \"SG\", Mechanism = \"TODO: legal mechanism for the transfer\")]\n" +
            "public sealed class Skeleton { }\n");
        foreach (var analyzer in AnalyzerAssemblies.Analyzers(typeof(PlaceholderTextAnalyzer).Assembly))
        {
            if (analyzer is PlaceholderTextAnalyzer or InvalidMetricValueAnalyzer)
            {
                test.Analyzers.Add(analyzer);
            }
        }

        return VerifyEachAttributeIsFlagged(test);
    }

    private static async Task VerifyEachAttributeIsFlagged(AnalysisProject test)
    {
        var diagnostics = await test.ComputeDiagnosticsAsync();
        var tree = diagnostics.Length == 0 ? null : diagnostics[0].Location.SourceTree;
        var root = tree is null ? null : await tree.GetRootAsync();
        var attributes = root is null
            ? []
            : System.Linq.Enumerable.ToList(System.Linq.Enumerable.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>(root.DescendantNodes()));
        Assert.NotEmpty(attributes);
        foreach (var attribute in attributes)
        {
            // Dataset, DataResidency and the like are all checked; only the model's identity has nothing to flag.
            if (attribute.Name.ToString() == "AiModel" && !attribute.ToString().Contains("TODO", System.StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(
                System.Linq.Enumerable.Any(diagnostics, d => attribute.Span.Contains(d.Location.SourceSpan)),
                $"Nothing reports the placeholder in [{attribute}]; a build would be green on this skeleton.");
        }
    }

    private static AnalyzerTest Test(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer, string source)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Analyzers.Add(analyzer);
        return test;
    }

    /// <summary>The message for a value whose reason the validators' own tests pin down.</summary>
    private static string Message(string id, string subject, object value, string? what = null)
    {
        var text = System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        string? reason = id switch
        {
            "AIC201" => Valid(Policy.Validation.SpdxExpression.IsValid(text, out var r), r),
            "AIC202" => Valid(Policy.Validation.LanguageTag.IsValid(text, out var r), r),
            "AIC203" => Valid(Policy.Validation.RegionCode.IsValid(text, out var r), r),
            "AIC204" => Valid(Policy.Validation.SemanticVersion.IsValid(text, out var r), r),
            "AIC205" => Valid(Policy.Validation.IsoDate.IsValid(text, out var r), r),
            "AIC206" => Valid(Policy.Validation.ContactAddress.IsValid(text, out var r), r),
            "AIC207" => Valid(Policy.Validation.MetricCatalog.IsInRange("accuracy", (double)value, out var r), r),
            _ => null,
        };
        return id switch
        {
            "AIC201" => $"The licence of {subject} is not valid SPDX: {reason}",
            "AIC202" => $"A language tag of {subject} is not valid BCP 47: {reason}",
            "AIC203" => $"{what} of {subject} is not an ISO 3166-1 alpha-2 country code: {reason}",
            "AIC204" => $"The version of {subject} is not a Semantic Version 2.0.0: {reason}",
            "AIC205" => $"The {what} date of {subject} is not valid: {reason}",
            "AIC206" => $"The {what} of {subject} is not a valid contact: {reason}",
            "AIC207" => $"{what} of {subject} is implausible: {reason}",
            _ => "",
        };
    }

    private static string Valid(bool valid, string? reason)
    {
        Assert.False(valid, "The test value is supposed to be invalid.");
        return reason!;
    }
}
