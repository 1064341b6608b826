using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Declarations;

/// <summary>
/// What counts as declared: present, with visible, valid, consistent and current content. Placeholders, empty and
/// invisible text, NaN, contradictions and stale assessments are each a state of their own, never "declared".
/// </summary>
public sealed class DeclarationStatusTests
{
    private static readonly DatasetDeclaration[] NoDatasets = Array.Empty<DatasetDeclaration>();

    private static readonly PolicySettings Settings = PolicySettings.Default.WithToday(new DateTime(2026, 6, 1));

    private static RawDeclaration Attribute(string name, object?[] positional, params (string Name, object? Value)[] named) =>
        new(name, positional, named.Select(n => new KeyValuePair<string, object?>(n.Name, n.Value)).ToList(), null);

    private static RawDeclaration Model(string id = "credit-scorer", params (string Name, object? Value)[] named) =>
        Attribute(AttributeNames.AiModel, new object?[] { id }, named);

    private static RawDeclaration RiskProfile(RiskLevel level, params Sector[] sectors) =>
        Attribute(AttributeNames.RiskProfile, new object?[] { (int)level, sectors.Select(s => (object?)(int)s).ToArray() });

    private static ModelDeclarations Bind(params RawDeclaration[] attributes) => DeclarationBinder.BindType("Bank.CreditScorer", attributes);

    private static ModelDeclarationStatuses Statuses(ModelDeclarations model, IReadOnlyList<DatasetDeclaration>? datasets = null) =>
        DeclarationStatuses.Of(model, datasets ?? NoDatasets, Settings);

    /// <summary>Exactly what the AIC1xx code fixes insert on a high-risk generative finance model (analyzers/AiCompliance.CodeFixes).</summary>
    internal static RawDeclaration[] WhatTheFixesInsert() =>
    [
        Model("credit-scorer", ("Kind", (int)ModelKind.Generative), ("License", "TODO: SPDX licence expression")),
        Attribute(AttributeNames.RiskProfile, new object?[] { (int)RiskLevel.High, new object?[] { (int)Sector.Finance } }, ("Rationale", "TODO: why this risk level and these sectors")),
        Attribute(AttributeNames.IntendedUse, new object?[] { "TODO: what the model is for" }),
        Attribute(AttributeNames.KnownLimitation, new object?[] { "TODO: what the model does badly or cannot do" }),
        Attribute(AttributeNames.ImpactAssessment, new object?[] { "TODO: assessment document id or URL" }),
        Attribute(AttributeNames.HumanOversight, new object?[] { (int)OversightMode.HumanInTheLoop }, ("Reviewer", "TODO: role of the person who reviews decisions")),
        Attribute(AttributeNames.AccountableOwner, new object?[] { "TODO: owner" }, ("Contact", "TODO")),
        Attribute(AttributeNames.TrainedOn, new object?[] { new object?[] { "TODO: dataset id" } }),
        Attribute(AttributeNames.Evaluation, new object?[] { "TODO: metric", double.NaN }),
        Attribute(AttributeNames.Evaluation, new object?[] { "TODO: safety metric", double.NaN }, ("Kind", (int)EvaluationKind.Safety)),
        Attribute(AttributeNames.FairnessAssessment, new object?[] { "TODO: protected attribute" }),
        Attribute(AttributeNames.SecurityAssessment, new object?[] { (int)SecurityTest.None }, ("Findings", "TODO: tests done and their findings")),
        Attribute(AttributeNames.Explainability, new object?[] { "TODO: how outputs are explained" }),
        Attribute(AttributeNames.AiDisclosure, new object?[] { "TODO: the notice shown to people" }),
        Attribute(AttributeNames.ContentProvenance, new object?[] { (int)ProvenanceMethod.VisibleLabel }, ("Standard", "TODO: how generated content is marked")),
        Attribute(AttributeNames.SupportedLanguages, new object?[] { new object?[] { "TODO: BCP 47 language tag" } }),
        Attribute(AttributeNames.DataResidency, new object?[] { new object?[] { "TODO: ISO 3166-1 alpha-2 code" } }),
        Attribute(AttributeNames.DecisionLogging, new object?[] { "TODO: what is logged and for how long" }),
        Attribute(AttributeNames.Monitoring, new object?[] { "TODO: incident contact (email or URL)" }),
        Attribute(AttributeNames.ComputeFootprint, Array.Empty<object?>(), ("Hardware", "TODO: training hardware")),
    ];

