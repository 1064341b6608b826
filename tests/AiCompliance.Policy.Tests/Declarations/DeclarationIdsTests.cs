using System.Collections.Generic;
using System.Linq;
using AiCompliance.Policy.Acceptances;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Policy.Tests.Declarations;

/// <summary>One comparison for model and dataset ids: the rules that decide uniqueness and the ones that resolve references must agree.</summary>
public sealed class DeclarationIdsTests
{
    private static readonly PolicySettings Settings = PolicySettings.Create("strict", null, "2026-11-01", null, null);

    [Theory]
    [InlineData("loans", "loans", true)]
    [InlineData("loans", "Loans", true)]
    [InlineData(" loans\t", "LOANS", true)]
    [InlineData("loans", "loans-2024", false)]
    [InlineData("loans", null, false)]
    [InlineData(null, null, true)]
    public void Ids_compare_trimmed_and_ignoring_case(string? first, string? second, bool same)
    {
        Assert.Equal(same, DeclarationIds.Same(first, second));
        Assert.Equal(same, DeclarationIds.Comparer.Equals(first, second));
        if (same && first is not null && second is not null)
        {
            Assert.Equal(DeclarationIds.Comparer.GetHashCode(first), DeclarationIds.Comparer.GetHashCode(second));
            Assert.Equal(DeclarationIds.Key(first), DeclarationIds.Key(second));
            Assert.Equal(0, DeclarationIds.Comparer.Compare(first, second));
        }
    }

    [Fact]
    public void Ids_compare_ordinally_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
        try
        {
            // In Turkish, "i".ToUpper() is "İ"; an ordinal comparison still matches "ID" with "id".
            Assert.True(DeclarationIds.Same("model-id", "MODEL-ID"));
            Assert.Equal("MODEL-ID", DeclarationIds.Key("model-id"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_dataset_id_that_AIC002_calls_a_duplicate_is_one_that_AIC003_resolves()
    {
        var loans = new DatasetDeclaration { Id = "loans", License = "CC-BY-4.0" };
        var loansAgain = new DatasetDeclaration { Id = "Loans", License = "CC-BY-4.0" };
        var model = Model(new TrainedOnDeclaration { DatasetIds = new[] { "Loans" } }, new EvaluationDeclaration { Metric = "auc", Value = 0.8, Dataset = " LOANS " });
        var assembly = new AssemblyDeclarations { Types = new[] { model }, Datasets = new[] { loans, loansAgain } };

        var findings = Check(assembly);

        var duplicate = Assert.Single(findings, f => f.Rule.Id == DuplicateIdRule.Rule.Id);
        Assert.Same(loansAgain, duplicate.Target);
        Assert.Equal("Id", duplicate.Property);
        Assert.DoesNotContain(findings, f => f.Rule.Id == UnknownDatasetRule.Rule.Id);
    }

    [Fact]
    public void A_dataset_reference_that_differs_only_in_case_or_white_space_resolves_to_the_first_declaration()
    {
        var loans = new DatasetDeclaration { Id = "loans" };
        var other = new DatasetDeclaration { Id = "LOANS" };
        var datasets = new[] { loans, other };
        var model = Model(new TrainedOnDeclaration { DatasetIds = new[] { "Loans", " loans " } });

        Assert.Same(loans, DeclarationIds.FindDataset(datasets, "Loans"));
        Assert.Same(loans, new AssemblyDeclarations { Datasets = datasets }.FindDataset(" LOANS"));
        Assert.Null(DeclarationIds.FindDataset(datasets, "loans-2024"));
        Assert.Equal(new[] { loans }, DeclarationPresence.ReferencedDatasets(model, datasets));
        Assert.Equal(new[] { loans }, DeclarationPresence.UnlicensedTrainingData(model, datasets));
    }

    [Fact]
    public void An_unlicensed_training_dataset_named_in_another_case_is_reported_on_its_reference()
    {
        var model = Model(new TrainedOnDeclaration { DatasetIds = new[] { "bureau", "Loans" } });
        model = model with { Identity = model.Identity! with { Kind = ModelKind.Generative } };
        var assembly = new AssemblyDeclarations { Types = new[] { model }, Datasets = new[] { new DatasetDeclaration { Id = "bureau", License = "MIT" }, new DatasetDeclaration { Id = "loans" } } };

        var missingLicense = Check(assembly).Where(f => f.Rule.Id == MissingLicenseRule.Rule.Id && f.Target is TrainedOnDeclaration).ToList();

        var finding = Assert.Single(missingLicense);
        Assert.Equal("DatasetIds", finding.Property);
        Assert.Equal(1, finding.Element);
    }

    [Fact]
    public void A_risk_acceptance_covers_the_model_it_names_in_another_case()
    {
        var acceptance = new RiskAcceptanceDeclaration { RuleId = "AIC111", Model = " Credit-Scorer " };

        Assert.True(RiskAcceptances.Covers(acceptance, "AIC111", "credit-scorer"));
        Assert.False(RiskAcceptances.Covers(acceptance, "AIC111", "credit-scorer-sme"));
    }

    private static ModelDeclarations Model(TrainedOnDeclaration trainedOn, params EvaluationDeclaration[] evaluations) => new()
    {
        TypeName = "Bank.CreditScorer",
        Identity = new ModelIdentity { Id = "credit-scorer", License = "MIT" },
        RiskProfile = new RiskProfileDeclaration { Level = RiskLevel.High },
        TrainedOn = trainedOn,
        Evaluations = evaluations,
    };

    private static List<Finding> Check(AssemblyDeclarations assembly)
    {
        var findings = new List<Finding>();
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.ChecksModels)
            {
                foreach (var model in assembly.Models)
                {
                    rule.CheckModel(new ModelContext(model, assembly.Datasets, Settings, findings.Add));
                }
            }

            if (rule.ChecksAssembly)
            {
                rule.CheckAssembly(new AssemblyContext(assembly, Settings, findings.Add));
            }
        }

        return findings;
    }
}
