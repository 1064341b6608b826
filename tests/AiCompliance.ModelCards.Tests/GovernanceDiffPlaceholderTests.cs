using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Tests;

/// <summary>
/// Issue 11, case 6: the diff judged text by equality only, so a new model without declarations was "neutral" and the
/// code fixes' placeholders replacing real text were neutral or, as added declarations, "strengthening". These pin the
/// new verdicts, in the bespoke and the registry-driven comparisons alike.
/// </summary>
public sealed class GovernanceDiffPlaceholderTests
{
    public static TheoryData<string> NotRealText => new()
    {
        "TODO: owner",
        "TBD",
        "<owner>",
        "N/A",
        "",
        "   ",
        "\u3164",
        "\u115F\u1160",
        "\u200B\u200D",
    };

    [Theory]
    [MemberData(nameof(NotRealText))]
    public void Text_replaced_by_a_placeholder_or_nothing_visible_weakens_in_a_bespoke_comparison(string placeholder)
    {
        var before = Model() with { AccountableOwner = new AccountableOwnerDeclaration { Owner = "Credit Risk", Contact = "risk@bank.example" } };
        var after = Model() with { AccountableOwner = new AccountableOwnerDeclaration { Owner = placeholder, Contact = "risk@bank.example" } };

        Assert.Equal(new[] { $"AccountableOwner.Owner textReplacedByPlaceholder weakening Credit Risk → {placeholder}" }, Changes(before, after));
        Assert.Equal(new[] { $"AccountableOwner.Owner placeholderReplacedByText strengthening {placeholder} → Credit Risk" }, Changes(after, before));
    }

    [Theory]
    [MemberData(nameof(NotRealText))]
    public void Text_replaced_by_a_placeholder_or_nothing_visible_weakens_in_a_registry_comparison(string placeholder)
    {
        var before = Model() with { Explainability = new ExplainabilityDeclaration { Method = "SHAP", Description = "Per-feature attributions" } };
        var after = Model() with { Explainability = new ExplainabilityDeclaration { Method = placeholder, Description = "Per-feature attributions" } };

        Assert.Equal(new[] { $"Explainability.Method textReplacedByPlaceholder weakening SHAP → {placeholder}" }, Generic(DeclarationKinds.Explainability, before, after));
        Assert.Equal(new[] { $"Explainability.Method placeholderReplacedByText strengthening {placeholder} → SHAP" }, Generic(DeclarationKinds.Explainability, after, before));
    }

    [Fact]
    public void Real_text_changed_or_unset_keeps_its_kind_and_changes_among_placeholders_are_neutral()
    {
        AccountableOwnerDeclaration Owner(string? owner) => new() { Owner = owner };

        Assert.Equal(new[] { "AccountableOwner.Owner valueChanged neutral Credit Risk → Retail Risk" }, Changes(Model() with { AccountableOwner = Owner("Credit Risk") }, Model() with { AccountableOwner = Owner("Retail Risk") }));
        Assert.Equal(new[] { "AccountableOwner.Owner valueRemoved neutral Credit Risk → " }, Changes(Model() with { AccountableOwner = Owner("Credit Risk") }, Model() with { AccountableOwner = Owner(null) }));
        Assert.Equal(new[] { "AccountableOwner.Owner valueChanged neutral TODO: owner → TBD" }, Changes(Model() with { AccountableOwner = Owner("TODO: owner") }, Model() with { AccountableOwner = Owner("TBD") }));
        Assert.Equal(new[] { "AccountableOwner.Owner valueAdded neutral  → TODO: owner" }, Changes(Model() with { AccountableOwner = Owner(null) }, Model() with { AccountableOwner = Owner("TODO: owner") }));

        // Blank and unset are one value.
        Assert.Empty(Changes(Model() with { AccountableOwner = Owner(null) }, Model() with { AccountableOwner = Owner("  ") }));
    }

    [Fact]
    public void A_placeholder_takes_no_graded_kind()
    {
        KnownLimitationDeclaration Limitation(string? mitigation) => new() { Description = "Thin files", Mitigation = mitigation };
        ModelDeclarations With(string? mitigation) => Model() with { KnownLimitations = new[] { Limitation(mitigation) } };

        Assert.Equal(new[] { "KnownLimitation[Thin files].Mitigation textReplacedByPlaceholder weakening Manual review → TODO" }, Changes(With("Manual review"), With("TODO")));
        Assert.Equal(new[] { "KnownLimitation[Thin files].Mitigation valueAdded neutral  → TODO" }, Changes(With(null), With("TODO")));
        Assert.Equal(new[] { "KnownLimitation[Thin files].Mitigation valueRemoved neutral TODO → " }, Changes(With("TODO"), With(null)));
        Assert.Equal(new[] { "KnownLimitation[Thin files].Mitigation mitigationAdded strengthening  → Manual review" }, Changes(With(null), With("Manual review")));
    }

