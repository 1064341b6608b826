using System;
using System.Collections.Generic;

namespace AiCompliance.ModelCards.Diffing;

/// <summary>How a change moves governance.</summary>
internal enum ChangeSeverity
{
    /// <summary>Less is declared, promised or controlled than before (CI can gate on these).</summary>
    Weakening = 0,

    /// <summary>More is declared, promised or controlled than before.</summary>
    Strengthening = 1,

    /// <summary>Different, neither weaker nor stronger (a new version, a reworded purpose, a new model that declares what the policy expects of it).</summary>
    Neutral = 2,
}

/// <summary>One governance change between two builds. Deterministic: every field is text or null.</summary>
internal sealed class GovernanceChange
{
    public GovernanceChange(string subjectKind, string subjectId, string declaration, string? item, string? property, string kind, ChangeSeverity severity, string? oldValue, string? newValue)
    {
        SubjectKind = subjectKind;
        SubjectId = subjectId;
        Declaration = declaration;
        Item = item;
        Property = property;
        Kind = kind;
        Severity = severity;
        Old = oldValue;
        New = newValue;
    }

    /// <summary><c>model</c>, <c>dataset</c> or <c>riskAcceptance</c>.</summary>
    public string SubjectKind { get; }

    /// <summary>The model id (type name when blank), the dataset id, or the acceptance's rule id and model ("AIC111 for m").</summary>
    public string SubjectId { get; }

    /// <summary>The attribute without "Attribute" (<c>HumanOversight</c>), or <c>Model</c>, <c>Dataset</c>, <c>RiskAcceptance</c> for the subject as a whole.</summary>
    public string Declaration { get; }

    /// <summary>Which of a repeated declaration: "auc; dataset holdout; slice 18-25", a limitation's text, "VN → SG".</summary>
    public string? Item { get; }

    /// <summary>The attribute property that changed, or null when the whole declaration was added or removed.</summary>
    public string? Property { get; }

    /// <summary>The kind of change, one of <see cref="ChangeKinds"/> (camelCase, stable: CI scripts may match on it).</summary>
    public string Kind { get; }

    public ChangeSeverity Severity { get; }

    public string? Old { get; }

    public string? New { get; }

    public string SeverityName => Name(Severity);

    /// <summary>What changed, in words: "Risk level lowered", "Dataset licence changed".</summary>
    public string Description => ChangeKinds.Describe(Kind);

    public static string Name(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Weakening => "weakening",
        ChangeSeverity.Strengthening => "strengthening",
        _ => "neutral",
    };
}

