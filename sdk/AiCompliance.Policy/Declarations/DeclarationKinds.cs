using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// The declaration registry: one entry per SDK attribute. The binder, the metadata reader, the analyzers' symbol
/// lookup, the text and value checks, the presence of declarations and the governance diff read the attributes and
/// their properties from here, so a new attribute is one entry (plus its record and its SDK class).
/// DeclarationRegistryTests pins the table to the SDK's public attributes.
/// </summary>
/// <remarks>
/// The order of the table is the order of declarations everywhere a list of them is ordered: model-level attributes in
/// the order a model card reads (identity, risk, use, limitations, assessments, data, evaluation, operation), then the
/// assembly-level ones. Within an entry, properties are in the order their text is scanned and reported.
/// </remarks>
public static class DeclarationKinds
{
    public static readonly DeclarationKind AiModel = Kind<ModelIdentity>(AttributeNames.AiModel, "Id")
        .Text("Id", d => d.Id, (d, v) => d with { Id = v })
        .Text("Name", d => d.Name, (d, v) => d with { Name = v })
        .Text("Version", d => d.Version, (d, v) => d with { Version = v })
        .Enum<ModelKind>("Kind", (d, v) => d with { Kind = v })
        .Text("Provider", d => d.Provider, (d, v) => d with { Provider = v })
        .Text("BaseModel", d => d.BaseModel, (d, v) => d with { BaseModel = v })
        .Text("License", d => d.License, (d, v) => d with { License = v })
        .Text("Description", d => d.Description, (d, v) => d with { Description = v })
        .Single(m => m.Identity, (m, d) => m with { Identity = d }, "system-identity");

    public static readonly DeclarationKind RiskProfile = Kind<RiskProfileDeclaration>(AttributeNames.RiskProfile, "Level", "Sectors").WithParamsArray()
        .Enum<RiskLevel>("Level", (d, v) => d with { Level = v })
        .EnumList<Sector>("Sectors", (d, v) => d with { Sectors = v })
        .Text("Rationale", d => d.Rationale, (d, v) => d with { Rationale = v })
        .Single(m => m.RiskProfile, (m, d) => m with { RiskProfile = d }, "risk-classification");

    public static readonly DeclarationKind IntendedUse = Kind<IntendedUseDeclaration>(AttributeNames.IntendedUse, "Purpose")
        .Text("Purpose", d => d.Purpose, (d, v) => d with { Purpose = v })
        .TextList("Users", d => d.Users, (d, v) => d with { Users = v })
        .TextList("OutOfScope", d => d.OutOfScope, (d, v) => d with { OutOfScope = v })
        .Single(m => m.IntendedUse, (m, d) => m with { IntendedUse = d }, "intended-purpose");

    public static readonly DeclarationKind KnownLimitation = Kind<KnownLimitationDeclaration>(AttributeNames.KnownLimitation, "Description")
        .Text("Description", d => d.Description, (d, v) => d with { Description = v })
        .Text("Mitigation", d => d.Mitigation, (d, v) => d with { Mitigation = v })
        .Repeated(m => m.KnownLimitations, (m, list) => m with { KnownLimitations = list }, "known-limitations");

    public static readonly DeclarationKind ImpactAssessment = Kind<ImpactAssessmentDeclaration>(AttributeNames.ImpactAssessment, "Reference")
        .Text("Reference", d => d.Reference, (d, v) => d with { Reference = v })
        .Text("Date", d => d.Date, (d, v) => d with { Date = v }, PropertyRole.Date, "impact assessment")
        .Text("AssessedBy", d => d.AssessedBy, (d, v) => d with { AssessedBy = v })
        .Text("Summary", d => d.Summary, (d, v) => d with { Summary = v })
        .Single(m => m.ImpactAssessment, (m, d) => m with { ImpactAssessment = d }, "risk-impact-assessment");

    public static readonly DeclarationKind HumanOversight = Kind<HumanOversightDeclaration>(AttributeNames.HumanOversight, "Mode")
        .Enum<OversightMode>("Mode", (d, v) => d with { Mode = v })
        .Text("Reviewer", d => d.Reviewer, (d, v) => d with { Reviewer = v })
        .Boolean("CanOverride", (d, v) => d with { CanOverride = v })
        .Boolean("CanStop", (d, v) => d with { CanStop = v })
        .Text("Justification", d => d.Justification, (d, v) => d with { Justification = v })
        .Single(m => m.HumanOversight, (m, d) => m with { HumanOversight = d }, "human-oversight");

