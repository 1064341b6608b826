using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using AiCompliance.ModelCards.Cards;
using AiCompliance.ModelCards.Localization;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Lays out a card in the Hugging Face model card order (Model Details, Uses, Bias/Risks/Limitations, Training Details,
/// Evaluation, …, Model Card Contact), with the sections governance adds (Human Oversight, Security, Data Governance,
/// Compliance). Everything a declaration leaves out says "Not declared." rather than disappearing, so a reader sees
/// the gap. A model-level declaration without a layout of its own (not in <see cref="Bespoke"/>) gets a generic
/// section from the declaration registry, so a new declaration reaches the card without an edit here. The generated
/// text is in the card's language (<see cref="CardTexts"/>); declared text is shown as written, and what comes from the
/// registries (framework and clause titles, declaration titles, enum values, the generic sections' labels) stays English.
/// </summary>
internal sealed class CardDocumentBuilder
{
    private readonly CardTexts _t;

    private CardDocumentBuilder(CardTexts texts) => _t = texts;

    public const string NotDeclared = "Not declared.";

    private static readonly string[] LimitationHeaders = { "Column.Limitation", "Label.Mitigation" };
    private static readonly string[] GroupHeaders = { "Column.Group", "Label.Value" };
    private static readonly string[] DisclosureHeaders = { "Column.Language", "Column.Notice" };
    private static readonly string[] DatasetHeaders = { "Column.Dataset", "Label.Version", "Label.License", "Label.PersonalData", "Label.LegalBasis" };
    private static readonly string[] ResultDetailHeaders = { "Column.Result", "Column.Kind", "Column.Language", "Column.EvidenceFile", "Column.Sha256", "Column.EvidenceCheck" };

    private static readonly string[] ResultHeaders = { "Column.Slice", "Column.Dataset", "Label.Value", "Column.ConfidenceInterval", "Label.Threshold", "Column.MeetsThreshold" };
    private static readonly string[] TransferHeaders = { "Column.From", "Column.To", "Column.Mechanism", "Column.Safeguards" };
    private static readonly string[] ComplianceHeaders = { "Column.Clause", "Column.Title", "Column.Status", "Column.NotDeclared" };

    private static readonly string[] ContextHeaders = { "Column.Clause", "Column.Title", "Column.WhyContext" };

    /// <summary>The section's heading: it lists what the declarations cover, which is not compliance.</summary>
    internal const string CoverageHeading = "Framework coverage: what is declared";
    private static readonly string[] AcceptanceHeaders = { "Column.Rule", "Column.AppliesTo", "Column.Approver", "Column.Until", "Label.Justification", "Label.Reference" };
    private static readonly string[] KnownGapHeaders = { "Column.Rule", "Column.File", "Column.Symbol", "Label.Findings" };
    private static readonly string[] ObservedNameHeaders = { "Column.ModelName", "Column.Kind", "Column.Api", "Column.SourceLocation" };
    private static readonly string[] ObservedEndpointHeaders = { "Column.Endpoint", "Column.Host", "Column.Jurisdiction", "Label.Regions", "Column.Api", "Column.SourceLocation" };
    private static readonly string[] ObservedToolHeaders = { "Column.Tool", "Column.Api", "Column.Approval", "Column.SourceLocation" };

    private static readonly HashSet<DeclarationKind> BespokeKinds = new()
    {
        DeclarationKinds.AiModel, DeclarationKinds.RiskProfile, DeclarationKinds.IntendedUse, DeclarationKinds.KnownLimitation,
        DeclarationKinds.ImpactAssessment, DeclarationKinds.HumanOversight, DeclarationKinds.AccountableOwner, DeclarationKinds.TrainedOn,
        DeclarationKinds.Evaluation, DeclarationKinds.FairnessAssessment, DeclarationKinds.SecurityAssessment, DeclarationKinds.Explainability,
        DeclarationKinds.AiDisclosure, DeclarationKinds.ContentProvenance, DeclarationKinds.SupportedLanguages, DeclarationKinds.DataResidency,
        DeclarationKinds.DataTransfer, DeclarationKinds.DecisionLogging, DeclarationKinds.Monitoring, DeclarationKinds.ComputeFootprint,
        DeclarationKinds.Dataset, DeclarationKinds.RiskAcceptance,
    };

    /// <summary>The declarations laid out by hand in this builder; every other model-level kind gets a generic section.</summary>
    internal static IReadOnlyCollection<DeclarationKind> Bespoke => BespokeKinds;

    /// <summary>The model-level kinds without a bespoke layout, in registry order.</summary>
    internal static IReadOnlyList<DeclarationKind> GenericKinds { get; } = Unhandled();

    public static CardDocument Build(ModelCard card) => Build(card, CardLanguages.English);

    public static CardDocument Build(ModelCard card, CardLanguage language) => Build(card, GenericKinds, language);

    /// <summary>Lays out the card with a generic section for each of <paramref name="genericKinds"/> (tests force bespoke kinds through it).</summary>
    internal static CardDocument Build(ModelCard card, IReadOnlyList<DeclarationKind> genericKinds, CardLanguage? language = null) =>
        new CardDocumentBuilder((language ?? CardLanguages.English).Texts).Layout(card, genericKinds);

    private CardDocument Layout(ModelCard card, IReadOnlyList<DeclarationKind> genericKinds)
    {
        var blocks = new List<Block>();
        var model = card.Model;
        var identity = model.Identity;

        blocks.Add(new Heading(1, _t.Format("Heading.Title", card.Title), "model-card"));
        IncompleteBanner(card, blocks);
        ContradictedBanner(card, blocks);
        if (!string.IsNullOrWhiteSpace(identity?.Description))
        {
            blocks.Add(new Paragraph(Run.User(identity!.Description!)));
        }

        blocks.Add(new Note(_t.Runs(
            "Text.Disclaimer",
            Run.Plain(GeneratorInfo.Name),
            Run.Plain(card.Source.GeneratorVersion),
            Run.Plain(GeneratorInfo.CardFormatVersion),
            Run.User(card.Source.AssemblyName))));

        ModelDetails(card, blocks);
        Uses(card, blocks);
        BiasRisksLimitations(card, blocks);
        TrainingDetails(card, blocks);
        Evaluation(card, blocks);
        HumanOversight(model, blocks);
        Security(model, blocks);
        DataGovernance(model, blocks);
        EnvironmentalImpact(model, blocks);

        // After the declaration sections and before the ones that summarise the card (compliance, acceptances) and
        // close it (contact, last as in the Hugging Face layout).
        foreach (var kind in genericKinds)
        {
            GenericSection(kind, model, blocks);
        }

        // Next to the declarations, before the sections that rate them: what the code was seen to do rates nothing.
        ObservedInCode(card, blocks);
        Compliance(card, blocks);
        RiskAcceptances(card, blocks);
        KnownGaps(card, blocks);
        Contact(model, blocks);
        return new CardDocument(card, card.Title, blocks);
    }

    private void ModelDetails(ModelCard card, List<Block> blocks)
    {
        var model = card.Model;
        var identity = model.Identity;
        blocks.Add(new Heading(2, _t["Heading.ModelDetails"], "model-details"));
        blocks.Add(new Heading(3, _t["Heading.ModelDescription"], "model-description"));
        blocks.Add(new Paragraph(Value(identity?.Description)));
        var facts = new List<Fact>
        {
            new(_t["Label.ModelId"], Run.User(card.Id)),
            new(_t["Label.Name"], Value(identity?.Name)),
            new(_t["Label.Version"], Value(identity?.Version)),
            new(_t["Label.ModelType"], identity?.Kind is { } kind ? Run.Plain(Words(EnumText.Name(kind))) : Run.Plain(_t["Text.NotDeclared"])),
            new(_t["Label.DevelopedBy"], Value(identity?.Provider)),
            new(_t["Label.Languages"], List(model.SupportedLanguages?.LanguageTags)),
            new(_t["Label.License"], Value(identity?.License)),
            new(_t["Label.FinetunedFrom"], Value(identity?.BaseModel)),
            new(_t["Label.RiskLevel"], RiskText(model.RiskProfile)),
            new(_t["Label.Sectors"], Sectors(model.RiskProfile)),
            new(_t["Label.RiskRationale"], Value(model.RiskProfile?.Rationale)),
            new(_t["Label.Type"], Run.User(model.TypeName)),
            new(_t["Label.Assembly"], Run.User(AssemblyText(card.Source))),
            new(_t["Label.AssemblySha256"], Run.Plain(card.Source.Sha256)),
        };
        if (card.Source.Date is { } date)
        {
            facts.Add(new Fact(_t["Label.CardDate"], Run.Plain(date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        blocks.Add(new FactList(facts));
    }

    private void Uses(ModelCard card, List<Block> blocks)
    {
        var use = card.Model.IntendedUse;
        blocks.Add(new Heading(2, _t["Heading.Uses"], "uses"));
        blocks.Add(new Heading(3, _t["Heading.DirectUse"], "direct-use"));
        blocks.Add(new Paragraph(Value(use?.Purpose)));
        blocks.Add(new FactList(new[] { new Fact(_t["Label.IntendedUsers"], List(use?.Users)) }));
        blocks.Add(new Heading(3, _t["Heading.OutOfScopeUse"], "out-of-scope-use"));
        AddList(blocks, use?.OutOfScope);
        blocks.Add(new Heading(3, _t["Heading.AiDisclosure"], "ai-disclosure"));
        AiDisclosures(card.Model, blocks);
    }

    /// <summary>One notice: as a paragraph, as before languages; several: a table with each notice's language.</summary>
    private void AiDisclosures(ModelDeclarations model, List<Block> blocks)
    {
        var disclosures = model.AiDisclosures;
        if (disclosures.Count <= 1 && string.IsNullOrWhiteSpace(disclosures.Count == 0 ? null : disclosures[0].Language))
        {
            blocks.Add(new Paragraph(Value(disclosures.Count == 0 ? null : disclosures[0].Notice)));
            return;
        }

        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var disclosure in disclosures)
        {
            rows.Add(new Cell[] { Value(disclosure.Language, PrimaryLanguage(model)), Value(disclosure.Notice) });
        }

        blocks.Add(new Table(Texts(DisclosureHeaders), rows));
    }

    // A notice without a language is in the model's first supported language (LanguageCoverage says why).
    private string PrimaryLanguage(ModelDeclarations model) =>
        LanguageCoverage.PrimaryLanguage(model) is { } primary ? _t.Format("Text.PrimaryLanguage", primary) : _t["Text.Primary"];

    private void BiasRisksLimitations(ModelCard card, List<Block> blocks)
    {
        var model = card.Model;
        blocks.Add(new Heading(2, _t["Heading.BiasRisksLimitations"], "bias-risks-and-limitations"));
        blocks.Add(new Heading(3, _t["Heading.KnownLimitations"], "known-limitations"));
        if (model.KnownLimitations.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }
        else
        {
            var rows = new List<IReadOnlyList<Cell>>();
            foreach (var limitation in model.KnownLimitations)
            {
                rows.Add(new Cell[] { Value(limitation.Description), Value(limitation.Mitigation) });
            }

            blocks.Add(new Table(Texts(LimitationHeaders), rows));
        }

        blocks.Add(new Heading(3, _t["Heading.FairnessAssessments"], "fairness-assessments"));
        if (card.Fairness.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }

        var index = 0;
        foreach (var fairness in card.Fairness)
        {
            index++;
            var declaration = fairness.Declaration;
            var name = (declaration.ProtectedAttribute ?? _t["Text.NoProtectedAttribute"]) + (declaration.Metric is { } metric ? ": " + metric : "");
            blocks.Add(new Heading(4, name, "fairness-" + index.ToString(CultureInfo.InvariantCulture)));
            blocks.Add(new FactList(new[]
            {
                new Fact(_t["Label.ProtectedAttribute"], Value(declaration.ProtectedAttribute)),
                new Fact(_t["Label.Metric"], Value(declaration.Metric)),
                new Fact(_t["Label.Value"], Number(fairness.Value)),
                new Fact(_t["Label.Threshold"], Number(fairness.Threshold)),
                new Fact(_t["Label.Direction"], Run.Plain(fairness.HigherIsBetter ? _t["Text.HigherIsBetter"] : _t["Text.LowerIsBetter"])),
                new Fact(_t["Label.WithinThreshold"], Meets(fairness.MeetsThreshold)),
                new Fact(_t["Column.Language"], Value(declaration.Language, _t["Text.AllLanguages"])),
                new Fact(_t["Label.Mitigation"], Value(declaration.Mitigation)),
            }));
            if (fairness.Groups.Count > 0)
            {
                var rows = new List<IReadOnlyList<Cell>>();
                var bars = new List<Bar>();
                foreach (var group in fairness.Groups)
                {
                    rows.Add(new Cell[] { Value(group.Group), new(Number(group.Value), numeric: true) });
                    bars.Add(new Bar(group.Group ?? _t["Text.UnnamedGroup"], group.Value, null, null));
                }

                if (fairness.Value is not null)
                {
                    // The threshold limits the summary disparity, not the group values: it is drawn on its own row.
                    bars.Add(new Bar(_t.Format("Text.Disparity", declaration.Metric ?? _t["Text.Summary"]), fairness.Value, fairness.Threshold, fairness.MeetsThreshold));
                }

                blocks.Add(new Table(Texts(GroupHeaders), rows));
                blocks.Add(new BarChart(name, bars, fairness.HigherIsBetter, declaration.Metric is { } scaleMetric ? MetricName(scaleMetric) : null));
            }
        }

        blocks.Add(new Heading(3, _t["Heading.ImpactAssessment"], "impact-assessment"));
        var assessment = model.ImpactAssessment;
        if (assessment is null)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }
        else
        {
            blocks.Add(new FactList(new[]
            {
                new Fact(_t["Label.Reference"], Value(assessment.Reference)),
                new Fact(_t["Label.Date"], Value(assessment.Date)),
                new Fact(_t["Label.AssessedBy"], Value(assessment.AssessedBy)),
                new Fact(_t["Label.Summary"], Value(assessment.Summary)),
            }));
        }
    }

    private void TrainingDetails(ModelCard card, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.TrainingDetails"], "training-details"));
        blocks.Add(new Heading(3, _t["Heading.TrainingData"], "training-data"));
        if (card.TrainingDatasets.Count == 0 && card.Model.TrainedOn is null)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }

        DatasetTable(card.TrainingDatasets, blocks);
        var index = 0;
        foreach (var dataset in card.AllDatasets)
        {
            index++;
            blocks.Add(new Heading(4, _t.Format("Heading.Dataset", dataset.Name ?? dataset.Id ?? _t["Text.NoId"]), "dataset-" + index.ToString(CultureInfo.InvariantCulture)));
            blocks.Add(new FactList(new[]
            {
                new Fact(_t["Label.Id"], Value(dataset.Id)),
                new Fact(_t["Label.Name"], Value(dataset.Name)),
                new Fact(_t["Label.Version"], Value(dataset.Version)),
                new Fact(_t["Label.Description"], Value(dataset.Description)),
                new Fact(_t["Label.Source"], Value(dataset.Source)),
                new Fact(_t["Label.Url"], Value(dataset.Url)),
                new Fact(_t["Label.License"], Value(dataset.License)),
                new Fact(_t["Label.CollectionMethod"], Value(dataset.CollectionMethod)),
                new Fact(_t["Label.PersonalData"], dataset.PersonalData is { } kind ? Run.Plain(Words(EnumText.Name(kind))) : Run.Plain(_t["Text.NotDeclared"])),
                new Fact(_t["Label.LegalBasis"], Value(dataset.LegalBasis)),
                new Fact(_t["Label.Regions"], List(dataset.Regions)),
                new Fact(_t["Label.DatasetLanguages"], List(dataset.Languages)),
                new Fact(_t["Label.KnownBias"], Value(dataset.KnownBias)),
            }));
        }

        if (card.UndeclaredDatasetIds.Count > 0)
        {
            blocks.Add(new Paragraph(_t.Runs("Text.UndeclaredDatasets", Run.User(Join(card.UndeclaredDatasetIds)))));
        }
    }

    private void DatasetTable(IReadOnlyList<DatasetDeclaration> datasets, List<Block> blocks)
    {
        if (datasets.Count == 0)
        {
            return;
        }

        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var dataset in datasets)
        {
            rows.Add(new Cell[]
            {
                Value(dataset.Id),
                Value(dataset.Version),
                Value(dataset.License),
                dataset.PersonalData is { } kind ? Run.Plain(Words(EnumText.Name(kind))) : Run.Plain(_t["Text.NotDeclared"]),
                Value(dataset.LegalBasis),
            });
        }

        blocks.Add(new Table(Texts(DatasetHeaders), rows));
    }

    private void Evaluation(ModelCard card, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.Evaluation"], "evaluation"));
        blocks.Add(new Heading(3, _t["Heading.TestingDataFactorsMetrics"], "testing-data-factors-metrics"));
        blocks.Add(new Heading(4, _t["Heading.TestingData"], "testing-data"));
        if (card.EvaluationDatasets.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }

        DatasetTable(card.EvaluationDatasets, blocks);

        blocks.Add(new Heading(4, _t["Heading.Factors"], "factors"));
        var slices = new List<string>();
        foreach (var series in card.Metrics)
        {
            foreach (var result in series.Results)
            {
                if (result.Slice is { } slice && !slices.Contains(slice))
                {
                    slices.Add(slice);
                }
            }
        }

        blocks.Add(slices.Count == 0
            ? new Paragraph(Run.Plain(_t["Text.NotDisaggregated"]))
            : new Paragraph(_t.Runs("Text.Disaggregated", Run.User(Join(slices)))));

        blocks.Add(new Heading(4, _t["Heading.Metrics"], "metrics"));
        if (card.Metrics.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }
        else
        {
            var items = new List<Run>();
            foreach (var series in card.Metrics)
            {
                items.Add(Run.User(_t.Format("Text.MetricDirection", MetricName(series.Metric), series.HigherIsBetter ? _t["Text.HigherIsBetter"] : _t["Text.LowerIsBetter"])));
            }

            blocks.Add(new BulletList(items));
        }

        blocks.Add(new Heading(3, _t["Heading.Results"], "results"));
        if (card.Metrics.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
        }

        var index = 0;
        foreach (var series in card.Metrics)
        {
            index++;
            blocks.Add(new Heading(4, MetricName(series.Metric), "metric-" + index.ToString(CultureInfo.InvariantCulture)));
            var rows = new List<IReadOnlyList<Cell>>();
            var bars = new List<Bar>();
            foreach (var result in series.Results)
            {
                var interval = result.ConfidenceLow is not null || result.ConfidenceHigh is not null
                    ? Run.Plain("[" + NumberText(result.ConfidenceLow) + ", " + NumberText(result.ConfidenceHigh) + "]")
                    : Run.Plain("—");
                rows.Add(new Cell[]
                {
                    Value(result.Slice, _t["Text.Overall"]),
                    Value(result.Dataset, "—"),
                    new(Number(result.Value), numeric: true),
                    new(interval, numeric: true),
                    new(Number(result.Threshold, "—"), numeric: true),
                    new(Meets(result.MeetsThreshold), ThresholdStatus(result.MeetsThreshold)),
                });
                bars.Add(new Bar(result.Slice ?? _t["Text.Overall"], result.Value, result.Threshold, result.MeetsThreshold));
            }

            blocks.Add(new Table(Texts(ResultHeaders), rows, "results"));
            blocks.Add(new BarChart(MetricName(series.Metric), bars, series.HigherIsBetter, MetricName(series.Metric)));
        }

        ResultDetails(card, blocks);
    }

    /// <summary>What a result is (safety, red teaming), its language, and its evidence file with the card tool's check of it.</summary>
    private void ResultDetails(ModelCard card, List<Block> blocks)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var detail in card.ResultDetails())
        {
            rows.Add(new Cell[]
            {
                new(Run.User(detail.Result)),
                new(Value(detail.Kind is { } kind ? Words(EnumText.Name(kind)) : null, "—")),
                new(Value(detail.Language, "—")),
                new(Value(detail.Evidence, "—")),
                new(Value(detail.EvidenceSha256, "—")),
                new(Run.Plain(detail.EvidenceCheck ?? _t["Text.NoEvidenceFile"])),
            });
        }

        if (rows.Count == 0)
        {
            return;
        }

        blocks.Add(new Heading(3, _t["Heading.ResultEvidence"], "result-evidence"));
        blocks.Add(new Table(Texts(ResultDetailHeaders), rows, "result-evidence"));
    }


    private void HumanOversight(ModelDeclarations model, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.HumanOversight"], "human-oversight"));
        var oversight = model.HumanOversight;
        blocks.Add(oversight is null
            ? new Paragraph(Run.Plain(_t["Text.NotDeclared"]))
            : new FactList(new[]
            {
                new Fact(_t["Label.Mode"], oversight.Mode is { } mode ? Run.Plain(Words(EnumText.Name(mode))) : Run.Plain(_t["Text.NotDeclared"])),
                new Fact(_t["Label.Reviewer"], Value(oversight.Reviewer)),
                new Fact(_t["Label.CanOverride"], YesNo(oversight.CanOverride)),
                new Fact(_t["Label.CanStop"], YesNo(oversight.CanStop)),
                new Fact(_t["Label.Justification"], Value(oversight.Justification)),
            }));

        blocks.Add(new Heading(3, _t["Heading.Explainability"], "explainability"));
        blocks.Add(model.Explainability is { } explainability
            ? new FactList(new[] { new Fact(_t["Label.Method"], Value(explainability.Method)), new Fact(_t["Label.Description"], Value(explainability.Description)) })
            : new Paragraph(Run.Plain(_t["Text.NotDeclared"])));

        blocks.Add(new Heading(3, _t["Heading.DecisionLogging"], "decision-logging"));
        blocks.Add(model.DecisionLogging is { } logging
            ? new FactList(new[] { new Fact(_t["Label.WhatIsLogged"], Value(logging.Description)), new Fact(_t["Label.RetentionDays"], Integer(logging.RetentionDays)) })
            : new Paragraph(Run.Plain(_t["Text.NotDeclared"])));

        blocks.Add(new Heading(3, _t["Heading.Monitoring"], "monitoring"));
        blocks.Add(model.Monitoring is { } monitoring
            ? new FactList(new[]
            {
                new Fact(_t["Label.IncidentContact"], Value(monitoring.IncidentContact)),
                new Fact(_t["Label.DriftMonitoring"], YesNo(monitoring.DriftMonitoring)),
                new Fact(_t["Label.ReviewIntervalDays"], Integer(monitoring.ReviewIntervalDays)),
            })
            : new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
    }

    private void Security(ModelDeclarations model, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.Security"], "security"));
        var security = model.SecurityAssessment;
        blocks.Add(security is null
            ? new Paragraph(Run.Plain(_t["Text.NotDeclared"]))
            : new FactList(new[]
            {
                new Fact(_t["Label.Tests"], security.Tests is { } tests ? Run.Plain(Words(EnumText.Flags(tests))) : Run.Plain(_t["Text.NotDeclared"])),
                new Fact(_t["Label.Date"], Value(security.Date)),
                new Fact(_t["Label.Reference"], Value(security.Reference)),
                new Fact(_t["Label.PerformedBy"], Value(security.PerformedBy)),
                new Fact(_t["Label.Findings"], Value(security.Findings)),
            }));

        blocks.Add(new Heading(3, _t["Heading.ContentProvenance"], "content-provenance"));
        var provenance = model.ContentProvenance;
        blocks.Add(provenance is null
            ? new Paragraph(Run.Plain(_t["Text.NotDeclared"]))
            : new FactList(new[]
            {
                new Fact(_t["Label.Methods"], provenance.Methods is { } methods ? Run.Plain(Words(EnumText.Flags(methods))) : Run.Plain(_t["Text.NotDeclared"])),
                new Fact(_t["Label.Standard"], Value(provenance.Standard)),
            }));
    }

    private void DataGovernance(ModelDeclarations model, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.DataResidency"], "data-residency"));
        blocks.Add(new FactList(new[] { new Fact(_t["Label.DataResidency"], List(model.DataResidency?.Regions)) }));
        if (model.DataTransfers.Count > 0)
        {
            var rows = new List<IReadOnlyList<Cell>>();
            foreach (var transfer in model.DataTransfers)
            {
                rows.Add(new Cell[] { Value(transfer.FromRegion), Value(transfer.ToRegion), Value(transfer.Mechanism), Value(transfer.Safeguards) });
            }

            blocks.Add(new Table(Texts(TransferHeaders), rows));
        }
        else
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NoTransfer"])));
        }
    }

    private void EnvironmentalImpact(ModelDeclarations model, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.EnvironmentalImpact"], "environmental-impact"));
        var footprint = model.ComputeFootprint;
        blocks.Add(footprint is null
            ? new Paragraph(Run.Plain(_t["Text.NotDeclared"]))
            : new FactList(new[]
            {
                new Fact(_t["Label.HardwareType"], Value(footprint.Hardware)),
                new Fact(_t["Label.ComputeRegion"], Value(footprint.Region)),
                new Fact(_t["Label.TrainingEnergy"], Number(Numbers.Finite(footprint.TrainingEnergyKWh))),
                new Fact(_t["Label.CarbonEmitted"], Number(Numbers.Finite(footprint.Co2eKg))),
            }));
    }

    /// <summary>
    /// The model names, endpoints and tools the build saw in the model's code. A card without any says which absence it
    /// is, in one line: the assembly carries no code evidence at all, or the generator saw nothing in this model's code.
    /// Evidence this version cannot read (a newer package's) is said first: it is why the lists may be short, and
    /// "nothing observed" is then never said.
    /// </summary>
    private void ObservedInCode(ModelCard card, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.ObservedInCode"], "observed-in-code"));
        var code = card.ObservedInCode;
        if (code is null)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NoCodeEvidence"])));
            return;
        }

        if (!code.IsFullyRead)
        {
            blocks.Add(new Paragraph(_t.Runs("Text.UnreadCodeEvidence", Run.Plain(Numbers.Format(code.UnreadEntries)))));
        }

        if (code.ModelNames.Count == 0 && code.Endpoints.Count == 0 && code.Tools.Count == 0)
        {
            if (code.IsFullyRead)
            {
                blocks.Add(new Paragraph(Run.Plain(_t["Text.NothingObserved"])));
            }

            return;
        }

        blocks.Add(new Paragraph(_t.Runs("Text.ObservedExplained")));

        blocks.Add(new Heading(3, _t["Heading.ModelsCalled"], "observed-models"));
        var names = new List<IReadOnlyList<Cell>>(code.ModelNames.Count);
        foreach (var name in code.ModelNames)
        {
            names.Add(new Cell[] { Observed(name.Value), Run.Plain(_t["NameKind." + ObservedEvidence.KindText(name.Kind)]), Run.User(name.Api), Where(name.Origin) });
        }

        ObservedTable(ObservedNameHeaders, names, "observed-models", blocks);

        blocks.Add(new Heading(3, _t["Heading.EndpointsCalled"], "observed-endpoints"));
        var endpoints = new List<IReadOnlyList<Cell>>(code.Endpoints.Count);
        foreach (var endpoint in code.Endpoints)
        {
            endpoints.Add(new Cell[]
            {
                Observed(endpoint.Value),
                Value(endpoint.Host, "—"),
                Run.Plain(_t["Jurisdiction." + Policy.CodeEvidence.ObservedInCode.Text(endpoint.Location)]),
                endpoint.Regions.Count == 0 ? Run.Plain("—") : Run.User(Join(endpoint.Regions)),
                Run.User(endpoint.Api),
                Where(endpoint.Origin),
            });
        }

        ObservedTable(ObservedEndpointHeaders, endpoints, "observed-endpoints", blocks);

        blocks.Add(new Heading(3, _t["Heading.ToolsExposed"], "observed-tools"));
        var tools = new List<IReadOnlyList<Cell>>(code.Tools.Count);
        foreach (var tool in code.Tools)
        {
            tools.Add(new Cell[]
            {
                Run.User(tool.Name),
                Run.Plain(tool.Source.ToString()),
                Run.Plain(_t["Approval." + Policy.CodeEvidence.ObservedInCode.Text(tool.Approval)]),
                Where(tool.Origin),
            });
        }

        ObservedTable(ObservedToolHeaders, tools, "observed-tools", blocks);
    }

    private void ObservedTable(string[] headers, List<IReadOnlyList<Cell>> rows, string cssClass, List<Block> blocks) =>
        blocks.Add(rows.Count == 0 ? new Paragraph(Run.Plain(_t["Text.NoneObserved"])) : new Table(Texts(headers), rows, cssClass));

    // A value the code does not fix at compile time is said to be so; an empty constant is still what the code passes.
    private Run Observed(string? value) => value is null ? Run.Plain(_t["Text.NotConstant"]) : Run.User(value);

    private static Run Where(object? origin) => ObservedEvidence.PositionOf(origin) is { } position ? Run.User(position.ToString()) : Run.Plain("—");

    private void Compliance(ModelCard card, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.Coverage"], "framework-coverage"));
        blocks.Add(new Paragraph(_t.Runs("Text.CoverageExplained")));
        if (card.Compliance.Frameworks.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NoFramework"])));
        }

        var index = 0;
        foreach (var framework in card.Compliance.Frameworks)
        {
            index++;
            var f = framework.Framework;
            blocks.Add(new Heading(3, f.Title, "framework-" + index.ToString(CultureInfo.InvariantCulture)));
            blocks.Add(new FactList(new[]
            {
                new Fact(_t["Label.Id"], Run.Plain(f.Id)),
                new Fact(_t["Label.Version"], Run.Plain(f.Version)),
                new Fact(_t["Label.Date"], Run.Plain(f.Date)),
                new Fact(_t["Label.Publisher"], Run.Plain(f.Publisher)),
                new Fact(_t["Label.Bindingness"], Run.Plain(f.Bindingness)),
            }));
            if (framework.Clauses.Count == 0)
            {
                blocks.Add(new Paragraph(Run.Plain(_t["Text.NoClauseYet"])));
                ContextClauses(framework, blocks);
                continue;
            }

            var rows = new List<IReadOnlyList<Cell>>();
            foreach (var clause in framework.Clauses)
            {
                var missing = new StringBuilder();
                foreach (var declaration in clause.NotDeclared)
                {
                    if (missing.Length > 0)
                    {
                        missing.Append(", ");
                    }

                    missing.Append(declaration.Declaration.Title).Append(" (").Append(declaration.Declaration.HowToDeclare).Append("): ")
                        .Append(Status(ComplianceMatrix.Token(declaration.Status)));
                }

                rows.Add(new Cell[]
                {
                    Run.Plain(clause.ClauseId + (clause.ToVerify ? _t["Text.ToVerify"] : "")),
                    Run.Plain(clause.Clause?.Title ?? _t["Text.NotInFrameworkTable"]),
                    new(Run.Plain(Status(ComplianceMatrix.Token(clause.Status))), ComplianceMatrix.Token(clause.Status)),
                    Run.Plain(missing.Length == 0 ? "" : missing.ToString()),
                });
            }

            blocks.Add(new Table(Texts(ComplianceHeaders), rows, "compliance"));
            ContextClauses(framework, blocks);
        }
    }

    /// <summary>After the framework's scored rows, in a table of their own without a status column.</summary>
    private void ContextClauses(FrameworkCompliance framework, List<Block> blocks)
    {
        if (framework.Context.Count == 0)
        {
            return;
        }

        blocks.Add(new Paragraph(_t.Runs("Text.ContextNotScored")));
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var clause in framework.Context)
        {
            rows.Add(new Cell[] { Run.Plain(clause.Id), Run.Plain(clause.Title), Run.Plain(clause.ContextReason ?? "") });
        }

        blocks.Add(new Table(Texts(ContextHeaders), rows, "context"));
    }

    /// <summary>
    /// First thing after the title when an expected declaration is not declared, so that no reader takes the sections
    /// below for a complete record. Reasons quote the rules' findings, which may quote declared text.
    /// </summary>
    private void IncompleteBanner(ModelCard card, List<Block> blocks)
    {
        var items = new List<IReadOnlyList<Run>>();
        foreach (var entry in card.NotDeclared)
        {
            items.Add(_t.Runs(
                "Text.BannerItem",
                Run.Plain(entry.Declaration.Title),
                Run.Plain(Status(DeclarationStatuses.Token(entry.Status))),
                Run.User(entry.Reason ?? "")));
        }

        if (items.Count == 0)
        {
            return;
        }

        blocks.Add(new Banner(
            "incomplete",
            _t.Runs(
                items.Count == 1 ? "Text.BannerOne" : "Text.BannerMany",
                Run.Plain(Numbers.Format(items.Count)),
                Run.Plain(Numbers.Format(card.ExpectedDeclarations.Count))),
            items));
    }

    /// <summary>
    /// The declarations beyond what the frameworks ask that the code or the other declarations contradict: the sections
    /// below show them as the model makes them, so the card says first that they do not hold.
    /// </summary>
    private void ContradictedBanner(ModelCard card, List<Block> blocks)
    {
        var contradicted = card.ContradictedBeyondExpected;
        if (contradicted.Count == 0)
        {
            return;
        }

        var items = new List<IReadOnlyList<Run>>();
        foreach (var entry in contradicted)
        {
            items.Add(_t.Runs(
                "Text.BannerItem",
                Run.Plain(entry.Declaration.Title),
                Run.Plain(Status(DeclarationStatuses.Token(entry.Status))),
                Run.User(entry.Reason ?? "")));
        }

        blocks.Add(new Banner(
            "contradicted",
            _t.Runs(contradicted.Count == 1 ? "Text.ContradictedBannerOne" : "Text.ContradictedBannerMany", Run.Plain(Numbers.Format(contradicted.Count))),
            items));
    }

    private void RiskAcceptances(ModelCard card, List<Block> blocks)
    {
        if (card.RiskAcceptances.Count == 0)
        {
            // No date here: a card without acceptances must not change from one day to the next.
            blocks.Add(new Heading(2, _t["Heading.RiskAcceptances"], "risk-acceptances"));
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NoAcceptance"])));
            return;
        }

        var date = card.AcceptancesDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        blocks.Add(new Heading(2, _t.Format("Heading.RiskAcceptancesActive", date), "risk-acceptances"));
        blocks.Add(new Paragraph(_t.Runs("Text.AcceptancesExplained")));
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var acceptance in card.RiskAcceptances)
        {
            rows.Add(new Cell[]
            {
                Run.Plain(acceptance.RuleId + (acceptance.RuleTitle.Length == 0 ? "" : " " + acceptance.RuleTitle)),
                acceptance.Model is null ? Run.Plain(_t["Text.EveryModelAndDataset"]) : Run.User(acceptance.Model),
                Value(acceptance.Approver),
                Run.Plain(acceptance.Until),
                Value(acceptance.Justification),
                Value(acceptance.Reference, "—"),
            });
        }

        blocks.Add(new Table(Texts(AcceptanceHeaders), rows, "acceptances"));
    }

    /// <summary>The project's baseline entries, only when the cards were written with a baseline.</summary>
    private void KnownGaps(ModelCard card, List<Block> blocks)
    {
        if (card.KnownGaps is not { } gaps)
        {
            return;
        }

        blocks.Add(new Heading(2, _t["Heading.KnownGaps"], "known-gaps"));
        if (gaps.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.BaselineEmpty"])));
            return;
        }

        blocks.Add(new Paragraph(_t.Runs("Text.KnownGapsExplained", Run.User(card.Source.AssemblyName))));
        var rows = new List<IReadOnlyList<Cell>>(gaps.Count);
        foreach (var gap in gaps)
        {
            rows.Add(new Cell[]
            {
                Run.User(gap.Rule),
                Run.User(gap.File),
                Run.User(gap.Symbol),
                new(Run.Plain(gap.Count.ToString(CultureInfo.InvariantCulture)), numeric: true),
            });
        }

        blocks.Add(new Table(Texts(KnownGapHeaders), rows, "known-gaps"));
    }

    private void Contact(ModelDeclarations model, List<Block> blocks)
    {
        blocks.Add(new Heading(2, _t["Heading.Contact"], "model-card-contact"));
        var owner = model.AccountableOwner;
        blocks.Add(new FactList(new[]
        {
            new Fact(_t["Label.AccountableOwner"], Value(owner?.Owner)),
            new Fact(_t["Label.Role"], Value(owner?.Role)),
            new Fact(_t["Label.Contact"], Value(owner?.Contact)),
            new Fact(_t["Label.IncidentReports"], Value(model.Monitoring?.IncidentContact)),
        }));
    }

    /// <summary>The heading of a generic section: the title of the declaration it makes, else the attribute's name in words.</summary>
    internal static string GenericTitle(DeclarationKind kind) =>
        kind.RequirementId is { } requirement && DeclarationCatalog.Find(requirement) is { } definition
            ? definition.Title
            : Words(kind.ShortName);

    private void GenericSection(DeclarationKind kind, ModelDeclarations model, List<Block> blocks)
    {
        var title = GenericTitle(kind);
        var id = Words(kind.ShortName).Replace(' ', '-').ToLowerInvariant();
        blocks.Add(new Heading(2, title, id));
        var declarations = new List<Declaration>(kind.In(model));
        if (declarations.Count == 0)
        {
            blocks.Add(new Paragraph(Run.Plain(_t["Text.NotDeclared"])));
            return;
        }

        for (var i = 0; i < declarations.Count; i++)
        {
            if (kind.Repeatable)
            {
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                blocks.Add(new Heading(3, title + " " + number, id + "-" + number));
            }

            var facts = new List<Fact>(kind.Properties.Count);
            foreach (var property in kind.Properties)
            {
                facts.Add(new Fact(Words(property.Name), GenericValue(property, declarations[i])));
            }

            blocks.Add(new FactList(facts));
        }
    }

    private Run GenericValue(DeclarationProperty property, Declaration declaration) =>
        property.Shape switch
        {
            PropertyShape.Text => Value(property.Text(declaration)),
            PropertyShape.TextList => List(property.TextList(declaration)),
            PropertyShape.Number => Number(Numbers.Finite((double?)property.Value(declaration))),
            PropertyShape.NumberList => Items(property.Value(declaration), item => NumberText(Numbers.Finite((double)item))),
            PropertyShape.WholeNumber => Integer((int?)property.Value(declaration)),
            PropertyShape.Boolean => YesNo((bool?)property.Value(declaration)),
            PropertyShape.Enum => property.Value(declaration) is Enum value ? Run.Plain(Words(EnumText.Name(value))) : Run.Plain(_t["Text.NotDeclared"]),
            PropertyShape.EnumList => Items(property.Value(declaration), item => Words(EnumText.Name((Enum)item))),
            _ => Run.Plain(_t["Text.NotDeclared"]),
        };

    private Run Items(object? list, Func<object, string> text)
    {
        var items = new List<string>();
        if (list is System.Collections.IEnumerable values)
        {
            foreach (var item in values)
            {
                items.Add(text(item));
            }
        }

        return items.Count == 0 ? Run.Plain(_t["Text.NotDeclared"]) : Run.Plain(Join(items));
    }

    internal static string AssemblyText(CardSource source)
    {
        var text = source.AssemblyName;
        if (!string.IsNullOrEmpty(source.AssemblyVersion))
        {
            text += " " + source.AssemblyVersion;
        }

        if (!string.IsNullOrEmpty(source.InformationalVersion) && source.InformationalVersion != source.AssemblyVersion)
        {
            text += " (" + source.InformationalVersion + ")";
        }

        return text;
    }

    private static ReadOnlyCollection<DeclarationKind> Unhandled()
    {
        var kinds = new List<DeclarationKind>();
        foreach (var kind in DeclarationKinds.In(DeclarationScope.Model))
        {
            if (!BespokeKinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds.AsReadOnly();
    }

    internal static string MetricName(string metric) => metric.Length == 0 ? "(unnamed metric)" : metric;

    /// <summary>"HumanInTheLoop" → "Human in the loop"; "RedTeaming, PromptInjection" → "Red teaming, prompt injection".</summary>
    internal static string Words(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && char.IsLetter(pascal[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else if (char.IsUpper(c) && i > 0)
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private Run RiskText(RiskProfileDeclaration? risk) =>
        risk?.Level is { } level ? Run.Plain(EnumText.Name(level)) : Run.Plain(_t["Text.NotDeclared"]);

    private Run Sectors(RiskProfileDeclaration? risk)
    {
        if (risk is null)
        {
            return Run.Plain(_t["Text.NotDeclared"]);
        }

        if (risk.Sectors.Count == 0)
        {
            return Run.Plain(_t["Text.General"]);
        }

        var names = new List<string>(risk.Sectors.Count);
        foreach (var sector in risk.Sectors)
        {
            names.Add(Words(EnumText.Name(sector)));
        }

        return Run.Plain(Join(names));
    }

    private Run Value(string? text, string? fallback = null) =>
        string.IsNullOrWhiteSpace(text) ? Run.Plain(fallback ?? _t["Text.NotDeclared"]) : Run.User(text!);

    private Run List(IReadOnlyList<string?>? items)
    {
        if (items is null || items.Count == 0)
        {
            return Run.Plain(_t["Text.NotDeclared"]);
        }

        var present = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (!string.IsNullOrWhiteSpace(item))
            {
                present.Add(item!);
            }
        }

        return present.Count == 0 ? Run.Plain(_t["Text.NotDeclared"]) : Run.User(Join(present));
    }

    private void AddList(List<Block> blocks, IReadOnlyList<string?>? items)
    {
        var runs = new List<Run>();
        if (items is not null)
        {
            foreach (var item in items)
            {
                if (!string.IsNullOrWhiteSpace(item))
                {
                    runs.Add(Run.User(item!));
                }
            }
        }

        blocks.Add(runs.Count == 0 ? new Paragraph(Run.Plain(_t["Text.NotDeclared"])) : new BulletList(runs));
    }

    private static string Join(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>A status in the card's language, from its token ("out-of-date").</summary>
    private string Status(string token) => _t["Status." + token];

    private string[] Texts(string[] keys)
    {
        var texts = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            texts[i] = _t[keys[i]];
        }

        return texts;
    }

    private Run Number(double? value, string? fallback = null) =>
        value is { } v ? Run.Plain(Numbers.Format(v)) : Run.Plain(fallback ?? _t["Text.NotDeclared"]);

    private static string NumberText(double? value) => value is { } v ? Numbers.Format(v) : "?";

    private Run Integer(int? value) => value is { } v && v != 0 ? Run.Plain(Numbers.Format(v)) : Run.Plain(_t["Text.NotDeclared"]);

    private Run YesNo(bool? value) => Run.Plain(value switch { true => _t["Text.Yes"], false => _t["Text.No"], _ => NotDeclared });

    private Run Meets(bool? meets) => Run.Plain(meets switch { true => _t["Text.Yes"], false => _t["Text.No"], _ => "—" });

    private static string? ThresholdStatus(bool? meets) => meets switch { true => "meets", false => "misses", _ => null };
}
