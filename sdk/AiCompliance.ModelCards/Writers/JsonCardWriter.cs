using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AiCompliance.ModelCards.Cards;
using AiCompliance.Policy;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes a card as JSON following the project's schema (docs/schema/model-card.schema.json, <c>schemaVersion</c>
/// <see cref="GeneratorInfo.CardFormatVersion"/>). Every key is always present; what a model does not declare is null
/// (or an empty array), so consumers can tell "not declared" from "not part of this format". Deterministic: a typed
/// <see cref="CardJsonDocument"/>, serialized through its source-generated context (property order is declaration
/// order) onto the shared <see cref="JsonOutput"/> layout. A model-level declaration kind without a layout of its own
/// (not in <see cref="BespokeKinds"/>) is written under <c>otherDeclarations</c> from the declaration registry, so a
/// new declaration reaches the card without an edit here.
/// </summary>
public static class JsonCardWriter
{
    private static readonly string[] FlagSeparator = { ", " };

    /// <summary>The model-level declaration kinds <see cref="CardJsonDocument"/> has a property of its own for.</summary>
    internal static readonly IReadOnlyCollection<DeclarationKind> BespokeKinds = new HashSet<DeclarationKind>
    {
        DeclarationKinds.AiModel, DeclarationKinds.RiskProfile, DeclarationKinds.IntendedUse, DeclarationKinds.KnownLimitation,
        DeclarationKinds.ImpactAssessment, DeclarationKinds.HumanOversight, DeclarationKinds.AccountableOwner,
        DeclarationKinds.TrainedOn, DeclarationKinds.Evaluation, DeclarationKinds.FairnessAssessment,
        DeclarationKinds.SecurityAssessment, DeclarationKinds.Explainability, DeclarationKinds.AiDisclosure,
        DeclarationKinds.ContentProvenance, DeclarationKinds.SupportedLanguages, DeclarationKinds.DataResidency,
        DeclarationKinds.DataTransfer, DeclarationKinds.DecisionLogging, DeclarationKinds.Monitoring,
        DeclarationKinds.ComputeFootprint,
    };

    /// <summary>The model-level declaration kinds written under <c>otherDeclarations</c>, in registry order.</summary>
    internal static IReadOnlyList<DeclarationKind> GenericKinds { get; } =
        DeclarationKinds.In(DeclarationScope.Model).Where(kind => !BespokeKinds.Contains(kind)).ToList();

    /// <summary>The card as UTF-8 JSON bytes.</summary>
    public static byte[] Write(ModelCard card) => Write(card, GenericKinds);

    // Tests pass kinds that have a layout of their own, to compare the generic rendering with it.
    internal static byte[] Write(ModelCard card, IReadOnlyList<DeclarationKind> genericKinds) =>
        JsonOutput.Serialize(Document(card, genericKinds), CardJsonContext.Default.CardJsonDocument);

