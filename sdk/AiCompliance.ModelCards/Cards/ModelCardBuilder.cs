using System;
using System.Collections.Generic;
using System.Linq;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy;
using AiCompliance.Policy.Baseline;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Cards;

/// <summary>Builds the cards of every model of an assembly. Linear in the size of the declarations.</summary>
public static class ModelCardBuilder
{
    /// <summary>One card per type carrying <c>[AiModel]</c>, ordered by type name.</summary>
    public static IReadOnlyList<ModelCard> Build(ScannedAssembly assembly, PolicySettings settings, DateTimeOffset? date) =>
        Build(assembly, settings, date, baseline: null);

    /// <summary>One card per type carrying <c>[AiModel]</c>, ordered by type name, each listing <paramref name="baseline"/>'s entries as known gaps.</summary>
    public static IReadOnlyList<ModelCard> Build(ScannedAssembly assembly, PolicySettings settings, DateTimeOffset? date, BaselineFile? baseline)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var declarations = assembly.Declarations;
        var source = new CardSource(
            declarations.AssemblyName,
            declarations.AssemblyVersion,
            assembly.InformationalVersion,
            assembly.Sha256,
            assembly.Mvid,
            GeneratorInfo.Version,
            date);

        // First declaration wins on duplicate ids, as AssemblyDeclarations.FindDataset does.
        var datasetsById = new Dictionary<string, DatasetDeclaration>(DeclarationIds.Comparer);
        foreach (var dataset in declarations.Datasets)
        {
            if (dataset.Id is { } id && !datasetsById.ContainsKey(id))
            {
                datasetsById[id] = dataset;
            }
        }

        // The card's date pins what the policy dates (assessment age); the risk acceptances listed are those active on the
        // real date, as in the build (RiskAcceptances.Assess), so a pinned or printed date never shows a lapsed one.
        if (date is { } cardDate && cardDate.UtcDateTime.Date != settings.Today && PolicySettings.IsInDateRange(cardDate.UtcDateTime))
        {
            settings = settings.WithToday(cardDate.UtcDateTime.Date);
        }

        var carriesCodeEvidence = declarations.RecordsCodeEvidence;
        var index = new ComplianceIndex(settings);
        var fileNames = CardFileNames.Assign(declarations);
        var cards = new List<ModelCard>();
        var modelIndex = -1;
        foreach (var model in declarations.Models)
        {
            modelIndex++;
            var undeclared = new List<string>();
            var training = new List<DatasetDeclaration>();
            if (model.TrainedOn is { } trainedOn)
            {
                foreach (var id in trainedOn.DatasetIds)
                {
                    Resolve(id, training, undeclared);
                }
            }

            var evaluation = new List<DatasetDeclaration>();
            var metrics = new List<(string Metric, List<MetricResult> Results)>();
            var metricIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var result in model.Evaluations)
            {
                Resolve(result.Dataset, evaluation, undeclared);
                var metric = result.Metric ?? "";
                if (!metricIndex.TryGetValue(metric, out var position))
                {
                    position = metrics.Count;
                    metricIndex[metric] = position;
                    metrics.Add((metric, new List<MetricResult>()));
                }

                metrics[position].Results.Add(new MetricResult(result, MetricDirection.HigherIsBetter(result)));
            }

            var series = new List<MetricSeries>(metrics.Count);
            foreach (var (metric, results) in metrics)
            {
                series.Add(new MetricSeries(metric, results[0].HigherIsBetter, results));
            }

            var fairness = new List<FairnessResult>(model.FairnessAssessments.Count);
            foreach (var assessment in model.FairnessAssessments)
            {
                var count = Math.Max(assessment.Groups.Count, assessment.GroupValues.Count);
                var groups = new List<GroupValue>(count);
                for (var i = 0; i < count; i++)
                {
                    groups.Add(new GroupValue(
                        i < assessment.Groups.Count ? assessment.Groups[i] : null,
                        i < assessment.GroupValues.Count ? Numbers.Finite(assessment.GroupValues[i]) : null));
                }

                fairness.Add(new FairnessResult(assessment, MetricDirection.HigherIsBetter(assessment), groups));
            }

            var statuses = DeclarationStatuses.Of(model, declarations.Datasets, settings);
            cards.Add(new ModelCard(
                model,
                fileNames[modelIndex].Name,
                source,
                training,
                evaluation,
                undeclared,
                series,
                fairness,
                index.Evaluate(model, statuses),
                statuses,
                statuses.ExpectedBy(settings),
                AcceptedRisk.ActiveFor(model, declarations.RiskAcceptances, settings),
                settings.RealToday,
                baseline?.Entries,
                carriesCodeEvidence));

            void Resolve(string? id, List<DatasetDeclaration> into, List<string> missing)
            {
                if (string.IsNullOrWhiteSpace(id))
                {
                    return;
                }

                if (datasetsById.TryGetValue(id!, out var dataset))
                {
                    if (!into.Contains(dataset))
                    {
                        into.Add(dataset);
                    }
                }
                else if (!missing.Contains(id!, DeclarationIds.Comparer))
                {
                    missing.Add(id!);
                }
            }
        }

        return cards;
    }

    /// <summary>The CycloneDX file's name without ".json": <c>AssemblyName.cdx</c>, made safe like card names.</summary>
    public static string CycloneDxFileStem(string assemblyName) => CardFileNames.BomStem(assemblyName);
}
