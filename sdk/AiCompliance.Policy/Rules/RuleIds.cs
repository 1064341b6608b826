namespace AiCompliance.Policy.Rules;

/// <summary>
/// Every rule ID, in one place. A rule's analyzer, code fix, tests and docs/rules/&lt;ID&gt;.md are all keyed by the
/// constant here; IDs never change meaning once shipped.
/// </summary>
/// <remarks>
/// The constant's name is the rule's name stem, used by every file of the rule: <c>MissingAccountableOwnerRule</c>
/// (this folder), <c>MissingAccountableOwnerAnalyzer</c>, <c>MissingAccountableOwnerCodeFixProvider</c> and
/// <c>MissingAccountableOwnerTests</c>; only the rule page is named by the ID (docs/rules/AIC106.md), the public name.
/// </remarks>
public static class RuleIds
{
    // AIC0xx: discovery and structure
    public const string AiApiOutsideModel = "AIC001";
    public const string DuplicateId = "AIC002";
    public const string UnknownDataset = "AIC003";
    public const string DeclarationWithoutModel = "AIC004";
    public const string InvalidConfiguration = "AIC005";

    // AIC1xx: declarations the policy expects
    public const string MissingRiskProfile = "AIC101";
    public const string MissingIntendedUse = "AIC102";
    public const string MissingKnownLimitations = "AIC103";
    public const string MissingImpactAssessment = "AIC104";
    public const string MissingHumanOversight = "AIC105";
    public const string MissingAccountableOwner = "AIC106";
    public const string MissingDataProvenance = "AIC107";
    public const string MissingLicense = "AIC108";
    public const string PersonalDataWithoutLegalBasis = "AIC109";
    public const string UncoveredCrossBorderTransfer = "AIC110";
    public const string MissingFairnessAssessment = "AIC111";
    public const string MissingEvaluation = "AIC112";
    public const string MissingSecurityAssessment = "AIC113";
    public const string MissingExplainability = "AIC114";
    public const string MissingAiDisclosure = "AIC115";
    public const string MissingContentProvenance = "AIC116";
    public const string MissingSupportedLanguages = "AIC117";
    public const string MissingDecisionLogging = "AIC118";
    public const string MissingMonitoring = "AIC119";
    public const string MissingComputeFootprint = "AIC120";

    // AIC2xx: invalid values
    public const string InvalidLicense = "AIC201";
    public const string InvalidLanguageTag = "AIC202";
    public const string InvalidRegion = "AIC203";
    public const string InvalidVersion = "AIC204";
    public const string InvalidDate = "AIC205";
    public const string InvalidContact = "AIC206";
    public const string InvalidMetricValue = "AIC207";
    public const string PlaceholderText = "AIC208";

    // AIC3xx: consistency
    public const string ThresholdBreached = "AIC301";
    public const string HighImpactSectorBelowHigh = "AIC302";
    public const string HighRiskWithoutHuman = "AIC303";
    public const string StaleAssessment = "AIC304";
    public const string ProhibitedRisk = "AIC305";
    public const string ExpiredRiskAcceptance = "AIC306";
    public const string UnusedRiskAcceptance = "AIC307";
    public const string MalformedRiskAcceptance = "AIC308";
}