    private static CardJsonDocument Document(ModelCard card, IReadOnlyList<DeclarationKind> genericKinds)
    {
        var model = card.Model;
        var identity = model.Identity;
        var evidence = card.Evidence();
        return new CardJsonDocument(
            GeneratorInfo.JsonSchemaUri,
            GeneratorInfo.CardFormatVersion,
            new CardJsonGenerator(GeneratorInfo.Name, card.Source.GeneratorVersion),
            card.Source.Date is { } date ? Timestamp(date) : null,
            card.IsIncomplete,
            card.ExpectedDeclarations.Concat(card.ContradictedBeyondExpected).Select(entry => new CardJsonDeclarationStatus(
                entry.Id,
                entry.Declaration.Title,
                DeclarationStatuses.Text(entry.Status),
                entry.Reasons.Select(reason => Escaping.Clean(reason)).ToList())).ToList(),
            new CardJsonSource(
                Text(card.Source.AssemblyName),
                Text(card.Source.AssemblyVersion),
                Text(card.Source.InformationalVersion),
                card.Source.Sha256,
                card.Source.Mvid.ToString("D"),
                Text(model.TypeName)),
            new CardJsonModel(
                Text(card.Id),
                Text(identity?.Name),
                Text(identity?.Version),
                identity?.Kind is { } kind ? EnumText.Name(kind) : null,
                Text(identity?.Provider),
                Text(identity?.BaseModel),
                Text(identity?.License),
                Text(identity?.Description)),
            model.RiskProfile is { } risk
                ? new CardJsonRisk(
                    risk.Level is { } level ? EnumText.Name(level) : null,
                    risk.Sectors.Select(sector => EnumText.Name(sector)).ToList(),
                    Text(risk.Rationale),
                    Policy.Requirements.RiskContext.For(model).IsHighRisk)
                : null,
            model.IntendedUse is { } use ? new CardJsonIntendedUse(Text(use.Purpose), Texts(use.Users), Texts(use.OutOfScope)) : null,
            model.KnownLimitations.Select(limitation => new CardJsonLimitation(Text(limitation.Description), Text(limitation.Mitigation))).ToList(),
            model.ImpactAssessment is { } assessment
                ? new CardJsonImpactAssessment(Text(assessment.Reference), Text(assessment.Date), Text(assessment.AssessedBy), Text(assessment.Summary))
                : null,
            model.HumanOversight is { } oversight
                ? new CardJsonHumanOversight(
                    oversight.Mode is { } mode ? EnumText.Name(mode) : null,
                    Text(oversight.Reviewer),
                    oversight.CanOverride,
                    oversight.CanStop,
                    Text(oversight.Justification))
                : null,
            model.AccountableOwner is { } owner ? new CardJsonAccountableOwner(Text(owner.Owner), Text(owner.Contact), Text(owner.Role)) : null,
            new CardJsonTraining(Texts(model.TrainedOn?.DatasetIds), Texts(card.UndeclaredDatasetIds)),
            card.AllDatasets.Select(dataset => Dataset(card, dataset)).ToList(),
            card.Metrics.Select(series => MetricSeries(series, evidence)).ToList(),
            card.Fairness.Select(fairness => Fairness(fairness, evidence)).ToList(),
            model.SecurityAssessment is { } security
                ? new CardJsonSecurityAssessment(
                    Flags(security.Tests is { } tests ? EnumText.Flags(tests) : null),
                    Text(security.Date),
                    Text(security.Reference),
                    Text(security.Findings),
                    Text(security.PerformedBy),
                    Text(security.Evidence),
                    Text(security.EvidenceSha256))
                : null,
            model.Explainability is { } explainability ? new CardJsonExplainability(Text(explainability.Method), Text(explainability.Description)) : null,
            LanguageCoverage.PrimaryDisclosure(model) is { } disclosure ? Disclosure(disclosure) : null,
            model.AiDisclosures.Select(Disclosure).ToList(),
            model.ContentProvenance is { } provenance
                ? new CardJsonContentProvenance(Flags(provenance.Methods is { } methods ? EnumText.Flags(methods) : null), Text(provenance.Standard))
                : null,
            model.SupportedLanguages is { } languages ? new CardJsonSupportedLanguages(Texts(languages.LanguageTags)) : null,
            model.DataResidency is { } residency ? new CardJsonDataResidency(Texts(residency.Regions)) : null,
            model.DataTransfers.Select(transfer => new CardJsonDataTransfer(
                Text(transfer.FromRegion), Text(transfer.ToRegion), Text(transfer.Mechanism), Text(transfer.Safeguards))).ToList(),
            model.DecisionLogging is { } logging ? new CardJsonDecisionLogging(Text(logging.Description), logging.RetentionDays) : null,
            model.Monitoring is { } monitoring
                ? new CardJsonMonitoring(Text(monitoring.IncidentContact), monitoring.DriftMonitoring, monitoring.ReviewIntervalDays)
                : null,
            model.ComputeFootprint is { } footprint
                ? new CardJsonComputeFootprint(
                    Numbers.Finite(footprint.TrainingEnergyKWh), Numbers.Finite(footprint.Co2eKg), Text(footprint.Hardware), Text(footprint.Region))
                : null,
            GenericDeclarations(model, genericKinds),
            card.ObservedInCode is { } code ? ObservedInCode(code) : null,
            Compliance(card.Compliance),
            RiskAcceptances(card),
            card.KnownGaps?.Select(gap => new CardJsonKnownGap(Escaping.Clean(gap.Rule), Escaping.Clean(gap.File), Escaping.Clean(gap.Symbol), gap.Count)).ToList());
    }

    /// <summary>
    /// One entry per kind, keyed by its camelCase name: an object of its properties (null when not declared) for a
    /// single attribute, an array of them for a repeatable one; null (no <c>otherDeclarations</c>) without kinds.
    /// </summary>
    private static Dictionary<string, object?>? GenericDeclarations(ModelDeclarations model, IReadOnlyList<DeclarationKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            var declarations = kind.In(model).Select(declaration => GenericDeclaration(kind, declaration)).ToList();
            result.Add(CamelCase(kind.ShortName), kind.Repeatable ? declarations : declarations.LastOrDefault());
        }

