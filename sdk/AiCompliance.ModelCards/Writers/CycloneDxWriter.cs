using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AiCompliance.ModelCards.Cards;
using AiCompliance.Policy;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes one CycloneDX 1.6 BOM per assembly: the assembly as the BOM's subject, a <c>machine-learning-model</c>
/// component with a <c>modelCard</c> per model, a <c>data</c> component per declared dataset, and a service per endpoint
/// a model's code was seen to send data to (code evidence, never a declaration). What CycloneDX has
/// no field for goes into properties named under <see cref="PropertyNamespace"/> (listed in docs/model-cards.md).
/// Deterministic: a typed <see cref="CycloneDxBom"/>, serialized through its source-generated context (property order is
/// declaration order, unset properties are left out) onto the shared <see cref="JsonOutput"/> layout.
/// </summary>
public static class CycloneDxWriter
{
    /// <summary>The prefix of every property this generator writes.</summary>
    public const string PropertyNamespace = "aicompliance:";

    /// <summary>
    /// What a machine consumer must know before reading any status in the BOM, written as the <c>aicompliance:disclaimer</c>
    /// property of the metadata and of every model.
    /// </summary>
    public const string Disclaimer = "Declared, not verified: this BOM records what each model's team declares, read from the compiled assembly. A status or claim never says that a model complies with or conforms to a framework. Framework references are a research aid, not legal advice.";

    // RFC 4122 name-based UUIDs need a namespace; this one is AiCompliance's own, fixed forever.
    private static readonly Guid SerialNamespace = new("4d1c2a6e-8f3b-5a17-9c2d-6e0b7a9f1c35");