    public static readonly DeclarationKind AccountableOwner = Kind<AccountableOwnerDeclaration>(AttributeNames.AccountableOwner, "Owner")
        .Text("Owner", d => d.Owner, (d, v) => d with { Owner = v })
        .Text("Contact", d => d.Contact, (d, v) => d with { Contact = v }, PropertyRole.Contact, "owner contact")
        .Text("Role", d => d.Role, (d, v) => d with { Role = v })
        .Single(m => m.AccountableOwner, (m, d) => m with { AccountableOwner = d }, "accountable-owner");

    public static readonly DeclarationKind TrainedOn = Kind<TrainedOnDeclaration>(AttributeNames.TrainedOn, "DatasetIds").WithParamsArray()
        .TextList("DatasetIds", d => d.DatasetIds, (d, v) => d with { DatasetIds = v })
        .Single(m => m.TrainedOn, (m, d) => m with { TrainedOn = d }, requirementId: null);

    public static readonly DeclarationKind Evaluation = Kind<EvaluationDeclaration>(AttributeNames.Evaluation, "Metric", "Value")
        .Text("Metric", d => d.Metric, (d, v) => d with { Metric = v })
        .Number("Value", (d, v) => d with { Value = v })
        .Text("Dataset", d => d.Dataset, (d, v) => d with { Dataset = v })
        .Text("Slice", d => d.Slice, (d, v) => d with { Slice = v })
        .Number("Threshold", (d, v) => d with { Threshold = v })
        .Boolean("HigherIsBetter", (d, v) => d with { HigherIsBetter = v })
        .Number("ConfidenceLow", (d, v) => d with { ConfidenceLow = v })
        .Number("ConfidenceHigh", (d, v) => d with { ConfidenceHigh = v })
        .Enum<EvaluationKind>("Kind", (d, v) => d with { Kind = v })
        .Text("Language", d => d.Language, (d, v) => d with { Language = v })
        .Text("Evidence", d => d.Evidence, (d, v) => d with { Evidence = v })
        .Text("EvidenceSha256", d => d.EvidenceSha256, (d, v) => d with { EvidenceSha256 = v })
        .Repeated(m => m.Evaluations, (m, list) => m with { Evaluations = list }, "performance-evaluation");

    public static readonly DeclarationKind FairnessAssessment = Kind<FairnessAssessmentDeclaration>(AttributeNames.FairnessAssessment, "ProtectedAttribute")
        .Text("ProtectedAttribute", d => d.ProtectedAttribute, (d, v) => d with { ProtectedAttribute = v })
        .Text("Metric", d => d.Metric, (d, v) => d with { Metric = v })
        .Number("Value", (d, v) => d with { Value = v })
        .Number("Threshold", (d, v) => d with { Threshold = v })
        .Boolean("HigherIsBetter", (d, v) => d with { HigherIsBetter = v })
        .Text("Mitigation", d => d.Mitigation, (d, v) => d with { Mitigation = v })
        .TextList("Groups", d => d.Groups, (d, v) => d with { Groups = v })
        .NumberList("GroupValues", (d, v) => d with { GroupValues = v })
        .Text("Language", d => d.Language, (d, v) => d with { Language = v })
        .Text("Evidence", d => d.Evidence, (d, v) => d with { Evidence = v })
        .Text("EvidenceSha256", d => d.EvidenceSha256, (d, v) => d with { EvidenceSha256 = v })
        .Repeated(m => m.FairnessAssessments, (m, list) => m with { FairnessAssessments = list }, "fairness-evaluation");

    public static readonly DeclarationKind SecurityAssessment = Kind<SecurityAssessmentDeclaration>(AttributeNames.SecurityAssessment, "Tests")
        .Enum<SecurityTest>("Tests", (d, v) => d with { Tests = v })
        .Text("Date", d => d.Date, (d, v) => d with { Date = v }, PropertyRole.Date, "security assessment")
        .Text("Reference", d => d.Reference, (d, v) => d with { Reference = v })
        .Text("Findings", d => d.Findings, (d, v) => d with { Findings = v })
        .Text("PerformedBy", d => d.PerformedBy, (d, v) => d with { PerformedBy = v })
        .Text("Evidence", d => d.Evidence, (d, v) => d with { Evidence = v })
        .Text("EvidenceSha256", d => d.EvidenceSha256, (d, v) => d with { EvidenceSha256 = v })
        .Single(m => m.SecurityAssessment, (m, d) => m with { SecurityAssessment = d }, "security-testing");