    [Fact]
    public void Every_rule_of_the_catalogue_says_which_state_its_findings_imply()
    {
        Assert.Equal(
            RuleCatalog.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal),
            DeclarationStatuses.StatusByRule.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(DeclarationStatus.Incomplete, DeclarationStatuses.StatusByRule["AIC208"]);
        Assert.Equal(DeclarationStatus.Invalid, DeclarationStatuses.StatusByRule["AIC207"]);
        Assert.Equal(DeclarationStatus.Contradicted, DeclarationStatuses.StatusByRule["AIC303"]);
        Assert.Equal(DeclarationStatus.OutOfDate, DeclarationStatuses.StatusByRule["AIC304"]);
        Assert.Null(DeclarationStatuses.StatusByRule["AIC106"]);
        Assert.Equal(DeclarationStatus.Contradicted, DeclarationStatuses.StatusByRule["AIC402"]);
    }

    [Fact]
    public void A_declaration_the_recorded_code_contradicts_is_contradicted_with_the_finding_and_its_line_as_reason()
    {
        var declared = Bind(
            Model("support-bot", ("BaseModel", "gpt-4o")),
            Attribute(AttributeNames.HumanOversight, new object?[] { (int)OversightMode.HumanInTheLoop }, ("Reviewer", "Refund desk lead")),
            Attribute(AttributeNames.DataResidency, new object?[] { new object?[] { "SG" } }));
        var code = new Policy.CodeEvidence.ModelCodeEvidence(
            [new Policy.CodeEvidence.ObservedModelName("gpt-4o-mini", Policy.CodeEvidence.ModelNameKind.Model, "new ChatClient(model)", new Policy.CodeEvidence.SourcePosition("Bots/SupportBot.cs", 12))],
            [new Policy.CodeEvidence.ObservedTool("close_account", Policy.CodeEvidence.ToolSource.AIFunctionFactory, Policy.CodeEvidence.ToolApproval.NotRequired, new Policy.CodeEvidence.SourcePosition("Bots/SupportBot.cs", 16))],
            [new Policy.CodeEvidence.ObservedEndpoint("https://api.openai.com/v1", "api.openai.com", Policy.CodeEvidence.EndpointLocation.Region, ["US"], "new OpenAIClientOptions(Endpoint)", new Policy.CodeEvidence.SourcePosition("Bots/SupportBot.cs", 13))]);

        var withoutCode = Statuses(declared);
        var withCode = Statuses(declared with { Code = code });

        Assert.Equal(DeclarationStatus.Declared, withoutCode.Status("human-oversight"));
        Assert.Equal(DeclarationStatus.Declared, withoutCode.Status("data-residency"));
        Assert.Equal(DeclarationStatus.Contradicted, withCode.Status("human-oversight"));
        Assert.Equal(DeclarationStatus.Contradicted, withCode.Status("data-residency"));
        Assert.Equal(DeclarationStatus.Contradicted, withCode.Status("data-provenance"));
        Assert.Equal(DeclarationStatus.Contradicted, withCode.Status(DeclarationKinds.AiModel.RequirementId!));
        var reason = Assert.Single(withCode["human-oversight"].Reasons);
        Assert.StartsWith("AIC402: Model 'support-bot'", reason, StringComparison.Ordinal);
        Assert.EndsWith(" (code: Bots/SupportBot.cs:16)", reason, StringComparison.Ordinal);

        // A tool that needs approval, an endpoint inside the residency and the declared model contradict nothing.
        var agreeing = new Policy.CodeEvidence.ModelCodeEvidence(
            [new Policy.CodeEvidence.ObservedModelName("gpt-4o", Policy.CodeEvidence.ModelNameKind.Model, "new ChatClient(model)", null)],
            [new Policy.CodeEvidence.ObservedTool("refund", Policy.CodeEvidence.ToolSource.AIFunctionFactory, Policy.CodeEvidence.ToolApproval.Required, null)],
            [new Policy.CodeEvidence.ObservedEndpoint("https://southeastasia.api.cognitive.microsoft.com/", "southeastasia.api.cognitive.microsoft.com", Policy.CodeEvidence.EndpointLocation.Region, ["SG"], "new AzureOpenAIClient(endpoint, …)", null)]);
        var clean = Statuses(declared with { Code = agreeing });
        Assert.All(new[] { "human-oversight", "data-residency", "data-provenance" }, id => Assert.Equal(withoutCode.Status(id), clean.Status(id)));
    }