    private static readonly Regex LicenseExpression = new(@"^[A-Za-z0-9.+\-:() ]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The model-level kinds this writer places by hand (CycloneDX fields, or properties named before the registry).
    /// Every other model-level kind is written by <see cref="GenericProperties"/>, so a new declaration needs no edit here.
    /// </summary>
    internal static readonly IReadOnlyCollection<DeclarationKind> BespokeKinds = new HashSet<DeclarationKind>
    {
        DeclarationKinds.AiModel, DeclarationKinds.RiskProfile, DeclarationKinds.IntendedUse, DeclarationKinds.KnownLimitation,
        DeclarationKinds.ImpactAssessment, DeclarationKinds.HumanOversight, DeclarationKinds.AccountableOwner, DeclarationKinds.TrainedOn,
        DeclarationKinds.Evaluation, DeclarationKinds.FairnessAssessment, DeclarationKinds.SecurityAssessment, DeclarationKinds.Explainability,
        DeclarationKinds.AiDisclosure, DeclarationKinds.ContentProvenance, DeclarationKinds.SupportedLanguages, DeclarationKinds.DataResidency,
        DeclarationKinds.DataTransfer, DeclarationKinds.DecisionLogging, DeclarationKinds.Monitoring, DeclarationKinds.ComputeFootprint,
    };

    /// <summary>The BOM as UTF-8 JSON bytes.</summary>
    /// <param name="cards">The assembly's cards, as built by <see cref="ModelCardBuilder"/>.</param>
    /// <param name="declarations">The assembly's declarations (for every declared dataset, used or not).</param>
    /// <param name="source">The assembly and generator.</param>
    /// <param name="settings">The policy whose frameworks the compliance properties cover.</param>
    public static byte[] Write(IReadOnlyList<ModelCard> cards, AssemblyDeclarations declarations, CardSource source, PolicySettings settings)
    {
        if (cards is null || declarations is null || source is null || settings is null)
        {
            throw new ArgumentNullException(cards is null ? nameof(cards) : declarations is null ? nameof(declarations) : source is null ? nameof(source) : nameof(settings));
        }

        // bom-refs are generated (never user text alone) and unique: models by their card file name, datasets by id.
        var datasetRefs = new Dictionary<string, string>(DeclarationIds.Comparer);
        var datasetList = new List<(DatasetDeclaration Dataset, string Ref)>();
        var usedRefs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dataset in declarations.Datasets)
        {
            var baseRef = "dataset:" + CardFileNames.Sanitize(dataset.Id ?? "unnamed");
            var bomRef = baseRef;
            for (var n = 2; !usedRefs.Add(bomRef); n++)
            {
                bomRef = baseRef + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            datasetList.Add((dataset, bomRef));
            if (dataset.Id is { } id && !datasetRefs.ContainsKey(id))
            {
                datasetRefs[id] = bomRef;
            }
        }

        var assemblyRef = "assembly:" + CardFileNames.Sanitize(source.AssemblyName);
        var components = new List<CycloneDxComponent>();
        var modelDependencies = new List<CycloneDxDependency>();
        var modelRefs = new List<(ModelCard Card, string ModelRef)>();
        var services = new List<CycloneDxService>();
        foreach (var card in cards)
        {
            var modelRef = "model:" + card.FileName;
            modelRefs.Add((card, modelRef));
            var uses = new List<string>();
            foreach (var dataset in card.AllDatasets)
            {
                if (dataset.Id is { } id && datasetRefs.TryGetValue(id, out var datasetRef) && !uses.Contains(datasetRef))
                {
                    uses.Add(datasetRef);
                }
            }

            var modelServices = card.Model.Code is { } code ? Services(card, code) : new List<CycloneDxService>();
            services.AddRange(modelServices);
            modelDependencies.Add(new CycloneDxDependency(modelRef, uses.Concat(modelServices.Select(service => service.BomRef!)).ToList()));
            components.Add(Model(card, modelRef, uses));
        }

        components.AddRange(datasetList.Select(entry => Data(entry.Dataset, entry.Ref)));

        var dependencies = new List<CycloneDxDependency>
        {
            new(assemblyRef, modelDependencies.Select(dependency => dependency.Ref).ToList()),
        };
        dependencies.AddRange(modelDependencies);

        // Datasets have no dependencies of their own; CycloneDX asks for them to be listed with an empty dependsOn.
        dependencies.AddRange(datasetList.Select(entry => new CycloneDxDependency(entry.Ref, Array.Empty<string>())));
        dependencies.AddRange(services.Select(service => new CycloneDxDependency(service.BomRef!, Array.Empty<string>())));

        var bom = new CycloneDxBom(
            "http://cyclonedx.org/schema/bom-1.6.schema.json",
            "CycloneDX",
            "1.6",
            SerialNumber(source, settings, cards),
            1,
            Metadata(source, settings, assemblyRef),
            components,
            services.Count == 0 ? null : services,
            dependencies,
            CycloneDxAttestations.Declarations(modelRefs, source),
            CycloneDxAttestations.Definitions(settings));
        return JsonOutput.Serialize(bom, CycloneDxJsonContext.Default.CycloneDxBom);
    }

    private static CycloneDxMetadata Metadata(CardSource source, PolicySettings settings, string assemblyRef)
    {
        var assemblyProperties = new Properties();
        assemblyProperties.Add("assembly:version", source.AssemblyVersion);
        assemblyProperties.Add("assembly:mvid", source.Mvid.ToString("D"));
        var metadataProperties = new Properties();
        metadataProperties.Add("cardFormatVersion", GeneratorInfo.CardFormatVersion);
        metadataProperties.Add("disclaimer", Disclaimer);
        foreach (var framework in settings.Frameworks)
        {
            metadataProperties.Add("framework", framework.Id);
            metadataProperties.Add("framework:" + framework.Id + ":version", framework.Version);
            metadataProperties.Add("framework:" + framework.Id + ":date", framework.Date);
        }

        return new CycloneDxMetadata(
            source.Date is { } date ? JsonCardWriter.Timestamp(date) : null,
            new[] { new CycloneDxLifecycle("build") },
            new CycloneDxTools(new[]
            {
                new CycloneDxComponent
                {
                    Type = "application",
                    Name = "aicompliance",
                    Version = source.GeneratorVersion,
                    Description = "AiCompliance model-card generator",
                    ExternalReferences = new[] { new CycloneDxExternalReference("documentation", GeneratorInfo.DocumentationUri) },
                },
            }),
            new CycloneDxComponent
            {
                Type = "library",
                BomRef = assemblyRef,
                Name = Text(source.AssemblyName),
                Version = Optional(Version(source.InformationalVersion ?? source.AssemblyVersion)),
                Hashes = new[] { new CycloneDxHash("SHA-256", source.Sha256) },
                Properties = assemblyProperties.ToList(),
            },
            metadataProperties.ToList());
    }

    private static CycloneDxComponent Model(ModelCard card, string modelRef, List<string> datasetRefs)
    {
        var model = card.Model;
        var identity = model.Identity;
        var properties = new Properties();
        var performanceMetrics = new List<CycloneDxPerformanceMetric>();
        var metricIndex = 0;
        foreach (var series in card.Metrics)
        {
            foreach (var result in series.Results)
            {
                performanceMetrics.Add(new CycloneDxPerformanceMetric(
                    Text(series.Metric),
                    Optional(result.Value is { } value ? Numbers.Format(value) : null),
                    Optional(result.Slice),
                    result.ConfidenceLow is not null || result.ConfidenceHigh is not null
                        ? new CycloneDxConfidenceInterval(
                            Optional(result.ConfidenceLow is { } low ? Numbers.Format(low) : null),
                            Optional(result.ConfidenceHigh is { } high ? Numbers.Format(high) : null))
                        : null));
                var prefix = "performanceMetric:" + metricIndex.ToString(CultureInfo.InvariantCulture) + ":";
                properties.Add(prefix + "dataset", result.Dataset);
                properties.Add(prefix + "threshold", result.Threshold is { } threshold ? Numbers.Format(threshold) : null);
                properties.Add(prefix + "higherIsBetter", Bool(result.HigherIsBetter));
                properties.Add(prefix + "meetsThreshold", result.MeetsThreshold is { } meets ? Bool(meets) : null);
                metricIndex++;
            }
        }

        var fairnessAssessments = new List<CycloneDxFairnessAssessment>();
        var fairnessIndex = 0;
        foreach (var fairness in card.Fairness)
        {
            var declaration = fairness.Declaration;
            fairnessAssessments.Add(new CycloneDxFairnessAssessment(
                Optional(GroupAtRisk(fairness)), Optional(Harms(fairness)), Optional(declaration.Mitigation)));
            var prefix = "fairness:" + fairnessIndex.ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "protectedAttribute", declaration.ProtectedAttribute);
            properties.Add(prefix + "metric", declaration.Metric);
            properties.Add(prefix + "value", fairness.Value is { } value ? Numbers.Format(value) : null);
            properties.Add(prefix + "threshold", fairness.Threshold is { } threshold ? Numbers.Format(threshold) : null);
            properties.Add(prefix + "higherIsBetter", Bool(fairness.HigherIsBetter));
            properties.Add(prefix + "meetsThreshold", fairness.MeetsThreshold is { } meets ? Bool(meets) : null);
            properties.Add(prefix + "language", declaration.Language);
            var groupIndex = 0;
            foreach (var group in fairness.Groups)
            {
                var groupPrefix = prefix + "group:" + groupIndex.ToString(CultureInfo.InvariantCulture) + ":";
                properties.Add(groupPrefix + "name", group.Group);
                properties.Add(groupPrefix + "value", group.Value is { } groupValue ? Numbers.Format(groupValue) : null);
                groupIndex++;
            }

            fairnessIndex++;
        }

        var considerations = new CycloneDxConsiderations(
            NonBlank(model.IntendedUse?.Users),
            NonBlank(new[] { model.IntendedUse?.Purpose }),
            NonBlank(model.KnownLimitations.Select(limitation => limitation.Description)),
            model.KnownLimitations
                .Where(limitation => !string.IsNullOrWhiteSpace(limitation.Mitigation))
                .Select(limitation => new CycloneDxRisk(Optional(limitation.Description), Optional(limitation.Mitigation)))
                .ToList(),
            EnvironmentalConsiderations(model.ComputeFootprint),
            fairnessAssessments);

        ModelProperties(card, properties);
        return new CycloneDxComponent
        {
            Type = "machine-learning-model",
            BomRef = modelRef,
            Supplier = string.IsNullOrWhiteSpace(identity?.Provider) ? null : new CycloneDxOrganization(Text(identity!.Provider)),
            Name = Text(card.Id),
            Version = Optional(Version(identity?.Version)),
            Description = Optional(identity?.Description ?? identity?.Name),
            Licenses = Licenses(identity?.License),
            Pedigree = string.IsNullOrWhiteSpace(identity?.BaseModel)
                ? null
                : new CycloneDxPedigree(new[] { new CycloneDxComponent { Type = "machine-learning-model", Name = Text(identity!.BaseModel) } }),
            ModelCard = new CycloneDxModelCard(
                new CycloneDxModelParameters(
                    identity?.Kind is { } kind ? CardDocumentBuilder.Words(EnumText.Name(kind)).ToLowerInvariant() : null,
                    datasetRefs.Select(datasetRef => new CycloneDxReference(datasetRef)).ToList()),
                new CycloneDxQuantitativeAnalysis(performanceMetrics),
                considerations),
            Properties = properties.ToList(),
        };
    }