    public static readonly DeclarationKind Explainability = Kind<ExplainabilityDeclaration>(AttributeNames.Explainability, "Method")
        .Text("Method", d => d.Method, (d, v) => d with { Method = v })
        .Text("Description", d => d.Description, (d, v) => d with { Description = v })
        .Single(m => m.Explainability, (m, d) => m with { Explainability = d }, "explainability");

    public static readonly DeclarationKind AiDisclosure = Kind<AiDisclosureDeclaration>(AttributeNames.AiDisclosure, "Notice")
        .Text("Notice", d => d.Notice, (d, v) => d with { Notice = v })
        .Text("Language", d => d.Language, (d, v) => d with { Language = v })
        .Repeated(m => m.AiDisclosures, (m, list) => m with { AiDisclosures = list }, "ai-interaction-disclosure");

    // Present only with at least one method: ProvenanceMethod.None declares that nothing marks the content.
    public static readonly DeclarationKind ContentProvenance = Kind<ContentProvenanceDeclaration>(AttributeNames.ContentProvenance, "Methods")
        .Enum<ProvenanceMethod>("Methods", (d, v) => d with { Methods = v })
        .Text("Standard", d => d.Standard, (d, v) => d with { Standard = v })
        .Single(m => m.ContentProvenance, (m, d) => m with { ContentProvenance = d }, "content-provenance", d => d.Methods is not null and not ProvenanceMethod.None);

    public static readonly DeclarationKind SupportedLanguages = Kind<SupportedLanguagesDeclaration>(AttributeNames.SupportedLanguages, "LanguageTags").WithParamsArray()
        .TextList("LanguageTags", d => d.LanguageTags, (d, v) => d with { LanguageTags = v })
        .Single(m => m.SupportedLanguages, (m, d) => m with { SupportedLanguages = d }, "languages-locales", d => d.LanguageTags.Count > 0);

    public static readonly DeclarationKind DataResidency = Kind<DataResidencyDeclaration>(AttributeNames.DataResidency, "Regions").WithParamsArray()
        .TextList("Regions", d => d.Regions, (d, v) => d with { Regions = v })
        .Single(m => m.DataResidency, (m, d) => m with { DataResidency = d }, "data-residency");

    public static readonly DeclarationKind DataTransfer = Kind<DataTransferDeclaration>(AttributeNames.DataTransfer, "FromRegion", "ToRegion")
        .Text("FromRegion", d => d.FromRegion, (d, v) => d with { FromRegion = v })
        .Text("ToRegion", d => d.ToRegion, (d, v) => d with { ToRegion = v })
        .Text("Mechanism", d => d.Mechanism, (d, v) => d with { Mechanism = v })
        .Text("Safeguards", d => d.Safeguards, (d, v) => d with { Safeguards = v })
        .Repeated(m => m.DataTransfers, (m, list) => m with { DataTransfers = list }, requirementId: null);

    public static readonly DeclarationKind DecisionLogging = Kind<DecisionLoggingDeclaration>(AttributeNames.DecisionLogging, "Description")
        .Text("Description", d => d.Description, (d, v) => d with { Description = v })
        .WholeNumber("RetentionDays", (d, v) => d with { RetentionDays = v })
        .Single(m => m.DecisionLogging, (m, d) => m with { DecisionLogging = d }, "logging-traceability");

    public static readonly DeclarationKind Monitoring = Kind<MonitoringDeclaration>(AttributeNames.Monitoring, "IncidentContact")
        .Text("IncidentContact", d => d.IncidentContact, (d, v) => d with { IncidentContact = v }, PropertyRole.Contact, "incident contact")
        .Boolean("DriftMonitoring", (d, v) => d with { DriftMonitoring = v })
        .WholeNumber("ReviewIntervalDays", (d, v) => d with { ReviewIntervalDays = v })
        .Single(m => m.Monitoring, (m, d) => m with { Monitoring = d }, "monitoring-incidents");

    public static readonly DeclarationKind ComputeFootprint = Kind<ComputeFootprintDeclaration>(AttributeNames.ComputeFootprint)
        .Number("TrainingEnergyKWh", (d, v) => d with { TrainingEnergyKWh = v })
        .Number("Co2eKg", (d, v) => d with { Co2eKg = v })
        .Text("Hardware", d => d.Hardware, (d, v) => d with { Hardware = v })
        .Text("Region", d => d.Region, (d, v) => d with { Region = v })
        .Single(m => m.ComputeFootprint, (m, d) => m with { ComputeFootprint = d }, "compute-energy");