        return result;
    }

    private static Dictionary<string, object?> GenericDeclaration(DeclarationKind kind, Declaration declaration)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in kind.Properties)
        {
            values.Add(CamelCase(property.Name), GenericValue(kind, property, declaration));
        }

        return values;
    }

    /// <summary>A property's value as the bespoke layouts write its shape: text cleaned, numbers finite, enums by name, flags as a list.</summary>
    private static object? GenericValue(DeclarationKind kind, DeclarationProperty property, Declaration declaration)
    {
        switch (property.Shape)
        {
            case PropertyShape.Text:
                return Text(property.Text(declaration));
            case PropertyShape.TextList:
                return property.TextList(declaration).Select(Text).ToList();
        }

        var value = property.Value(declaration);
        return (property.Shape, value) switch
        {
            (_, null) => null,
            (PropertyShape.Number, double number) => Numbers.Finite(number),
            (PropertyShape.WholeNumber, int number) => number,
            (PropertyShape.Boolean, bool flag) => flag,
            (PropertyShape.NumberList, IEnumerable<double> numbers) => numbers.Select(number => Numbers.Finite(number)).ToList(),
            (PropertyShape.Enum, Enum member) when member.GetType().IsDefined(typeof(FlagsAttribute), inherit: false) =>
                SplitFlags(EnumText.Name(member)).ToList<string?>(),
            (PropertyShape.Enum, Enum member) => EnumText.Name(member),
            (PropertyShape.EnumList, System.Collections.IEnumerable members) => members.Cast<Enum>().Select(EnumText.Name).ToList<string?>(),
            _ => throw new InvalidOperationException($"{kind.ShortName}.{property.Name}: a {property.Shape} property holds a {value.GetType()}."),
        };
    }

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    internal static string Timestamp(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static CardJsonDataset Dataset(ModelCard card, DatasetDeclaration dataset)
    {
        var usedFor = new List<string>(2);
        if (card.TrainingDatasets.Contains(dataset))
        {
            usedFor.Add("training");
        }

        if (card.EvaluationDatasets.Contains(dataset))
        {
            usedFor.Add("evaluation");
        }

        return new CardJsonDataset(
            Text(dataset.Id),
            Text(dataset.Name),
            Text(dataset.Version),
            Text(dataset.Description),
            Text(dataset.Source),
            Text(dataset.Url),
            Text(dataset.License),
            Text(dataset.CollectionMethod),
            dataset.PersonalData is { } kind ? EnumText.Name(kind) : null,
            Text(dataset.LegalBasis),
            Texts(dataset.Regions),
            Texts(dataset.Languages),
            Text(dataset.KnownBias),
            usedFor);
    }

    private static string? EvidenceCheckOf(IReadOnlyList<(Policy.Evidence.EvidenceBinding Binding, string Verification)> checks, Declaration declaration) =>
        checks.FirstOrDefault(check => ReferenceEquals(check.Binding.Declaration, declaration)).Verification;

    private static CardJsonMetricSeries MetricSeries(MetricSeries series, IReadOnlyList<(Policy.Evidence.EvidenceBinding Binding, string Verification)> evidence) => new(
        Text(series.Metric),
        series.HigherIsBetter,
        series.Results.Select(result => new CardJsonMetricResult(
            Numbers.Finite(result.Value),
            Text(result.Dataset),
            Text(result.Slice),
            Numbers.Finite(result.Threshold),
            Numbers.Finite(result.ConfidenceLow),
            Numbers.Finite(result.ConfidenceHigh),
            result.HigherIsBetter,
            result.MeetsThreshold,
            result.Declaration.Kind is { } kind ? EnumText.Name(kind) : null,
            Text(result.Declaration.Language),
            Text(result.Declaration.Evidence),
            Text(result.Declaration.EvidenceSha256),
            EvidenceCheckOf(evidence, result.Declaration))).ToList());

    private static CardJsonAiDisclosure Disclosure(AiDisclosureDeclaration disclosure) => new(Text(disclosure.Notice), Text(disclosure.Language));

    private static CardJsonFairnessAssessment Fairness(FairnessResult fairness, IReadOnlyList<(Policy.Evidence.EvidenceBinding Binding, string Verification)> evidence) => new(
        Text(fairness.Declaration.ProtectedAttribute),
        Text(fairness.Declaration.Metric),
        Numbers.Finite(fairness.Value),
        Numbers.Finite(fairness.Threshold),
        fairness.HigherIsBetter,
        fairness.MeetsThreshold,
        fairness.Groups.Select(group => new CardJsonFairnessGroup(Text(group.Group), Numbers.Finite(group.Value))).ToList(),
        Text(fairness.Declaration.Mitigation),
        Text(fairness.Declaration.Language),
        Text(fairness.Declaration.Evidence),
        Text(fairness.Declaration.EvidenceSha256),
        EvidenceCheckOf(evidence, fairness.Declaration));

    // Every string comes from the compiled code (constants, file names), which may hold lone surrogates like declarations.
    private static CardJsonObservedInCode ObservedInCode(ModelCodeEvidence code) => new(
        code.ModelNames.Select(name => new CardJsonObservedModel(
            Text(name.Value), ObservedEvidence.KindText(name.Kind), Escaping.Clean(name.Api), File(name.Origin), Line(name.Origin))).ToList(),
        code.Endpoints.Select(endpoint => new CardJsonObservedEndpoint(
            Text(endpoint.Value),
            Text(endpoint.Host),
            Policy.CodeEvidence.ObservedInCode.Text(endpoint.Location),
            endpoint.Regions.Select(region => Escaping.Clean(region)).ToList(),
            Escaping.Clean(endpoint.Api),
            File(endpoint.Origin),
            Line(endpoint.Origin))).ToList(),
        code.Tools.Select(tool => new CardJsonObservedTool(
            Escaping.Clean(tool.Name),
            tool.Source.ToString(),
            Policy.CodeEvidence.ObservedInCode.Text(tool.Approval),
            File(tool.Origin),
            Line(tool.Origin))).ToList(),
        code.UnreadEntries);

    private static string? File(object? origin) => ObservedEvidence.PositionOf(origin) is { } position ? Escaping.Clean(position.File) : null;

    private static int? Line(object? origin) => ObservedEvidence.PositionOf(origin) is { Line: > 0 } position ? position.Line : null;

    // Framework and declaration ids, titles and statuses come from the policy's catalogue, not from declarations: nothing to clean.
    private static CardJsonCompliance Compliance(ComplianceMatrix matrix) => new(
        matrix.Frameworks.Select(framework => new CardJsonFramework(
            framework.Framework.Id,
            framework.Framework.Title,
            framework.Framework.Version,
            framework.Framework.Date,
            framework.Clauses.Select(clause => new CardJsonClause(
                clause.ClauseId,
                Text(clause.Clause?.Title),
                ComplianceMatrix.Text(clause.Status),
                clause.ToVerify,
                clause.Declarations.Select(declaration => new CardJsonClauseDeclaration(
                    declaration.Declaration.Id,
                    declaration.Declaration.Title,
                    ComplianceMatrix.Text(declaration.Status),
                    declaration.ToVerify)).ToList())).ToList(),
            framework.Context.Select(clause => new CardJsonContextClause(clause.Id, clause.Title, clause.ContextReason ?? "")).ToList())).ToList());

    private static CardJsonRiskAcceptances RiskAcceptances(ModelCard card) => new(
        // The date only with acceptances: a card without them must not change from one day to the next.
        card.RiskAcceptances.Count == 0 ? null : card.AcceptancesDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        card.RiskAcceptances.Select(acceptance => new CardJsonAcceptance(
            acceptance.RuleId,
            acceptance.RuleTitle,
            Text(acceptance.Model),
            Text(acceptance.Approver),
            acceptance.Until,
            Text(acceptance.Justification),
            Text(acceptance.Reference))).ToList());

    /// <summary>A flags enum as the list of its names; none set is [], not declared is null.</summary>
    private static List<string?>? Flags(string? flags) => flags is null ? null : SplitFlags(flags).ToList<string?>();

    internal static IReadOnlyList<string> SplitFlags(string flags) =>
        flags == "None" ? Array.Empty<string>() : flags.Split(FlagSeparator, StringSplitOptions.RemoveEmptyEntries);

    // Declaration text may hold lone surrogates, which UTF-8 cannot carry.
    private static string? Text(string? text) => text is null ? null : Escaping.Clean(text);

    /// <summary>A declared list, cleaned; not declared is written as [].</summary>
    private static IReadOnlyList<string?> Texts(IEnumerable<string?>? texts) =>
        texts is null ? Array.Empty<string?>() : texts.Select(Text).ToList();
}