    [Fact]
    public void A_placeholder_list_item_strengthens_nothing_and_weakens_when_it_takes_a_real_items_place()
    {
        ModelDeclarations With(params string[] outOfScope) => Model() with { IntendedUse = new IntendedUseDeclaration { Purpose = "Score loans", OutOfScope = outOfScope } };

        Assert.Equal(
            new[]
            {
                "IntendedUse.OutOfScope outOfScopeUseRemoved weakening Mortgages → ",
                "IntendedUse.OutOfScope textReplacedByPlaceholder weakening  → TODO",
            },
            Changes(With("Mortgages"), With("TODO")));
        Assert.Equal(
            new[]
            {
                "IntendedUse.OutOfScope placeholderReplacedByText strengthening TODO → ",
                "IntendedUse.OutOfScope outOfScopeUseAdded strengthening  → Mortgages",
            },
            Changes(With("TODO"), With("Mortgages")));
        Assert.Equal(new[] { "IntendedUse.OutOfScope itemAdded neutral  → \u3164" }, Changes(With(), With("\u3164")));
    }

    [Fact]
    public void A_declaration_holding_a_placeholder_strengthens_nothing_when_added_and_weakens_nothing_when_removed()
    {
        // What the AIC106 and AIC112 fixes insert.
        var placeholders = Model() with
        {
            AccountableOwner = new AccountableOwnerDeclaration { Owner = "TODO: owner", Contact = "TODO" },
            Evaluations = new[] { new EvaluationDeclaration { Metric = "TODO: metric", Value = double.NaN } },
        };
        var real = Model() with { Evaluations = new[] { new EvaluationDeclaration { Metric = "auc", Value = 0.82 } } };

        Assert.Equal(
            new[]
            {
                "AccountableOwner. incompleteDeclarationAdded neutral  → [AccountableOwner]",
                "Evaluation[auc]. declarationRemoved weakening [Evaluation] → ",
                "Evaluation[TODO: metric]. incompleteDeclarationAdded neutral  → [Evaluation]",
            },
            Changes(real, placeholders));
        Assert.Equal(
            new[]
            {
                "AccountableOwner. incompleteDeclarationRemoved neutral [AccountableOwner] → ",
                "Evaluation[TODO: metric]. incompleteDeclarationRemoved neutral [Evaluation] → ",
                "Evaluation[auc]. declarationAdded strengthening  → [Evaluation]",
            },
            Changes(placeholders, real));
    }

    [Fact]
    public void A_new_model_without_any_declaration_weakens_and_one_that_declares_what_the_policy_expects_is_neutral()
    {
        var bare = Model("Bank.Bare", "bare");
        var complete = Model("Bank.Tagger", "tagger") with
        {
            Identity = new ModelIdentity { Id = "tagger", Kind = ModelKind.Classifier, BaseModel = "distilbert-base" },
            RiskProfile = new RiskProfileDeclaration { Level = RiskLevel.Minimal },
            IntendedUse = new IntendedUseDeclaration { Purpose = "Tag support tickets" },
            KnownLimitations = new[] { new KnownLimitationDeclaration { Description = "English only" } },
            AccountableOwner = new AccountableOwnerDeclaration { Owner = "Support Engineering" },
            Evaluations = new[] { new EvaluationDeclaration { Metric = "accuracy", Value = 0.91 } },
            TrainedOn = new TrainedOnDeclaration { DatasetIds = new[] { "tickets" } },
        };
        var tickets = new DatasetDeclaration { Id = "tickets", PersonalData = PersonalDataKind.None, License = "LicenseRef-Proprietary" };
        var drafted = complete with { TypeName = "Bank.Drafted", Identity = complete.Identity! with { Id = "drafted" }, AccountableOwner = new AccountableOwnerDeclaration { Owner = "TODO: owner" } };

        var diff = GovernanceDiff.Compare("old.dll", Assembly(), "new.dll", Assembly(new[] { tickets }, bare, complete, drafted));

        Assert.Equal(
            new[]
            {
                "bare modelAddedIncomplete weakening Bank.Bare (intended-purpose: missing, known-limitations: missing, risk-classification: missing, human-oversight: missing, accountable-owner: missing, data-provenance: missing, personal-data: missing, fairness-evaluation: missing, performance-evaluation: missing, security-testing: missing, monitoring-incidents: missing)",
                "drafted modelAddedIncomplete weakening Bank.Drafted (accountable-owner: incomplete)",
                "tickets datasetAdded weakening tickets",
                "tagger modelAdded neutral Bank.Tagger",
            },
            diff.Changes.Select(c => c.SubjectId + " " + c.Kind + " " + c.SeverityName + " " + c.New));
        Assert.True(diff.HasWeakening);
    }