    public static readonly DeclarationKind Dataset = Kind<DatasetDeclaration>(AttributeNames.Dataset, "Id")
        .Text("Id", d => d.Id, (d, v) => d with { Id = v })
        .Text("Name", d => d.Name, (d, v) => d with { Name = v })
        .Text("Version", d => d.Version, (d, v) => d with { Version = v })
        .Text("Source", d => d.Source, (d, v) => d with { Source = v })
        .Text("Url", d => d.Url, (d, v) => d with { Url = v })
        .Text("License", d => d.License, (d, v) => d with { License = v })
        .Text("CollectionMethod", d => d.CollectionMethod, (d, v) => d with { CollectionMethod = v })
        .Enum<PersonalDataKind>("PersonalData", (d, v) => d with { PersonalData = v })
        .Text("LegalBasis", d => d.LegalBasis, (d, v) => d with { LegalBasis = v })
        .Text("KnownBias", d => d.KnownBias, (d, v) => d with { KnownBias = v })
        .Text("Description", d => d.Description, (d, v) => d with { Description = v })
        .TextList("Regions", d => d.Regions, (d, v) => d with { Regions = v })
        .TextList("Languages", d => d.Languages, (d, v) => d with { Languages = v })
        .OnAssembly(repeatable: true);

    public static readonly DeclarationKind RiskAcceptance = Kind<RiskAcceptanceDeclaration>(AttributeNames.RiskAcceptance, "RuleId")
        .Text("RuleId", d => d.RuleId, (d, v) => d with { RuleId = v })
        .Text("Model", d => d.Model, (d, v) => d with { Model = v })
        .Text("Approver", d => d.Approver, (d, v) => d with { Approver = v })
        .Text("Until", d => d.Until, (d, v) => d with { Until = v }, PropertyRole.Date, "acceptance end")
        .Text("Justification", d => d.Justification, (d, v) => d with { Justification = v })
        .Text("Reference", d => d.Reference, (d, v) => d with { Reference = v })
        .OnAssembly(repeatable: true);

    /// <summary>Every SDK attribute, model-level first, in the order declarations are listed (see the remarks).</summary>
    public static IReadOnlyList<DeclarationKind> All { get; } = Array.AsReadOnly(new[]
    {
        AiModel, RiskProfile, IntendedUse, KnownLimitation, ImpactAssessment, HumanOversight, AccountableOwner, TrainedOn,
        Evaluation, FairnessAssessment, SecurityAssessment, Explainability, AiDisclosure, ContentProvenance,
        SupportedLanguages, DataResidency, DataTransfer, DecisionLogging, Monitoring, ComputeFootprint,
        Dataset, RiskAcceptance,
    });

    // Static fields initialise in text order: this one after the entries and All.
    private static readonly Dictionary<string, DeclarationKind> ByAttributeName = Index();

    /// <summary>The entry for an attribute's simple metadata name (<c>RiskProfileAttribute</c>), or <see langword="null"/>.</summary>
    public static DeclarationKind? Find(string attributeName) =>
        ByAttributeName.TryGetValue(attributeName, out var kind) ? kind : null;

    /// <summary>The entries written at <paramref name="scope"/>, in table order.</summary>
    public static IReadOnlyList<DeclarationKind> In(DeclarationScope scope)
    {
        var result = new List<DeclarationKind>();
        foreach (var kind in All)
        {
            if (kind.Scope == scope)
            {
                result.Add(kind);
            }
        }

        return result;
    }

    private static Dictionary<string, DeclarationKind> Index()
    {
        var index = new Dictionary<string, DeclarationKind>(StringComparer.Ordinal);
        foreach (var kind in All)
        {
            index.Add(kind.AttributeName, kind);
        }

        return index;
    }

    private static KindBuilder<T> Kind<T>(string attributeName, params string[] constructorParameters)
        where T : Declaration, new()
        => new(attributeName, constructorParameters);