    private static void ModelProperties(ModelCard card, Properties properties)
    {
        var model = card.Model;
        var identity = model.Identity;
        properties.Insert("model:id", identity?.Id);
        properties.Insert("model:typeName", model.TypeName);
        properties.Insert("model:kind", identity?.Kind is { } kind ? EnumText.Name(kind) : null);

        // Right after the identity, so a consumer that reads one property sees that the card is not a complete record.
        properties.Insert("incomplete", Bool(card.IsIncomplete));
        properties.Insert("disclaimer", Disclaimer);
        // The expected declarations, then those the model makes beyond them that are contradicted (as the JSON card).
        foreach (var entry in card.ExpectedDeclarations.Concat(card.ContradictedBeyondExpected))
        {
            properties.Insert("declaration:" + entry.Id, DeclarationStatuses.Text(entry.Status));
            properties.Insert("declaration:" + entry.Id + ":reason", entry.Reason);
        }

        if (model.RiskProfile is { } risk)
        {
            properties.Add("risk:level", risk.Level is { } level ? EnumText.Name(level) : null);
            foreach (var sector in risk.Sectors)
            {
                properties.Add("risk:sector", EnumText.Name(sector));
            }

            properties.Add("risk:rationale", risk.Rationale);
        }

        properties.Add("risk:treatedAsHighRisk", Bool(RiskContext.For(model).IsHighRisk));
        if (model.IntendedUse is { } use)
        {
            foreach (var item in use.OutOfScope)
            {
                properties.Add("intendedUse:outOfScope", item);
            }
        }

        if (model.HumanOversight is { } oversight)
        {
            properties.Add("oversight:mode", oversight.Mode is { } mode ? EnumText.Name(mode) : null);
            properties.Add("oversight:reviewer", oversight.Reviewer);
            properties.Add("oversight:canOverride", oversight.CanOverride is { } canOverride ? Bool(canOverride) : null);
            properties.Add("oversight:canStop", oversight.CanStop is { } canStop ? Bool(canStop) : null);
            properties.Add("oversight:justification", oversight.Justification);
        }

        if (model.AccountableOwner is { } owner)
        {
            properties.Add("accountableOwner:name", owner.Owner);
            properties.Add("accountableOwner:role", owner.Role);
            properties.Add("accountableOwner:contact", owner.Contact);
        }

        if (model.ImpactAssessment is { } assessment)
        {
            properties.Add("impactAssessment:reference", assessment.Reference);
            properties.Add("impactAssessment:date", assessment.Date);
            properties.Add("impactAssessment:assessedBy", assessment.AssessedBy);
            properties.Add("impactAssessment:summary", assessment.Summary);
        }

        if (model.SecurityAssessment is { } security)
        {
            if (security.Tests is { } tests)
            {
                foreach (var test in JsonCardWriter.SplitFlags(EnumText.Flags(tests)))
                {
                    properties.Add("security:test", test);
                }
            }

            properties.Add("security:date", security.Date);
            properties.Add("security:reference", security.Reference);
            properties.Add("security:performedBy", security.PerformedBy);
            properties.Add("security:findings", security.Findings);
            properties.Add("security:evidence", security.Evidence);
            properties.Add("security:evidenceSha256", security.EvidenceSha256);
        }

        var detailIndex = 0;
        foreach (var detail in card.ResultDetails())
        {
            var prefix = "result:" + (++detailIndex).ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "name", detail.Result);
            properties.Add(prefix + "kind", detail.Kind is { } resultKind ? EnumText.Name(resultKind) : null);
            properties.Add(prefix + "language", detail.Language);
            properties.Add(prefix + "evidence", detail.Evidence);
            properties.Add(prefix + "evidenceSha256", detail.EvidenceSha256);
            properties.Add(prefix + "evidenceCheck", detail.EvidenceCheck);
        }

