using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AiCompliance.ModelCards.Cards;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Requirements;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes one CycloneDX 1.6 BOM per assembly: the assembly as the BOM's subject, a <c>machine-learning-model</c>
/// component with a <c>modelCard</c> per model, and a <c>data</c> component per declared dataset. What CycloneDX has
/// no field for goes into properties named under <see cref="PropertyNamespace"/> (listed in docs/model-cards.md).
/// </summary>
public static class CycloneDxWriter
{
    /// <summary>The prefix of every property this generator writes.</summary>
    public const string PropertyNamespace = "aicompliance:";

    // RFC 4122 name-based UUIDs need a namespace; this one is AiCompliance's own, fixed forever.
    private static readonly Guid SerialNamespace = new("4d1c2a6e-8f3b-5a17-9c2d-6e0b7a9f1c35");

    private static readonly Regex LicenseExpression = new(@"^[A-Za-z0-9.+\-:() ]+$", RegexOptions.CultureInvariant);

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

        using var json = new JsonOutput();
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        w.WriteString("bomFormat", "CycloneDX");
        w.WriteString("specVersion", "1.6");
        w.WriteString("serialNumber", SerialNumber(source, settings, cards));
        w.WriteNumber("version", 1);

        w.WriteStartObject("metadata");
        if (source.Date is { } date)
        {
            w.WriteString("timestamp", JsonCardWriter.Timestamp(date));
        }

        w.WriteStartArray("lifecycles");
        w.WriteStartObject();
        w.WriteString("phase", "build");
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("tools");
        w.WriteStartArray("components");
        w.WriteStartObject();
        w.WriteString("type", "application");
        w.WriteString("name", "aicompliance");
        w.WriteString("version", source.GeneratorVersion);
        w.WriteString("description", "AiCompliance model-card generator");
        w.WriteStartArray("externalReferences");
        w.WriteStartObject();
        w.WriteString("type", "documentation");
        w.WriteString("url", GeneratorInfo.DocumentationUri);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("component");
        w.WriteString("type", "library");
        w.WriteString("bom-ref", assemblyRef);
        json.String("name", source.AssemblyName);
        json.OptionalString("version", Version(source.InformationalVersion ?? source.AssemblyVersion));
        w.WriteStartArray("hashes");
        w.WriteStartObject();
        w.WriteString("alg", "SHA-256");
        w.WriteString("content", source.Sha256);
        w.WriteEndObject();
        w.WriteEndArray();
        var assemblyProperties = new Properties();
        assemblyProperties.Add("assembly:version", source.AssemblyVersion);
        assemblyProperties.Add("assembly:mvid", source.Mvid.ToString("D"));
        assemblyProperties.Write(json);
        w.WriteEndObject();

        var metadataProperties = new Properties();
        metadataProperties.Add("cardFormatVersion", GeneratorInfo.CardFormatVersion);
        foreach (var framework in settings.Frameworks)
        {
            metadataProperties.Add("framework", framework.Id);
            metadataProperties.Add("framework:" + framework.Id + ":version", framework.Version);
            metadataProperties.Add("framework:" + framework.Id + ":date", framework.Date);
        }

        metadataProperties.Write(json);
        w.WriteEndObject();

        w.WriteStartArray("components");
        var modelRefs = new List<(string Ref, List<string> DependsOn)>();
        foreach (var card in cards)
        {
            var modelRef = "model:" + card.FileName;
            var uses = new List<string>();
            foreach (var dataset in card.AllDatasets)
            {
                if (dataset.Id is { } id && datasetRefs.TryGetValue(id, out var datasetRef) && !uses.Contains(datasetRef))
                {
                    uses.Add(datasetRef);
                }
            }

            modelRefs.Add((modelRef, uses));
            Model(json, card, modelRef, uses);
        }

        foreach (var (dataset, bomRef) in datasetList)
        {
            Data(json, dataset, bomRef);
        }

        w.WriteEndArray();