    /// <summary>Builds one entry with typed accessors, so each property is named once and bound by its type.</summary>
    private sealed class KindBuilder<T>
        where T : Declaration, new()
    {
        private readonly string _attributeName;
        private readonly string[] _constructorParameters;
        private readonly List<DeclarationProperty> _properties = new();
        private bool _hasParamsArray;

        public KindBuilder(string attributeName, string[] constructorParameters)
        {
            _attributeName = attributeName;
            _constructorParameters = constructorParameters;
        }

        public KindBuilder<T> WithParamsArray()
        {
            _hasParamsArray = true;
            return this;
        }

        public KindBuilder<T> Text(string name, Func<T, string?> read, Func<T, string?, T> write, PropertyRole role = PropertyRole.None, string? phrase = null) =>
            Add(name, PropertyShape.Text, null, role, phrase, d => read((T)d), (d, values) => write((T)d, values.String(name)));

        public KindBuilder<T> TextList(string name, Func<T, IReadOnlyList<string?>> read, Func<T, IReadOnlyList<string?>, T> write) =>
            Add(name, PropertyShape.TextList, null, PropertyRole.None, null, d => read((T)d), (d, values) => write((T)d, values.StringArray(name)));

        public KindBuilder<T> Number(string name, Func<T, double?, T> write) =>
            Add(name, PropertyShape.Number, null, PropertyRole.None, null, null, (d, values) => write((T)d, values.Double(name)));

        public KindBuilder<T> NumberList(string name, Func<T, IReadOnlyList<double>, T> write) =>
            Add(name, PropertyShape.NumberList, null, PropertyRole.None, null, null, (d, values) => write((T)d, values.DoubleArray(name)));

        public KindBuilder<T> WholeNumber(string name, Func<T, int?, T> write) =>
            Add(name, PropertyShape.WholeNumber, null, PropertyRole.None, null, null, (d, values) => write((T)d, values.Int32(name)));

        public KindBuilder<T> Boolean(string name, Func<T, bool?, T> write) =>
            Add(name, PropertyShape.Boolean, null, PropertyRole.None, null, null, (d, values) => write((T)d, values.Boolean(name)));

        public KindBuilder<T> Enum<TEnum>(string name, Func<T, TEnum?, T> write)
            where TEnum : struct, System.Enum
            => Add(name, PropertyShape.Enum, typeof(TEnum), PropertyRole.None, null, null, (d, values) => write((T)d, values.Enum<TEnum>(name)));

        public KindBuilder<T> EnumList<TEnum>(string name, Func<T, IReadOnlyList<TEnum>, T> write)
            where TEnum : struct, System.Enum
            => Add(name, PropertyShape.EnumList, typeof(TEnum), PropertyRole.None, null, null, (d, values) => write((T)d, values.EnumArray<TEnum>(name)));

        /// <summary>A model-level attribute written at most once; the last one written wins.</summary>
        public DeclarationKind Single(Func<ModelDeclarations, T?> read, Func<ModelDeclarations, T, ModelDeclarations> attach, string? requirementId, Func<T, bool>? makesPresent = null) =>
            Build(
                DeclarationScope.Model,
                repeatable: false,
                requirementId,
                model => read(model) is { } declaration ? new Declaration[] { declaration } : Array.Empty<Declaration>(),
                (model, declarations) => declarations.Count == 0 ? model : attach(model, (T)declarations[declarations.Count - 1]),
                makesPresent);

        /// <summary>A model-level attribute that may be written any number of times, kept in declaration order.</summary>
        public DeclarationKind Repeated(Func<ModelDeclarations, IReadOnlyList<T>> read, Func<ModelDeclarations, IReadOnlyList<T>, ModelDeclarations> attach, string? requirementId) =>
            Build(
                DeclarationScope.Model,
                repeatable: true,
                requirementId,
                read,
                (model, declarations) =>
                {
                    var typed = new T[declarations.Count];
                    for (var i = 0; i < typed.Length; i++)
                    {
                        typed[i] = (T)declarations[i];
                    }

                    return attach(model, typed);
                },
                null);

        public DeclarationKind OnAssembly(bool repeatable) =>
            Build(DeclarationScope.Assembly, repeatable, null, null, null, null);

        private KindBuilder<T> Add(string name, PropertyShape shape, Type? enumType, PropertyRole role, string? phrase, Func<Declaration, object?>? read, Func<Declaration, BoundValues, Declaration> bind)
        {
            _properties.Add(new DeclarationProperty(name, shape, enumType, role, phrase, read, bind));
            return this;
        }

        private DeclarationKind Build(
            DeclarationScope scope,
            bool repeatable,
            string? requirementId,
            Func<ModelDeclarations, IEnumerable<Declaration>>? read,
            Func<ModelDeclarations, IReadOnlyList<Declaration>, ModelDeclarations>? attach,
            Func<T, bool>? makesPresent) =>
            new(
                _attributeName,
                typeof(T),
                scope,
                repeatable,
                Array.AsReadOnly(_constructorParameters),
                _hasParamsArray,
                _properties.AsReadOnly(),
                requirementId,
                () => new T(),
                read,
                attach,
                makesPresent is null ? null : d => makesPresent((T)d));
    }
}