        if (model.Explainability is { } explainability)
        {
            properties.Add("explainability:method", explainability.Method);
            properties.Add("explainability:description", explainability.Description);
        }

        var disclosureIndex = 0;
        foreach (var disclosure in model.AiDisclosures)
        {
            // The first notice keeps the names it had when a model had one; the others are numbered from 2.
            var prefix = disclosureIndex++ == 0 ? "aiDisclosure:" : "aiDisclosure:" + disclosureIndex.ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "notice", disclosure.Notice);
            properties.Add(prefix + "language", disclosure.Language);
        }

        if (model.ContentProvenance is { } provenance)
        {
            if (provenance.Methods is { } methods)
            {
                foreach (var method in JsonCardWriter.SplitFlags(EnumText.Flags(methods)))
                {
                    properties.Add("contentProvenance:method", method);
                }
            }

            properties.Add("contentProvenance:standard", provenance.Standard);
        }

        if (model.SupportedLanguages is { } languages)
        {
            foreach (var tag in languages.LanguageTags)
            {
                properties.Add("language", tag);
            }
        }

        if (model.DataResidency is { } residency)
        {
            foreach (var region in residency.Regions)
            {
                properties.Add("dataResidency:region", region);
            }
        }

        var transferIndex = 0;
        foreach (var transfer in model.DataTransfers)
        {
            var prefix = "dataTransfer:" + transferIndex.ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "fromRegion", transfer.FromRegion);
            properties.Add(prefix + "toRegion", transfer.ToRegion);
            properties.Add(prefix + "mechanism", transfer.Mechanism);
            properties.Add(prefix + "safeguards", transfer.Safeguards);
            transferIndex++;
        }

        if (model.DecisionLogging is { } logging)
        {
            properties.Add("decisionLogging:description", logging.Description);
            properties.Add("decisionLogging:retentionDays", logging.RetentionDays is { } days ? Numbers.Format(days) : null);
        }

        if (model.Monitoring is { } monitoring)
        {
            properties.Add("monitoring:incidentContact", monitoring.IncidentContact);
            properties.Add("monitoring:driftMonitoring", monitoring.DriftMonitoring is { } drift ? Bool(drift) : null);
            properties.Add("monitoring:reviewIntervalDays", monitoring.ReviewIntervalDays is { } interval ? Numbers.Format(interval) : null);
        }

        foreach (var declarationKind in DeclarationKinds.In(DeclarationScope.Model))
        {
            if (!BespokeKinds.Contains(declarationKind))
            {
                AddGeneric(declarationKind, model, properties);
            }
        }

        foreach (var id in card.UndeclaredDatasetIds)
        {
            properties.Add("undeclaredDataset", id);
        }

        if (model.Code is { } code)
        {
            ObservedProperties(code, properties);
        }

        if (card.RiskAcceptances.Count > 0)
        {
            properties.Add("acceptance:date", card.AcceptancesDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var acceptanceIndex = 0;
            foreach (var acceptance in card.RiskAcceptances)
            {
                var prefix = "acceptance:" + acceptanceIndex.ToString(CultureInfo.InvariantCulture) + ":";
                properties.Add(prefix + "rule", acceptance.RuleId);
                properties.Add(prefix + "ruleTitle", acceptance.RuleTitle);
                properties.Add(prefix + "model", acceptance.Model);
                properties.Add(prefix + "approver", acceptance.Approver);
                properties.Add(prefix + "until", acceptance.Until);
                properties.Add(prefix + "justification", acceptance.Justification);
                properties.Add(prefix + "reference", acceptance.Reference);
                acceptanceIndex++;
            }
        }

        if (card.KnownGaps is { } gaps)
        {
            // The count as check prints it: repeating the property would let a hand-edited count inflate the BOM.
            foreach (var gap in gaps)
            {
                properties.Add("baseline:" + gap.Rule, gap.File + " " + gap.Symbol + (gap.Count == 1 ? "" : " (x" + gap.Count.ToString(CultureInfo.InvariantCulture) + ")"));
            }
        }

        // Deprecated (docs/model-cards.md), kept one more release for existing consumers: the BOM's declarations
        // (claims whose predicate says "declares") replace these properties, whose namespace reads like a verdict.
        foreach (var framework in card.Compliance.Frameworks)
        {
            foreach (var clause in framework.Clauses)
            {
                var prefix = "compliance:" + framework.Framework.Id + ":" + clause.ClauseId;
                properties.Add(prefix, ComplianceMatrix.Text(clause.Status));
                if (clause.ToVerify)
                {
                    properties.Add(prefix + ":toVerify", "true");
                }

                var missing = new StringBuilder();
                foreach (var declaration in clause.Missing)
                {
                    missing.Append(missing.Length == 0 ? "" : ",").Append(declaration.Id);
                }

                if (missing.Length > 0)
                {
                    properties.Add(prefix + ":missing", missing.ToString());
                }

                var notDeclared = new StringBuilder();
                foreach (var declaration in clause.NotDeclared)
                {
                    notDeclared.Append(notDeclared.Length == 0 ? "" : ",").Append(declaration.Declaration.Id);
                }

                if (notDeclared.Length > 0)
                {
                    properties.Add(prefix + ":notDeclared", notDeclared.ToString());
                }
            }
        }
    }

    /// <summary>
    /// The properties a model-level kind without a bespoke layout is written as: <c>aicompliance:&lt;kind&gt;:&lt;property&gt;</c>
    /// (both camel-cased, as the bespoke names are), with <c>&lt;kind&gt;:&lt;n&gt;:</c> per declaration of a repeatable kind,
    /// and one property per value of a list or a [Flags] enum. Internal so tests can push any kind through it.
    /// </summary>
    internal static IReadOnlyList<CycloneDxProperty> GenericProperties(DeclarationKind kind, ModelDeclarations model)
    {
        var properties = new Properties();
        AddGeneric(kind, model, properties);
        return properties.ToList() ?? new List<CycloneDxProperty>();
    }

    private static void AddGeneric(DeclarationKind kind, ModelDeclarations model, Properties properties)
    {
        var index = 0;
        foreach (var declaration in kind.In(model))
        {
            var prefix = CamelCase(kind.ShortName) + ":" + (kind.Repeatable ? index.ToString(CultureInfo.InvariantCulture) + ":" : "");
            foreach (var property in kind.Properties)
            {
                foreach (var value in RegistryValues.Texts(property, declaration))
                {
                    properties.Add(prefix + CamelCase(property.Name), value);
                }
            }

            index++;
        }
    }

    /// <summary>
    /// The model names and tools the model's code was seen to use, each once (<see cref="ObservedEvidence"/>), with
    /// every place it is in. Properties of the model rather than components of their own: a model name the code passes
    /// is how the model is called, not another model, and a tool is code of this assembly exposed to the model, not a
    /// component it depends on. The endpoints are services (<see cref="Services"/>).
    /// </summary>
    private static void ObservedProperties(ModelCodeEvidence code, Properties properties)
    {
        properties.Add("observedInCode:note", ObservedEvidence.Note);
        if (!code.IsFullyRead)
        {
            // Entries of a newer package that this version cannot read: the lists below are not everything the build saw.
            properties.Add("observedInCode:unreadEntries", code.UnreadEntries.ToString(CultureInfo.InvariantCulture));
        }

        var index = 0;
        foreach (var name in ObservedEvidence.ModelNames(code))
        {
            var prefix = "observedInCode:modelName:" + index++.ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "value", name.Value);
            properties.Add(prefix + "constant", Bool(name.Value is not null));
            properties.Add(prefix + "kind", ObservedEvidence.KindText(name.Kind));
            foreach (var api in name.Apis)
            {
                properties.Add(prefix + "api", api);
            }

            foreach (var position in name.Positions)
            {
                properties.Add(prefix + "at", position);
            }
        }

        index = 0;
        foreach (var tool in ObservedEvidence.Tools(code))
        {
            var prefix = "observedInCode:tool:" + index++.ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "name", tool.Name);
            properties.Add(prefix + "exposedBy", tool.Source.ToString());
            properties.Add(prefix + "approval", ObservedInCode.Text(tool.Approval));
            foreach (var position in tool.Positions)
            {
                properties.Add(prefix + "at", position);
            }
        }
    }

    /// <summary>
    /// One service per distinct endpoint the model's code sends data to (<see cref="ObservedEvidence"/>). The trust
    /// boundary and zone say only what the host table knows: a loopback host keeps the data on the machine (inside,
    /// <c>on-premises</c>); a host the table places in a provider's region is another organisation's (crossing,
    /// <c>external</c>); an unknown host or a URI that is not constant could be either, so both are left out.
    /// </summary>
    private static List<CycloneDxService> Services(ModelCard card, ModelCodeEvidence code)
    {
        var services = new List<CycloneDxService>();
        foreach (var endpoint in ObservedEvidence.Endpoints(code))
        {
            var properties = new Properties();
            properties.Add("observedInCode:note", ObservedEvidence.Note);
            properties.Add("endpoint:model", card.Model.DisplayId);
            var uri = EndpointUri(endpoint.Value);
            if (endpoint.Value is not null && !string.Equals(uri, endpoint.Value, StringComparison.Ordinal))
            {
                properties.Add("endpoint:uri", endpoint.Value);
            }

            properties.Add("endpoint:constant", Bool(endpoint.Value is not null));
            if (endpoint.Value is null)
            {
                properties.Add("endpoint:constantNote", "The endpoint URI is not a compile-time constant: the code does not tell where it sends data.");
            }

            properties.Add("endpoint:host", endpoint.Host);
            properties.Add("endpoint:location", ObservedInCode.Text(endpoint.Location));
            foreach (var region in endpoint.Regions)
            {
                properties.Add("endpoint:region", region);
            }

            foreach (var api in endpoint.Apis)
            {
                properties.Add("endpoint:api", api);
            }

            foreach (var position in endpoint.Positions)
            {
                properties.Add("endpoint:at", position);
            }

            bool? crossesBoundary = endpoint.Location switch
            {
                EndpointLocation.OnPremises => false,
                EndpointLocation.Region => true,
                _ => null,
            };
            services.Add(new CycloneDxService
            {
                BomRef = "service:" + card.FileName + ":" + (services.Count + 1).ToString(CultureInfo.InvariantCulture),
                Name = Text(endpoint.Host ?? (endpoint.Value is null ? "endpoint (not constant)" : "endpoint (no host)")),
                Description = Text("An endpoint the code of model " + card.Model.DisplayId + " sends requests to, as observed in code."),
                Endpoints = uri is null ? null : new[] { Escaping.Clean(uri) },
                TrustBoundary = crossesBoundary,
                TrustZone = crossesBoundary switch { false => "on-premises", true => "external", _ => null },
                Data = new[]
                {
                    // A model call sends a request and receives the model's output; what the request holds is not
                    // something the code evidence classifies.
                    new CycloneDxServiceData("bi-directional", "unknown", "Model requests and responses", "What the code sends to the endpoint and receives from it; the code evidence does not classify it."),
                },
                Properties = properties.ToList(),
            });
        }

        return services;
    }

    /// <summary>
    /// The URI for <c>endpoints</c>: as written when it is a well-formed absolute URI, else its escaped form (quotes,
    /// angle brackets and spaces percent-encoded, so the BOM holds a valid IRI); none when it is not an absolute URI with
    /// a host. The text as written then goes to <c>aicompliance:endpoint:uri</c>.
    /// </summary>
    private static string? EndpointUri(string? value)
    {
        if (value is null || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return Uri.IsWellFormedUriString(value, UriKind.Absolute) ? value : uri.AbsoluteUri;
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static CycloneDxEnvironmentalConsiderations? EnvironmentalConsiderations(ComputeFootprintDeclaration? footprint)
    {
        if (footprint is null)
        {
            return null;
        }

        var energy = Numbers.Finite(footprint.TrainingEnergyKWh);
        var co2 = Numbers.Finite(footprint.Co2eKg);
        var properties = new Properties();
        properties.Add("compute:hardware", footprint.Hardware);
        properties.Add("compute:region", footprint.Region);
        properties.Add("compute:co2eKg", co2 is { } emissions ? Numbers.Format(emissions) : null);

        // CycloneDX requires an energy cost for an energy consumption entry; emissions alone go to properties.
        var consumptions = energy is { } kWh
            ? new[]
            {
                new CycloneDxEnergyConsumption(
                    "training",
                    Array.Empty<CycloneDxOrganization>(),
                    new CycloneDxMeasure(kWh, "kWh"),
                    co2 is { } kg ? new CycloneDxMeasure(kg / 1000.0, "tCO2eq") : null),
            }
            : null;
        return new CycloneDxEnvironmentalConsiderations(consumptions, properties.ToList());
    }

    private static CycloneDxComponent Data(DatasetDeclaration dataset, string bomRef)
    {
        var properties = new Properties();
        properties.Add("dataset:id", dataset.Id);
        properties.Add("dataset:name", dataset.Name);
        properties.Add("dataset:source", dataset.Source);
        properties.Add("dataset:url", dataset.Url);
        properties.Add("dataset:collectionMethod", dataset.CollectionMethod);
        properties.Add("dataset:personalData", dataset.PersonalData is { } personal ? EnumText.Name(personal) : null);
        properties.Add("dataset:legalBasis", dataset.LegalBasis);
        foreach (var region in dataset.Regions)
        {
            properties.Add("dataset:region", region);
        }

        foreach (var language in dataset.Languages)
        {
            properties.Add("dataset:language", language);
        }

        properties.Add("dataset:knownBias", dataset.KnownBias);

        var sensitiveData = dataset.PersonalData is { } kind && dataset.HoldsPersonalData
            ? new[]
            {
                Escaping.Clean(CardDocumentBuilder.Words(EnumText.Name(kind)) + " personal data"
                    + (string.IsNullOrWhiteSpace(dataset.LegalBasis) ? "; no legal basis declared" : "; legal basis: " + dataset.LegalBasis)),
            }
            : null;

        // The declared source (the system, vendor or public body the data comes from) is its owner for governance.
        var governance = string.IsNullOrWhiteSpace(dataset.Source)
            ? null
            : new CycloneDxDataGovernance(new[] { new CycloneDxDataOwner(new CycloneDxOrganization(Text(dataset.Source))) });
        return new CycloneDxComponent
        {
            Type = "data",
            BomRef = bomRef,
            Name = Text(string.IsNullOrEmpty(dataset.Id) ? "(no id)" : dataset.Id),
            Version = Optional(Version(dataset.Version)),
            Description = Optional(dataset.Description ?? dataset.Name),
            Licenses = Licenses(dataset.License),
            Data = new[]
            {
                new CycloneDxData(
                    "dataset",
                    Optional(dataset.Name ?? dataset.Id),
                    IsHttpUrl(dataset.Url) ? new CycloneDxDataContents(dataset.Url!) : null,
                    dataset.PersonalData is { } classification ? EnumText.Name(classification) : null,
                    sensitiveData,
                    Optional(dataset.Description),
                    governance),
            },
            Properties = properties.ToList(),
        };
    }

    private static CycloneDxLicenseChoice[]? Licenses(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            return null;
        }

        var text = license!.Trim();

        // Not an SPDX expression: CycloneDX takes free text as a named licence.
        var choice = LicenseExpression.IsMatch(text)
            ? new CycloneDxLicenseChoice(text, null)
            : new CycloneDxLicenseChoice(null, new CycloneDxLicense(Text(text)));
        return new[] { choice };
    }

    private static string? GroupAtRisk(FairnessResult fairness)
    {
        var groups = new List<string>();
        foreach (var group in fairness.Groups)
        {
            if (!string.IsNullOrWhiteSpace(group.Group))
            {
                groups.Add(group.Group!);
            }
        }

        var attribute = fairness.Declaration.ProtectedAttribute;
        if (groups.Count == 0)
        {
            return attribute;
        }

        return (attribute ?? "groups") + ": " + string.Join(", ", groups);
    }

    private static string? Harms(FairnessResult fairness)
    {
        if (fairness.Value is not { } value)
        {
            return null;
        }

        var text = (fairness.Declaration.Metric ?? "disparity") + " = " + Numbers.Format(value);
        if (fairness.Threshold is { } threshold)
        {
            text += " (threshold " + Numbers.Format(threshold) + ", " + (fairness.HigherIsBetter ? "higher" : "lower") + " is better: "
                + (fairness.MeetsThreshold == true ? "within" : "outside") + " the threshold)";
        }

        return text;
    }

    private static string SerialNumber(CardSource source, PolicySettings settings, IReadOnlyList<ModelCard> cards)
    {
        // Deterministic: the same assembly, generator version, frameworks and date give the same BOM, so the same serial.
        var name = new StringBuilder();
        name.Append(source.Mvid.ToString("D")).Append('\n').Append(source.Sha256).Append('\n').Append(source.GeneratorVersion).Append('\n');
        foreach (var framework in settings.Frameworks)
        {
            name.Append(framework.Id).Append(',');
        }

        name.Append('\n').Append(source.Date is { } date ? JsonCardWriter.Timestamp(date) : "");

        // Undated BOMs that list risk acceptances depend on the day they were written (which acceptances are active):
        // that day is part of their identity. BOMs without acceptances keep the serial they always had.
        foreach (var card in cards)
        {
            if (card.RiskAcceptances.Count > 0)
            {
                name.Append('\n').Append("acceptances ").Append(card.AcceptancesDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            }
        }

        return "urn:uuid:" + NameBasedUuid(SerialNamespace, Encoding.UTF8.GetBytes(name.ToString()));
    }

    /// <summary>An RFC 4122 version-5 (SHA-1, name-based) UUID, lowercase.</summary>
    internal static string NameBasedUuid(Guid ns, byte[] name)
    {
        var namespaceBytes = NetworkOrder(ns);
        var input = new byte[namespaceBytes.Length + name.Length];
        Buffer.BlockCopy(namespaceBytes, 0, input, 0, namespaceBytes.Length);
        Buffer.BlockCopy(name, 0, input, namespaceBytes.Length, name.Length);
        byte[] hash;
#pragma warning disable CA5350 // RFC 4122 defines version 5 with SHA-1; it identifies, it does not protect.
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(input);
        }
#pragma warning restore CA5350
        var uuid = new byte[16];
        Array.Copy(hash, uuid, 16);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        var hex = Hex.Lower(uuid);
        return hex.Substring(0, 8) + "-" + hex.Substring(8, 4) + "-" + hex.Substring(12, 4) + "-" + hex.Substring(16, 4) + "-" + hex.Substring(20, 12);
    }

    private static byte[] NetworkOrder(Guid guid)
    {
        // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes the big-endian form.
        var bytes = guid.ToByteArray();
        Array.Reverse(bytes, 0, 4);
        Array.Reverse(bytes, 4, 2);
        Array.Reverse(bytes, 6, 2);
        return bytes;
    }

    private static bool IsHttpUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url)
        && url!.IndexOf(' ') < 0
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && url.Trim().Length == url.Length;

    /// <summary>The items that are not blank, cleaned; none (or no list) is [].</summary>
    private static List<string> NonBlank(IEnumerable<string?>? items) =>
        items is null
            ? new List<string>()
            : items.Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => Escaping.Clean(item!)).ToList();

    // Declaration text may hold lone surrogates, which UTF-8 cannot carry.
    private static string? Text(string? text) => text is null ? null : Escaping.Clean(text);

    /// <summary>Text for a property the schema does not allow empty: unset or empty text leaves it out.</summary>
    private static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : Escaping.Clean(text!);

    /// <summary>CycloneDX caps versions at 1024 characters; a longer declared version is cut there.</summary>
    private static string? Version(string? version) => version is { Length: > 1024 } ? version.Substring(0, 1024) : version;

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>CycloneDX properties under the aicompliance: namespace; unset values are left out.</summary>
    private sealed class Properties
    {
        private readonly List<KeyValuePair<string, string>> _items = new();
        private int _inserted;

        public void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _items.Add(new KeyValuePair<string, string>(PropertyNamespace + name, value!));
            }
        }

        /// <summary>Adds before everything added with <see cref="Add"/> (identity first, whatever the write order).</summary>
        public void Insert(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _items.Insert(_inserted++, new KeyValuePair<string, string>(PropertyNamespace + name, value!));
            }
        }

        /// <summary>The properties, or null when there are none (the BOM then leaves the array out).</summary>
        public List<CycloneDxProperty>? ToList() =>
            _items.Count == 0 ? null : _items.Select(item => new CycloneDxProperty(Escaping.Clean(item.Key), Escaping.Clean(item.Value))).ToList();
    }
}