    [Fact]
    public void A_model_name_the_code_pins_without_a_declared_base_model_leaves_provenance_incomplete_not_contradicted()
    {
        var declared = Bind(Model("support-bot"), Attribute(AttributeNames.TrainedOn, new object?[] { new object?[] { "tickets-2025" } }));
        var code = new Policy.CodeEvidence.ModelCodeEvidence(
            [new Policy.CodeEvidence.ObservedModelName("gpt-4o-mini", Policy.CodeEvidence.ModelNameKind.Model, "new ChatClient(model)", null)],
            []);

        var statuses = Statuses(declared with { Code = code });

        Assert.Equal(DeclarationStatus.Incomplete, statuses.Status("data-provenance"));
        Assert.Contains(statuses["data-provenance"].Reasons, r => r.StartsWith("AIC401: ", StringComparison.Ordinal));
        Assert.NotEqual(DeclarationStatus.Contradicted, statuses.Status(DeclarationKinds.AiModel.RequirementId!));
    }

    [Fact]
    public void What_the_code_fixes_insert_declares_nothing()
    {
        var model = Bind(WhatTheFixesInsert());

        var statuses = Statuses(model);

        Assert.Equal(DeclarationCatalog.All.Select(d => d.Id), statuses.Entries.Select(e => e.Id));
        Assert.All(statuses.Entries, e => Assert.NotEqual(DeclarationStatus.Declared, e.Status));
        Assert.All(statuses.Entries, e => Assert.NotNull(e.Reason));
        Assert.Equal(DeclarationStatus.Incomplete, statuses.Status("accountable-owner"));
        Assert.Contains(statuses["accountable-owner"].Reasons, r => r.StartsWith("AIC208: ", StringComparison.Ordinal) && r.Contains("'TODO: owner'", StringComparison.Ordinal));
        Assert.Contains(statuses["accountable-owner"].Reasons, r => r.StartsWith("AIC208: ", StringComparison.Ordinal) && r.Contains("Contact", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Incomplete, statuses.Status("performance-evaluation"));
        Assert.Contains("[Evaluation] Value is not a number", statuses["performance-evaluation"].Reasons);
        Assert.Contains("[SecurityAssessment] Tests is SecurityTest.None", statuses["security-testing"].Reasons);
        Assert.Equal(DeclarationStatus.Incomplete, statuses.Status("data-provenance"));

        // Nothing names a declared dataset, so nothing says whether personal data is processed.
        Assert.Equal(DeclarationStatus.Missing, statuses.Status("personal-data"));
        Assert.Equal(DeclarationStatus.Incomplete, DeclarationStatuses.Status("risk-classification", model, NoDatasets, Settings));

        // The build's missing-declaration rules still see the attributes: AIC208 reports each placeholder once.
        Assert.All(DeclarationCatalog.All.Where(d => d.Id != "personal-data" && d.Id != "ip-copyright"), d => Assert.True(DeclarationPresence.IsDeclared(d.Id, model, NoDatasets), d.Id));
    }

    public static TheoryData<string, string> TextsThatSayNothing() => new()
    {
        { "empty", "" },
        { "spaces", "   " },
        { "Hangul filler", "\u3164\u3164\u3164" },
        { "Hangul choseong filler", "\u115F\u1160" },
        { "zero-width", "\u200B\u200D\u2060" },
        { "placeholder", "TBD" },
    };

    [Theory]
    [MemberData(nameof(TextsThatSayNothing))]
    public void Required_text_that_says_nothing_is_incomplete(string why, string text)
    {
        var model = Bind(
            Model(),
            Attribute(AttributeNames.IntendedUse, new object?[] { text }),
            Attribute(AttributeNames.AccountableOwner, new object?[] { text }, ("Contact", "risk@bank.example")));

        var statuses = Statuses(model);

        Assert.True(statuses.Status("intended-purpose") == DeclarationStatus.Incomplete, why);
        Assert.Equal(DeclarationStatus.Incomplete, statuses.Status("accountable-owner"));
    }

    [Theory]
    [MemberData(nameof(TextsThatSayNothing))]
    public void A_notice_for_one_language_that_says_nothing_leaves_that_language_incomplete(string why, string text)
    {
        var model = Bind(
            Model("citizen-assistant", ("Kind", (int)ModelKind.Generative)),
            Attribute(AttributeNames.SupportedLanguages, new object?[] { new object?[] { "en", "th" } }),
            Attribute(AttributeNames.AiDisclosure, new object?[] { "You are chatting with an AI assistant." }),
            Attribute(AttributeNames.AiDisclosure, new object?[] { text }, ("Language", "th")));

        var statuses = Statuses(model);

        Assert.True(statuses.Status("ai-disclosure-languages") == DeclarationStatus.Incomplete, why);
    }

    [Fact]
    public void Required_text_that_is_not_set_is_incomplete()
    {
        var model = Bind(Model(), Attribute(AttributeNames.AccountableOwner, new object?[] { null }, ("Contact", "risk@bank.example")));

        var entry = Statuses(model)["accountable-owner"];

        Assert.Equal(DeclarationStatus.Incomplete, entry.Status);
        Assert.Equal("[AccountableOwner] Owner is not set", entry.Reason);
    }

    [Fact]
    public void Human_out_of_the_loop_on_a_high_risk_healthcare_model_is_contradicted()
    {
        var model = Bind(
            Model("triage"),
            RiskProfile(RiskLevel.High, Sector.Healthcare),
            Attribute(AttributeNames.HumanOversight, new object?[] { (int)OversightMode.HumanOutOfTheLoop }));

        var entry = Statuses(model)["human-oversight"];

        Assert.Equal(DeclarationStatus.Contradicted, entry.Status);
        Assert.StartsWith("AIC303: ", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accuracy_of_7_5_is_invalid()
    {
        var model = Bind(Model(), Attribute(AttributeNames.Evaluation, new object?[] { "accuracy", 7.5 }));

        var entry = Statuses(model)["performance-evaluation"];

        Assert.Equal(DeclarationStatus.Invalid, entry.Status);
        Assert.StartsWith("AIC207: ", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_date_is_invalid_and_an_assessment_from_2015_is_out_of_date()
    {
        var malformed = Bind(Model(), Attribute(AttributeNames.ImpactAssessment, new object?[] { "DPIA-7" }, ("Date", "2025-13-45")));
        var old = Bind(Model(), Attribute(AttributeNames.ImpactAssessment, new object?[] { "DPIA-7" }, ("Date", "2015-03-01")));
        var current = Bind(Model(), Attribute(AttributeNames.ImpactAssessment, new object?[] { "DPIA-7" }, ("Date", "2026-03-01")));

        Assert.Equal(DeclarationStatus.Invalid, Statuses(malformed).Status("risk-impact-assessment"));
        Assert.Equal(DeclarationStatus.OutOfDate, Statuses(old).Status("risk-impact-assessment"));
        Assert.StartsWith("AIC304: ", Statuses(old)["risk-impact-assessment"].Reason, StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Declared, Statuses(current).Status("risk-impact-assessment"));
        Assert.Empty(Statuses(current)["risk-impact-assessment"].Reasons);
    }

    [Fact]
    public void The_gravest_state_wins_and_reasons_are_listed_gravest_first()
    {
        // An invalid contact (AIC206) and a placeholder owner (AIC208) on one attribute.
        var model = Bind(Model(), Attribute(AttributeNames.AccountableOwner, new object?[] { "TODO: owner" }, ("Contact", "not a contact")));

        var entry = Statuses(model)["accountable-owner"];

        Assert.Equal(DeclarationStatus.Incomplete, entry.Status);
        Assert.Equal(2, entry.Reasons.Count);
        Assert.StartsWith("AIC208: ", entry.Reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("AIC206: ", entry.Reasons[1], StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Incomplete, DeclarationStatuses.Worse(DeclarationStatus.Invalid, DeclarationStatus.Incomplete));
        Assert.Equal(DeclarationStatus.Missing, DeclarationStatuses.Worse(DeclarationStatus.Missing, DeclarationStatus.Contradicted));
    }

    [Fact]
    public void A_complete_declaration_is_declared()
    {
        var model = Bind(
            Model(),
            Attribute(AttributeNames.AccountableOwner, new object?[] { "Credit Risk Team" }, ("Contact", "risk@bank.example")),
            Attribute(AttributeNames.Evaluation, new object?[] { "accuracy", 0.93 }),
            Attribute(AttributeNames.SecurityAssessment, new object?[] { (int)(SecurityTest.RedTeaming | SecurityTest.PromptInjection) }, ("Date", "2026-02-01")));

        var statuses = Statuses(model);

        Assert.Equal(DeclarationStatus.Declared, statuses.Status("system-identity"));
        Assert.Equal(DeclarationStatus.Declared, statuses.Status("accountable-owner"));
        Assert.Equal(DeclarationStatus.Declared, statuses.Status("performance-evaluation"));
        Assert.Equal(DeclarationStatus.Declared, statuses.Status("security-testing"));
        Assert.Equal(DeclarationStatus.Missing, statuses.Status("human-oversight"));
        Assert.Equal("declares no human oversight ([HumanOversight])", statuses["human-oversight"].Reason);
    }

    [Fact]
    public void A_bare_model_declares_no_personal_data()
    {
        var model = Bind(Model());

        var entry = Statuses(model)["personal-data"];

        Assert.Equal(DeclarationStatus.Missing, entry.Status);
        Assert.False(DeclarationPresence.IsDeclared("personal-data", model, NoDatasets));
        Assert.Contains("names no dataset", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_trained_on_an_undeclared_dataset_declares_neither_its_provenance_nor_its_personal_data()
    {
        var model = Bind(Model("review-sentiment"), Attribute(AttributeNames.TrainedOn, new object?[] { new object?[] { "product-reviews-2025" } }));

        var statuses = Statuses(model);

        Assert.Equal(DeclarationStatus.Incomplete, statuses.Status("data-provenance"));
        Assert.Contains(statuses["data-provenance"].Reasons, r => r.StartsWith("AIC003: ", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Missing, statuses.Status("personal-data"));
    }

    [Fact]
    public void Personal_data_is_declared_by_the_datasets_the_model_names()
    {
        var reviews = DeclarationBinder.BindDataset(Attribute(AttributeNames.Dataset, new object?[] { "reviews" }, ("Source", "Shop"), ("License", "CC-BY-4.0"), ("PersonalData", (int)PersonalDataKind.Personal), ("LegalBasis", "Consent")));
        var silent = DeclarationBinder.BindDataset(Attribute(AttributeNames.Dataset, new object?[] { "reviews" }, ("Source", "Shop"), ("License", "CC-BY-4.0")));
        var placeholder = DeclarationBinder.BindDataset(Attribute(AttributeNames.Dataset, new object?[] { "reviews" }, ("Source", "Shop"), ("License", "CC-BY-4.0"), ("PersonalData", (int)PersonalDataKind.Personal), ("LegalBasis", "TODO: legal basis")));
        var unlawful = DeclarationBinder.BindDataset(Attribute(AttributeNames.Dataset, new object?[] { "reviews" }, ("Source", "Shop"), ("PersonalData", (int)PersonalDataKind.Personal)));
        var model = Bind(Model("review-sentiment"), Attribute(AttributeNames.TrainedOn, new object?[] { new object?[] { "reviews" } }));

        Assert.Equal(DeclarationStatus.Declared, Statuses(model, [reviews]).Status("personal-data"));
        Assert.Equal(DeclarationStatus.Declared, Statuses(model, [reviews]).Status("data-provenance"));
        Assert.Equal(DeclarationStatus.Incomplete, Statuses(model, [silent]).Status("personal-data"));
        Assert.Equal("dataset 'reviews' does not say whether it holds personal data (Dataset.PersonalData)", Statuses(model, [silent])["personal-data"].Reason);
        Assert.Equal(DeclarationStatus.Incomplete, Statuses(model, [placeholder]).Status("personal-data"));
        Assert.Equal(DeclarationStatus.Declared, Statuses(model, [placeholder]).Status("data-provenance"));
        Assert.Equal(DeclarationStatus.Missing, Statuses(model, [unlawful]).Status("personal-data"));
        Assert.Equal("dataset 'reviews' holds personal data and declares no legal basis (Dataset.LegalBasis)", Statuses(model, [unlawful])["personal-data"].Reason);
    }

    [Fact]
    public void Texts_and_tokens_are_distinct_for_every_state()
    {
        var states = Enum.GetValues<DeclarationStatus>();

        Assert.Equal(states.Length, states.Select(DeclarationStatuses.Text).Distinct().Count());
        Assert.Equal("out-of-date", DeclarationStatuses.Token(DeclarationStatus.OutOfDate));
        Assert.Equal("out of date", DeclarationStatuses.Text(DeclarationStatus.OutOfDate));
    }

    [Fact]
    public void An_unknown_declaration_id_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Statuses(Bind(Model())).Status("no-such-declaration"));
    }
}