        w.WriteStartArray("dependencies");
        w.WriteStartObject();
        w.WriteString("ref", assemblyRef);
        w.WriteStartArray("dependsOn");
        foreach (var (modelRef, _) in modelRefs)
        {
            w.WriteStringValue(modelRef);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        foreach (var (modelRef, uses) in modelRefs)
        {
            w.WriteStartObject();
            w.WriteString("ref", modelRef);
            w.WriteStartArray("dependsOn");
            foreach (var datasetRef in uses)
            {
                w.WriteStringValue(datasetRef);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        // Datasets have no dependencies of their own; CycloneDX asks for them to be listed with an empty dependsOn.
        foreach (var (_, datasetRef) in datasetList)
        {
            w.WriteStartObject();
            w.WriteString("ref", datasetRef);
            w.WriteStartArray("dependsOn");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return json.ToBytes();
    }

    private static void Model(JsonOutput json, ModelCard card, string modelRef, List<string> datasetRefs)
    {
        var w = json.Writer;
        var model = card.Model;
        var identity = model.Identity;
        w.WriteStartObject();
        w.WriteString("type", "machine-learning-model");
        w.WriteString("bom-ref", modelRef);
        if (!string.IsNullOrWhiteSpace(identity?.Provider))
        {
            w.WriteStartObject("supplier");
            json.String("name", identity!.Provider);
            w.WriteEndObject();
        }

        json.String("name", card.Id);
        json.OptionalString("version", Version(identity?.Version));
        json.OptionalString("description", identity?.Description ?? identity?.Name);
        Licenses(json, identity?.License);
        if (!string.IsNullOrWhiteSpace(identity?.BaseModel))
        {
            w.WriteStartObject("pedigree");
            w.WriteStartArray("ancestors");
            w.WriteStartObject();
            w.WriteString("type", "machine-learning-model");
            json.String("name", identity!.BaseModel);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteStartObject("modelCard");
        w.WriteStartObject("modelParameters");
        if (identity?.Kind is { } kind)
        {
            w.WriteString("task", CardDocumentBuilder.Words(EnumText.Name(kind)).ToLowerInvariant());
        }

        w.WriteStartArray("datasets");
        foreach (var datasetRef in datasetRefs)
        {
            w.WriteStartObject();
            w.WriteString("ref", datasetRef);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        var properties = new Properties();
        w.WriteStartObject("quantitativeAnalysis");
        w.WriteStartArray("performanceMetrics");
        var metricIndex = 0;
        foreach (var series in card.Metrics)
        {
            foreach (var result in series.Results)
            {
                w.WriteStartObject();
                json.String("type", series.Metric);
                json.OptionalString("value", result.Value is { } value ? Numbers.Format(value) : null);
                json.OptionalString("slice", result.Slice);
                if (result.ConfidenceLow is not null || result.ConfidenceHigh is not null)
                {
                    w.WriteStartObject("confidenceInterval");
                    json.OptionalString("lowerBound", result.ConfidenceLow is { } low ? Numbers.Format(low) : null);
                    json.OptionalString("upperBound", result.ConfidenceHigh is { } high ? Numbers.Format(high) : null);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                var prefix = "performanceMetric:" + metricIndex.ToString(CultureInfo.InvariantCulture) + ":";
                properties.Add(prefix + "dataset", result.Dataset);
                properties.Add(prefix + "threshold", result.Threshold is { } threshold ? Numbers.Format(threshold) : null);
                properties.Add(prefix + "higherIsBetter", Bool(result.HigherIsBetter));
                properties.Add(prefix + "meetsThreshold", result.MeetsThreshold is { } meets ? Bool(meets) : null);
                metricIndex++;
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("considerations");
        json.StringArray("users", NonBlank(model.IntendedUse?.Users));
        json.StringArray("useCases", NonBlank(new[] { model.IntendedUse?.Purpose }));
        var limitations = new List<string?>();
        var ethical = new List<KnownLimitationDeclaration>();
        foreach (var limitation in model.KnownLimitations)
        {
            limitations.Add(limitation.Description);
            if (!string.IsNullOrWhiteSpace(limitation.Mitigation))
            {
                ethical.Add(limitation);
            }
        }

        json.StringArray("technicalLimitations", NonBlank(limitations));
        w.WriteStartArray("ethicalConsiderations");
        foreach (var limitation in ethical)
        {
            w.WriteStartObject();
            json.OptionalString("name", limitation.Description);
            json.OptionalString("mitigationStrategy", limitation.Mitigation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        EnvironmentalConsiderations(json, model.ComputeFootprint);
        w.WriteStartArray("fairnessAssessments");
        var fairnessIndex = 0;
        foreach (var fairness in card.Fairness)
        {
            var declaration = fairness.Declaration;
            w.WriteStartObject();
            json.OptionalString("groupAtRisk", GroupAtRisk(fairness));
            json.OptionalString("harms", Harms(fairness));
            json.OptionalString("mitigationStrategy", declaration.Mitigation);
            w.WriteEndObject();
            var prefix = "fairness:" + fairnessIndex.ToString(CultureInfo.InvariantCulture) + ":";
            properties.Add(prefix + "protectedAttribute", declaration.ProtectedAttribute);
            properties.Add(prefix + "metric", declaration.Metric);
            properties.Add(prefix + "value", fairness.Value is { } value ? Numbers.Format(value) : null);
            properties.Add(prefix + "threshold", fairness.Threshold is { } threshold ? Numbers.Format(threshold) : null);
            properties.Add(prefix + "higherIsBetter", Bool(fairness.HigherIsBetter));
            properties.Add(prefix + "meetsThreshold", fairness.MeetsThreshold is { } meets ? Bool(meets) : null);
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

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        ModelProperties(card, properties);
        properties.Write(json);
        w.WriteEndObject();
    }

    private static void ModelProperties(ModelCard card, Properties properties)
    {
        var model = card.Model;
        var identity = model.Identity;
        properties.Insert("model:id", identity?.Id);
        properties.Insert("model:typeName", model.TypeName);
        properties.Insert("model:kind", identity?.Kind is { } kind ? EnumText.Name(kind) : null);
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
        }

        if (model.Explainability is { } explainability)
        {
            properties.Add("explainability:method", explainability.Method);
            properties.Add("explainability:description", explainability.Description);
        }

        properties.Add("aiDisclosure:notice", model.AiDisclosure?.Notice);
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

        foreach (var id in card.UndeclaredDatasetIds)
        {
            properties.Add("undeclaredDataset", id);
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
            }
        }
    }

    private static void EnvironmentalConsiderations(JsonOutput json, ComputeFootprintDeclaration? footprint)
    {
        if (footprint is null)
        {
            return;
        }

        var w = json.Writer;
        var energy = Numbers.Finite(footprint.TrainingEnergyKWh);
        var co2 = Numbers.Finite(footprint.Co2eKg);
        w.WriteStartObject("environmentalConsiderations");
        if (energy is { } kWh)
        {
            // CycloneDX requires an energy cost for an energy consumption entry; emissions alone go to properties.
            w.WriteStartArray("energyConsumptions");
            w.WriteStartObject();
            w.WriteString("activity", "training");
            w.WriteStartArray("energyProviders");
            w.WriteEndArray();
            w.WriteStartObject("activityEnergyCost");
            w.WriteNumber("value", kWh);
            w.WriteString("unit", "kWh");
            w.WriteEndObject();
            if (co2 is { } kg)
            {
                w.WriteStartObject("co2CostEquivalent");
                w.WriteNumber("value", kg / 1000.0);
                w.WriteString("unit", "tCO2eq");
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        var properties = new Properties();
        properties.Add("compute:hardware", footprint.Hardware);
        properties.Add("compute:region", footprint.Region);
        properties.Add("compute:co2eKg", co2 is { } emissions ? Numbers.Format(emissions) : null);
        properties.Write(json);
        w.WriteEndObject();
    }

    private static void Data(JsonOutput json, DatasetDeclaration dataset, string bomRef)
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("type", "data");
        w.WriteString("bom-ref", bomRef);
        json.String("name", string.IsNullOrEmpty(dataset.Id) ? "(no id)" : dataset.Id);
        json.OptionalString("version", Version(dataset.Version));
        json.OptionalString("description", dataset.Description ?? dataset.Name);
        Licenses(json, dataset.License);
        w.WriteStartArray("data");
        w.WriteStartObject();
        w.WriteString("type", "dataset");
        json.OptionalString("name", dataset.Name ?? dataset.Id);
        if (IsHttpUrl(dataset.Url))
        {
            w.WriteStartObject("contents");
            w.WriteString("url", dataset.Url);
            w.WriteEndObject();
        }

        if (dataset.PersonalData is { } kind)
        {
            w.WriteString("classification", EnumText.Name(kind));
            if (dataset.HoldsPersonalData)
            {
                w.WriteStartArray("sensitiveData");
                json.StringValue(CardDocumentBuilder.Words(EnumText.Name(kind)) + " personal data"
                    + (string.IsNullOrWhiteSpace(dataset.LegalBasis) ? "; no legal basis declared" : "; legal basis: " + dataset.LegalBasis));
                w.WriteEndArray();
            }
        }

        json.OptionalString("description", dataset.Description);
        if (!string.IsNullOrWhiteSpace(dataset.Source))
        {
            // The declared source (the system, vendor or public body the data comes from) is its owner for governance.
            w.WriteStartObject("governance");
            w.WriteStartArray("owners");
            w.WriteStartObject();
            w.WriteStartObject("organization");
            json.String("name", dataset.Source);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndArray();

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
        properties.Write(json);
        w.WriteEndObject();
    }

    private static void Licenses(JsonOutput json, string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            return;
        }

        var w = json.Writer;
        var text = license!.Trim();
        w.WriteStartArray("licenses");
        w.WriteStartObject();
        if (LicenseExpression.IsMatch(text))
        {
            w.WriteString("expression", text);
        }
        else
        {
            // Not an SPDX expression: CycloneDX takes free text as a named licence.
            w.WriteStartObject("license");
            json.String("name", text);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndArray();
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

    private static IEnumerable<string?> NonBlank(IEnumerable<string?>? items)
    {
        if (items is null)
        {
            yield break;
        }

        foreach (var item in items)
        {
            if (!string.IsNullOrWhiteSpace(item))
            {
                yield return item;
            }
        }
    }

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

        public void Write(JsonOutput json)
        {
            if (_items.Count == 0)
            {
                return;
            }

            json.Writer.WriteStartArray("properties");
            foreach (var item in _items)
            {
                json.Writer.WriteStartObject();
                json.Writer.WriteString("name", Escaping.Clean(item.Key));
                json.Writer.WriteString("value", Escaping.Clean(item.Value));
                json.Writer.WriteEndObject();
            }

            json.Writer.WriteEndArray();
        }
    }
}
