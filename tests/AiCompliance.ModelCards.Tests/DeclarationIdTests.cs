using System;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.ModelCards.Reading;
using AiCompliance.ModelCards.Writers;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Tests;

/// <summary>Cards and the diff compare model and dataset ids as the rules do: ignoring case and surrounding white space.</summary>
public sealed class DeclarationIdTests
{
    private static readonly DatasetDeclaration Loans = new() { Id = "loans", Name = "Loan applications", License = "CC-BY-4.0" };

    [Fact]
    public void The_card_resolves_a_dataset_named_in_another_case()
    {
        var model = Model(new[] { "Loans" }, " LOANS ");

        var card = Assert.Single(ModelCardBuilder.Build(Scanned(model, Loans), PolicySettings.Default, new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)));

        Assert.Same(Loans, Assert.Single(card.TrainingDatasets));
        Assert.Same(Loans, Assert.Single(card.EvaluationDatasets));
        Assert.Empty(card.UndeclaredDatasetIds);
        // The body's Testing Data names it (the front matter's model-index lists Hub datasets only).
        Assert.Contains("Dataset Loan applications", MarkdownCardWriter.Write(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_ids_that_differ_only_in_case_are_listed_once()
    {
        var card = Assert.Single(ModelCardBuilder.Build(Scanned(Model(new[] { "bureau", "Bureau" }, null)), PolicySettings.Default, null));

        Assert.Equal(new[] { "bureau" }, card.UndeclaredDatasetIds);
    }

    [Fact]
    public void The_diff_pairs_datasets_and_references_whose_ids_differ_only_in_case()
    {
        var before = Scanned(Model(new[] { "loans" }, "loans"), Loans);
        var after = Scanned(Model(new[] { "Loans" }, "LOANS") with { Identity = new ModelIdentity { Id = "Credit-Scorer" } }, Loans with { Id = "Loans" });

        var result = GovernanceDiff.Compare("old.dll", before, "new.dll", after);

        Assert.Empty(result.Changes);
    }

    [Fact]
    public void The_diff_still_reports_a_dataset_whose_id_really_changed()
    {
        var before = Scanned(Model(new[] { "loans" }, null), Loans);
        var after = Scanned(Model(new[] { "loans-2025" }, null), Loans with { Id = "loans-2025" });

        var kinds = GovernanceDiff.Compare("old.dll", before, "new.dll", after).Changes.Select(c => c.Kind + ":" + (c.Old ?? c.New)).ToList();

        Assert.Equal(new[] { "datasetAdded:loans-2025", "datasetRemoved:loans", "itemAdded:loans-2025", "itemRemoved:loans" }, kinds.OrderBy(k => k, StringComparer.Ordinal));
    }

    private static ModelDeclarations Model(string[] trainedOn, string? evaluatedOn) => new()
    {
        TypeName = "Bank.CreditScorer",
        Identity = new ModelIdentity { Id = "credit-scorer" },
        TrainedOn = new TrainedOnDeclaration { DatasetIds = trainedOn },
        Evaluations = evaluatedOn is null ? Array.Empty<EvaluationDeclaration>() : new[] { new EvaluationDeclaration { Metric = "auc", Value = 0.86, Dataset = evaluatedOn } },
    };

    private static ScannedAssembly Scanned(ModelDeclarations model, params DatasetDeclaration[] datasets) =>
        new(new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = new[] { model }, Datasets = datasets }, Guid.Empty, new string('0', 64), null);
}