    [Fact]
    public void What_a_new_model_is_expected_to_declare_follows_the_mode()
    {
        var bare = Model("Bank.Bare", "bare");

        Assert.Empty(GovernanceDiff.LackingDeclarations(bare, Array.Empty<DatasetDeclaration>(), PolicySettings.Default.WithMode(ComplianceMode.None)));
        Assert.Equal(
            new[] { "intended-purpose: missing", "risk-classification: missing", "accountable-owner: missing" },
            GovernanceDiff.LackingDeclarations(bare, Array.Empty<DatasetDeclaration>(), PolicySettings.Default.WithMode(ComplianceMode.Minimal)));

        var none = GovernanceDiff.Compare("old.dll", Assembly(), "new.dll", Assembly(bare), PolicySettings.Default.WithMode(ComplianceMode.None));
        Assert.Equal("modelAdded", Assert.Single(none.Changes).Kind);
        Assert.False(none.HasWeakening);
    }

    [Fact]
    public void A_declaration_that_stops_counting_as_declared_weakens_once()
    {
        var datasets = new[] { new DatasetDeclaration { Id = "crm", PersonalData = PersonalDataKind.Personal, LegalBasis = "Consent" } };
        var withoutBasis = new[] { datasets[0] with { LegalBasis = null } };
        var model = Model() with
        {
            TrainedOn = new TrainedOnDeclaration { DatasetIds = new[] { "crm" } },
            AccountableOwner = new AccountableOwnerDeclaration { Owner = "Credit Risk" },
        };
        var placeholderOwner = model with { AccountableOwner = new AccountableOwnerDeclaration { Owner = "TODO: owner" } };

        // Judged from a dataset the model uses, the loss appears nowhere else in the model's changes.
        Assert.Equal(new[] { "Model[personal-data]. declarationNoLongerDeclared weakening declared → missing" }, States(model, datasets, model, withoutBasis));

        // The owner's placeholder is already a weakening change of [AccountableOwner]: not reported a second time.
        Assert.Equal(new[] { "AccountableOwner.Owner textReplacedByPlaceholder weakening Credit Risk → TODO: owner" }, States(model, datasets, placeholderOwner, datasets));
        Assert.Equal(DeclarationStatus.Incomplete, DeclarationStatuses.Status("accountable-owner", placeholderOwner, datasets, PolicySettings.Default));

        // Getting better is told by the changes of the attributes themselves.
        Assert.Empty(States(model, withoutBasis, model, datasets));
    }

    private static ModelDeclarations Model(string typeName = "Bank.Scorer", string id = "scorer") =>
        new() { TypeName = typeName, Identity = new ModelIdentity { Id = id } };

    private static ScannedAssembly Assembly(params ModelDeclarations[] models) => Assembly(Array.Empty<DatasetDeclaration>(), models);

    private static ScannedAssembly Assembly(DatasetDeclaration[] datasets, params ModelDeclarations[] models) =>
        new(new AssemblyDeclarations { AssemblyName = "Bank", Types = models, Datasets = datasets }, Guid.Empty, new string('0', 64), null);

    private static string[] Changes(ModelDeclarations before, ModelDeclarations after)
    {
        var changes = new List<GovernanceChange>();
        new GovernanceDiff.ModelComparer(new GovernanceDiff.Collector(changes), "scorer").Compare(before, after);
        return Describe(changes);
    }

    private static string[] Generic(DeclarationKind kind, ModelDeclarations before, ModelDeclarations after)
    {
        var changes = new List<GovernanceChange>();
        new GovernanceDiff.ModelComparer(new GovernanceDiff.Collector(changes), "scorer").Generic(kind, before, after);
        return Describe(changes);
    }

    private static string[] States(ModelDeclarations before, IReadOnlyList<DatasetDeclaration> oldDatasets, ModelDeclarations after, IReadOnlyList<DatasetDeclaration> newDatasets)
    {
        var changes = new List<GovernanceChange>();
        var comparer = new GovernanceDiff.ModelComparer(new GovernanceDiff.Collector(changes), "scorer");
        comparer.Compare(before, after);
        comparer.CompareDeclarationStates(before, oldDatasets, after, newDatasets, PolicySettings.Default);
        return Describe(changes);
    }

    private static string[] Describe(IEnumerable<GovernanceChange> changes) =>
        changes
            .Select(c => c.Declaration + (c.Item is null ? "" : "[" + c.Item + "]") + "." + c.Property + " " + c.Kind + " " + c.SeverityName + " " + c.Old + " → " + c.New)
            .ToArray();
}
