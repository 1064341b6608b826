using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiCompliance.ModelCards.Cards;
using AiCompliance.Policy;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// Writes a card as JSON following the project's schema (docs/schema/model-card.schema.json, <c>schemaVersion</c>
/// <see cref="GeneratorInfo.CardFormatVersion"/>). Every key is always present; what a model does not declare is null
/// (or an empty array), so consumers can tell "not declared" from "not part of this format".
/// </summary>
public static class JsonCardWriter
{
    private static readonly string[] FlagSeparator = { ", " };

    /// <summary>The card as UTF-8 JSON bytes.</summary>
    public static byte[] Write(ModelCard card)
    {
        using var json = new JsonOutput();
        var w = json.Writer;
        var model = card.Model;
        w.WriteStartObject();
        w.WriteString("$schema", GeneratorInfo.JsonSchemaUri);
        w.WriteString("schemaVersion", GeneratorInfo.CardFormatVersion);
        w.WriteStartObject("generator");
        w.WriteString("name", GeneratorInfo.Name);
        w.WriteString("version", card.Source.GeneratorVersion);
        w.WriteEndObject();
        json.String("date", card.Source.Date is { } date ? Timestamp(date) : null);

        w.WriteStartObject("source");
        json.String("assembly", card.Source.AssemblyName);
        json.String("assemblyVersion", card.Source.AssemblyVersion);
        json.String("informationalVersion", card.Source.InformationalVersion);
        w.WriteString("sha256", card.Source.Sha256);
        w.WriteString("mvid", card.Source.Mvid.ToString("D"));
        json.String("typeName", model.TypeName);
        w.WriteEndObject();

        var identity = model.Identity;
        w.WriteStartObject("model");
        json.String("id", card.Id);
        json.String("name", identity?.Name);
        json.String("version", identity?.Version);
        json.String("kind", identity?.Kind is { } kind ? EnumText.Name(kind) : null);
        json.String("provider", identity?.Provider);
        json.String("baseModel", identity?.BaseModel);
        json.String("license", identity?.License);
        json.String("description", identity?.Description);
        w.WriteEndObject();

        if (model.RiskProfile is { } risk)
        {
            w.WriteStartObject("risk");
            json.String("level", risk.Level is { } level ? EnumText.Name(level) : null);
            w.WriteStartArray("sectors");
            foreach (var sector in risk.Sectors)
            {
                w.WriteStringValue(EnumText.Name(sector));
            }

            w.WriteEndArray();
            json.String("rationale", risk.Rationale);
            w.WriteBoolean("treatedAsHighRisk", Policy.Requirements.RiskContext.For(model).IsHighRisk);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("risk");
        }

        if (model.IntendedUse is { } use)
        {
            w.WriteStartObject("intendedUse");
            json.String("purpose", use.Purpose);
            json.StringArray("users", use.Users);
            json.StringArray("outOfScope", use.OutOfScope);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("intendedUse");
        }

        w.WriteStartArray("knownLimitations");
        foreach (var limitation in model.KnownLimitations)
        {
            w.WriteStartObject();
            json.String("description", limitation.Description);
            json.String("mitigation", limitation.Mitigation);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        Optional(json, "impactAssessment", model.ImpactAssessment, a =>
        {
            json.String("reference", a.Reference);
            json.String("date", a.Date);
            json.String("assessedBy", a.AssessedBy);
            json.String("summary", a.Summary);
        });
        Optional(json, "humanOversight", model.HumanOversight, o =>
        {
            json.String("mode", o.Mode is { } mode ? EnumText.Name(mode) : null);
            json.String("reviewer", o.Reviewer);
            json.Boolean("canOverride", o.CanOverride);
            json.Boolean("canStop", o.CanStop);
            json.String("justification", o.Justification);
        });
        Optional(json, "accountableOwner", model.AccountableOwner, o =>
        {
            json.String("owner", o.Owner);
            json.String("contact", o.Contact);
            json.String("role", o.Role);
        });

        w.WriteStartObject("training");
        json.StringArray("datasetIds", model.TrainedOn?.DatasetIds);
        json.StringArray("undeclaredDatasetIds", card.UndeclaredDatasetIds);
        w.WriteEndObject();

        w.WriteStartArray("datasets");
        foreach (var dataset in card.AllDatasets)
        {
            w.WriteStartObject();
            Dataset(json, dataset);
            w.WriteStartArray("usedFor");
            if (card.TrainingDatasets.Contains(dataset))
            {
                w.WriteStringValue("training");
            }

            if (card.EvaluationDatasets.Contains(dataset))
            {
                w.WriteStringValue("evaluation");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("evaluations");
        foreach (var series in card.Metrics)
        {
            w.WriteStartObject();
            json.String("metric", series.Metric);
            w.WriteBoolean("higherIsBetter", series.HigherIsBetter);
            w.WriteStartArray("results");
            foreach (var result in series.Results)
            {
                w.WriteStartObject();
                json.Number("value", result.Value);
                json.String("dataset", result.Dataset);
                json.String("slice", result.Slice);
                json.Number("threshold", result.Threshold);
                json.Number("confidenceLow", result.ConfidenceLow);
                json.Number("confidenceHigh", result.ConfidenceHigh);
                w.WriteBoolean("higherIsBetter", result.HigherIsBetter);
                json.Boolean("meetsThreshold", result.MeetsThreshold);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("fairnessAssessments");
        foreach (var fairness in card.Fairness)
        {
            var declaration = fairness.Declaration;
            w.WriteStartObject();
            json.String("protectedAttribute", declaration.ProtectedAttribute);
            json.String("metric", declaration.Metric);
            json.Number("value", fairness.Value);
            json.Number("threshold", fairness.Threshold);
            w.WriteBoolean("higherIsBetter", fairness.HigherIsBetter);
            json.Boolean("meetsThreshold", fairness.MeetsThreshold);
            w.WriteStartArray("groups");
            foreach (var group in fairness.Groups)
            {
                w.WriteStartObject();
                json.String("group", group.Group);
                json.Number("value", group.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            json.String("mitigation", declaration.Mitigation);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        Optional(json, "securityAssessment", model.SecurityAssessment, s =>
        {
            FlagArray(json, "tests", s.Tests is { } tests ? EnumText.Flags(tests) : null);
            json.String("date", s.Date);
            json.String("reference", s.Reference);
            json.String("findings", s.Findings);
            json.String("performedBy", s.PerformedBy);
        });
        Optional(json, "explainability", model.Explainability, e =>
        {
            json.String("method", e.Method);
            json.String("description", e.Description);
        });
        Optional(json, "aiDisclosure", model.AiDisclosure, d => json.String("notice", d.Notice));
        Optional(json, "contentProvenance", model.ContentProvenance, p =>
        {
            FlagArray(json, "methods", p.Methods is { } methods ? EnumText.Flags(methods) : null);
            json.String("standard", p.Standard);
        });
        Optional(json, "supportedLanguages", model.SupportedLanguages, l => json.StringArray("languageTags", l.LanguageTags));
        Optional(json, "dataResidency", model.DataResidency, r => json.StringArray("regions", r.Regions));
        w.WriteStartArray("dataTransfers");
        foreach (var transfer in model.DataTransfers)
        {
            w.WriteStartObject();
            json.String("fromRegion", transfer.FromRegion);
            json.String("toRegion", transfer.ToRegion);
            json.String("mechanism", transfer.Mechanism);
            json.String("safeguards", transfer.Safeguards);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Optional(json, "decisionLogging", model.DecisionLogging, l =>
        {
            json.String("description", l.Description);
            json.Integer("retentionDays", l.RetentionDays);
        });
        Optional(json, "monitoring", model.Monitoring, m =>
        {
            json.String("incidentContact", m.IncidentContact);
            json.Boolean("driftMonitoring", m.DriftMonitoring);
            json.Integer("reviewIntervalDays", m.ReviewIntervalDays);
        });
        Optional(json, "computeFootprint", model.ComputeFootprint, c =>
        {
            json.Number("trainingEnergyKWh", c.TrainingEnergyKWh);
            json.Number("co2eKg", c.Co2eKg);
            json.String("hardware", c.Hardware);
            json.String("region", c.Region);
        });

        Compliance(json, card.Compliance);
        RiskAcceptances(json, card);
        w.WriteEndObject();
        return json.ToBytes();
    }

    internal static string Timestamp(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Dataset(JsonOutput json, DatasetDeclaration dataset)
    {
        json.String("id", dataset.Id);
        json.String("name", dataset.Name);
        json.String("version", dataset.Version);
        json.String("description", dataset.Description);
        json.String("source", dataset.Source);
        json.String("url", dataset.Url);
        json.String("license", dataset.License);
        json.String("collectionMethod", dataset.CollectionMethod);
        json.String("personalData", dataset.PersonalData is { } kind ? EnumText.Name(kind) : null);
        json.String("legalBasis", dataset.LegalBasis);
        json.StringArray("regions", dataset.Regions);
        json.StringArray("languages", dataset.Languages);
        json.String("knownBias", dataset.KnownBias);
    }

    private static void Compliance(JsonOutput json, ComplianceMatrix matrix)
    {
        var w = json.Writer;
        w.WriteStartObject("compliance");
        w.WriteStartArray("frameworks");
        foreach (var framework in matrix.Frameworks)
        {
            var f = framework.Framework;
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("title", f.Title);
            w.WriteString("version", f.Version);
            w.WriteString("date", f.Date);
            w.WriteStartArray("clauses");
            foreach (var clause in framework.Clauses)
            {
                w.WriteStartObject();
                w.WriteString("id", clause.ClauseId);
                json.String("title", clause.Clause?.Title);
                w.WriteString("status", ComplianceMatrix.Text(clause.Status));
                w.WriteBoolean("toVerify", clause.ToVerify);
                w.WriteStartArray("declarations");
                foreach (var declaration in clause.Declarations)
                {
                    w.WriteStartObject();
                    w.WriteString("id", declaration.Declaration.Id);
                    w.WriteString("title", declaration.Declaration.Title);
                    w.WriteString("status", ComplianceMatrix.Text(declaration.Status));
                    w.WriteBoolean("toVerify", declaration.ToVerify);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void RiskAcceptances(JsonOutput json, ModelCard card)
    {
        var w = json.Writer;
        w.WriteStartObject("riskAcceptances");

        // The date only with acceptances: a card without them must not change from one day to the next.
        json.String("activeOn", card.RiskAcceptances.Count == 0 ? null : card.AcceptancesDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("acceptances");
        foreach (var acceptance in card.RiskAcceptances)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", acceptance.RuleId);
            w.WriteString("ruleTitle", acceptance.RuleTitle);
            json.String("model", acceptance.Model);
            json.String("approver", acceptance.Approver);
            w.WriteString("until", acceptance.Until);
            json.String("justification", acceptance.Justification);
            json.String("reference", acceptance.Reference);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Optional<T>(JsonOutput json, string name, T? declaration, Action<T> body)
        where T : class
    {
        if (declaration is null)
        {
            json.Writer.WriteNull(name);
            return;
        }

        json.Writer.WriteStartObject(name);
        body(declaration);
        json.Writer.WriteEndObject();
    }

    private static void FlagArray(JsonOutput json, string name, string? flags)
    {
        if (flags is null)
        {
            json.Writer.WriteNull(name);
            return;
        }

        json.StringArray(name, SplitFlags(flags));
    }

    internal static IReadOnlyList<string> SplitFlags(string flags) =>
        flags == "None" ? Array.Empty<string>() : flags.Split(FlagSeparator, StringSplitOptions.RemoveEmptyEntries);
}