/// <summary>The change kinds, with their severity and wording. docs/cli.md and the diff schema list the same.</summary>
internal static class ChangeKinds
{
    private static readonly Dictionary<string, (ChangeSeverity Severity, string Text)> Kinds = new(StringComparer.Ordinal)
    {
        ["modelAdded"] = (ChangeSeverity.Neutral, "Model added"),
        ["modelAddedIncomplete"] = (ChangeSeverity.Weakening, "Model added without every declaration the policy expects of it"),
        ["modelRemoved"] = (ChangeSeverity.Neutral, "Model removed"),
        ["modelIdChanged"] = (ChangeSeverity.Neutral, "Model id changed (same type)"),
        ["datasetAdded"] = (ChangeSeverity.Weakening, "Dataset added"),
        ["datasetRemoved"] = (ChangeSeverity.Neutral, "Dataset removed"),
        ["datasetRemovedStillUsed"] = (ChangeSeverity.Weakening, "Dataset removed but still used by a model"),
        ["acceptanceAdded"] = (ChangeSeverity.Weakening, "Risk acceptance added"),
        ["acceptanceRemoved"] = (ChangeSeverity.Strengthening, "Risk acceptance removed"),
        ["acceptanceExtended"] = (ChangeSeverity.Weakening, "Risk acceptance extended"),
        ["acceptanceShortened"] = (ChangeSeverity.Strengthening, "Risk acceptance shortened"),
        ["declarationAdded"] = (ChangeSeverity.Strengthening, "Declaration added"),
        ["declarationRemoved"] = (ChangeSeverity.Weakening, "Declaration removed"),
        ["incompleteDeclarationAdded"] = (ChangeSeverity.Neutral, "Declaration added with placeholder or invisible text"),
        ["incompleteDeclarationRemoved"] = (ChangeSeverity.Neutral, "Declaration with placeholder or invisible text removed"),
        ["declarationNoLongerDeclared"] = (ChangeSeverity.Weakening, "Declaration no longer counts as declared"),
        ["textReplacedByPlaceholder"] = (ChangeSeverity.Weakening, "Text replaced by a placeholder or by nothing visible"),
        ["placeholderReplacedByText"] = (ChangeSeverity.Strengthening, "Placeholder replaced by text"),
        ["riskLevelLowered"] = (ChangeSeverity.Weakening, "Risk level lowered"),
        ["riskLevelRaised"] = (ChangeSeverity.Strengthening, "Risk level raised"),
        ["highImpactSectorRemoved"] = (ChangeSeverity.Weakening, "High-impact sector removed"),
        ["highImpactSectorAdded"] = (ChangeSeverity.Strengthening, "High-impact sector added"),
        ["oversightWeakened"] = (ChangeSeverity.Weakening, "Human oversight weakened"),
        ["oversightStrengthened"] = (ChangeSeverity.Strengthening, "Human oversight strengthened"),
        ["oversightCapabilityRemoved"] = (ChangeSeverity.Weakening, "Human oversight capability turned off"),
        ["oversightCapabilityAdded"] = (ChangeSeverity.Strengthening, "Human oversight capability turned on"),
        ["metricWorsened"] = (ChangeSeverity.Weakening, "Result worsened"),
        ["metricImproved"] = (ChangeSeverity.Strengthening, "Result improved"),
        ["thresholdNowBreached"] = (ChangeSeverity.Weakening, "Result now breaches its threshold"),
        ["thresholdNoLongerBreached"] = (ChangeSeverity.Strengthening, "Result no longer breaches its threshold"),
        ["thresholdRelaxed"] = (ChangeSeverity.Weakening, "Threshold relaxed"),
        ["thresholdTightened"] = (ChangeSeverity.Strengthening, "Threshold tightened"),
        ["thresholdRemoved"] = (ChangeSeverity.Weakening, "Threshold removed"),
        ["thresholdAdded"] = (ChangeSeverity.Strengthening, "Threshold added"),
        ["mitigationRemoved"] = (ChangeSeverity.Weakening, "Mitigation removed"),
        ["mitigationAdded"] = (ChangeSeverity.Strengthening, "Mitigation added"),
        ["evidenceRemoved"] = (ChangeSeverity.Weakening, "Evidence file no longer named"),
        ["evidenceAdded"] = (ChangeSeverity.Strengthening, "Evidence file named"),
        ["datasetLicenseChanged"] = (ChangeSeverity.Weakening, "Dataset licence changed"),
        ["datasetLicenseAdded"] = (ChangeSeverity.Strengthening, "Dataset licence declared"),
        ["personalDataRaised"] = (ChangeSeverity.Weakening, "Personal data kind raised"),
        ["personalDataLowered"] = (ChangeSeverity.Strengthening, "Personal data kind lowered"),
        ["legalBasisRemoved"] = (ChangeSeverity.Weakening, "Legal basis removed"),
        ["legalBasisAdded"] = (ChangeSeverity.Strengthening, "Legal basis added"),
        ["residencyRegionAdded"] = (ChangeSeverity.Weakening, "Data residency region added"),
        ["residencyRegionRemoved"] = (ChangeSeverity.Strengthening, "Data residency region removed"),
        ["transferAdded"] = (ChangeSeverity.Weakening, "Cross-border transfer added"),
        ["transferRemoved"] = (ChangeSeverity.Strengthening, "Cross-border transfer removed"),
        ["safeguardsRemoved"] = (ChangeSeverity.Weakening, "Transfer safeguards removed"),
        ["safeguardsAdded"] = (ChangeSeverity.Strengthening, "Transfer safeguards added"),
        ["securityTestsDropped"] = (ChangeSeverity.Weakening, "Security tests dropped"),
        ["securityTestsAdded"] = (ChangeSeverity.Strengthening, "Security tests added"),
        ["provenanceMethodsDropped"] = (ChangeSeverity.Weakening, "Content provenance methods dropped"),
        ["provenanceMethodsAdded"] = (ChangeSeverity.Strengthening, "Content provenance methods added"),
        ["outOfScopeUseRemoved"] = (ChangeSeverity.Weakening, "Out-of-scope use removed"),
        ["outOfScopeUseAdded"] = (ChangeSeverity.Strengthening, "Out-of-scope use added"),
        ["driftMonitoringTurnedOff"] = (ChangeSeverity.Weakening, "Drift monitoring turned off"),
        ["driftMonitoringTurnedOn"] = (ChangeSeverity.Strengthening, "Drift monitoring turned on"),
        ["reviewIntervalLengthened"] = (ChangeSeverity.Weakening, "Review interval lengthened"),
        ["reviewIntervalShortened"] = (ChangeSeverity.Strengthening, "Review interval shortened"),
        ["assessmentRenewed"] = (ChangeSeverity.Strengthening, "Assessment renewed"),
        ["valueChanged"] = (ChangeSeverity.Neutral, "Value changed"),
        ["valueAdded"] = (ChangeSeverity.Neutral, "Value added"),
        ["valueRemoved"] = (ChangeSeverity.Neutral, "Value removed"),
        ["itemAdded"] = (ChangeSeverity.Neutral, "List item added"),
        ["itemRemoved"] = (ChangeSeverity.Neutral, "List item removed"),

        // Code evidence (ObservedInCode) is what the code was seen to do, not a promise: what it adds or removes is
        // shown for review and judged against the declarations by check (AIC401-AIC403). Only a tool that loses the
        // approval its code had is a control taken away.
        ["codeModelNameAdded"] = (ChangeSeverity.Neutral, "Model name called in code"),
        ["codeModelNameRemoved"] = (ChangeSeverity.Neutral, "Model name no longer called in code"),
        ["codeEndpointAdded"] = (ChangeSeverity.Neutral, "Endpoint called in code"),
        ["codeEndpointRemoved"] = (ChangeSeverity.Neutral, "Endpoint no longer called in code"),
        ["codeEndpointJurisdictionChanged"] = (ChangeSeverity.Neutral, "Endpoint placed in another jurisdiction"),
        ["codeToolAdded"] = (ChangeSeverity.Neutral, "Tool exposed to the model in code"),
        ["codeToolRemoved"] = (ChangeSeverity.Neutral, "Tool no longer exposed in code"),
        ["codeToolApprovalDropped"] = (ChangeSeverity.Weakening, "Tool no longer requires approval"),
        ["codeToolApprovalAdded"] = (ChangeSeverity.Strengthening, "Tool now requires approval"),
        ["codeToolApprovalChanged"] = (ChangeSeverity.Neutral, "Tool approval changed"),
        ["codeEvidenceNowRecorded"] = (ChangeSeverity.Neutral, "Code evidence recorded (the old build has none)"),
        // A weakening: the new build proves less (the generator records every model it reads, so a build without any
        // record was built without it), and a release gate must not pass it unseen.
        ["codeEvidenceNotRecorded"] = (ChangeSeverity.Weakening, "Code evidence not recorded (the new build has none)"),
        // A weakening for the same reason: what this version cannot read may be a new endpoint or a dropped approval.
        ["codeEvidenceNotFullyRead"] = (ChangeSeverity.Weakening, "Code evidence not fully read (recorded by a newer package)"),
    };

    /// <summary>Every kind, in the order above.</summary>
    public static IEnumerable<string> All => Kinds.Keys;

    public static ChangeSeverity SeverityOf(string kind) => Kinds[kind].Severity;

    public static string Describe(string kind) => Kinds.TryGetValue(kind, out var entry) ? entry.Text : kind;
}
