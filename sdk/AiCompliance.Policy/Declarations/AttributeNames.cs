namespace AiCompliance.Policy.Declarations;

/// <summary>
/// The metadata names of the SDK's attributes and the order of their constructor parameters. Analyzers resolve the
/// attribute symbols from these names and the metadata reader matches attribute constructors against them, so both
/// front ends bind positional arguments to the same properties.
/// </summary>
public static class AttributeNames
{
    public const string Namespace = "AiCompliance";

    public const string AiModel = "AiModelAttribute";
    public const string RiskProfile = "RiskProfileAttribute";
    public const string IntendedUse = "IntendedUseAttribute";
    public const string KnownLimitation = "KnownLimitationAttribute";
    public const string ImpactAssessment = "ImpactAssessmentAttribute";
    public const string HumanOversight = "HumanOversightAttribute";
    public const string AccountableOwner = "AccountableOwnerAttribute";
    public const string TrainedOn = "TrainedOnAttribute";
    public const string Evaluation = "EvaluationAttribute";
    public const string FairnessAssessment = "FairnessAssessmentAttribute";
    public const string SecurityAssessment = "SecurityAssessmentAttribute";
    public const string Explainability = "ExplainabilityAttribute";
    public const string AiDisclosure = "AiDisclosureAttribute";
    public const string ContentProvenance = "ContentProvenanceAttribute";
    public const string SupportedLanguages = "SupportedLanguagesAttribute";
    public const string DataResidency = "DataResidencyAttribute";
    public const string DataTransfer = "DataTransferAttribute";
    public const string DecisionLogging = "DecisionLoggingAttribute";
    public const string Monitoring = "MonitoringAttribute";
    public const string ComputeFootprint = "ComputeFootprintAttribute";
    public const string Dataset = "DatasetAttribute";
    public const string RiskAcceptance = "RiskAcceptanceAttribute";

    /// <summary>The attributes written on a model type (everything except the assembly-level ones).</summary>
    public static readonly string[] ModelLevel =
    {
        AiModel, RiskProfile, IntendedUse, KnownLimitation, ImpactAssessment, HumanOversight, AccountableOwner,
        TrainedOn, Evaluation, FairnessAssessment, SecurityAssessment, Explainability, AiDisclosure, ContentProvenance,
        SupportedLanguages, DataResidency, DataTransfer, DecisionLogging, Monitoring, ComputeFootprint,
    };

    /// <summary>The attributes written on the assembly.</summary>
    public static readonly string[] AssemblyLevel = { Dataset, RiskAcceptance };

    /// <summary>The full metadata name of an attribute, for example <c>AiCompliance.AiModelAttribute</c>.</summary>
    public static string FullName(string attributeName) => Namespace + "." + attributeName;

    /// <summary>
    /// The properties that an attribute's constructor parameters set, in parameter order. Every SDK attribute has one
    /// constructor, so a positional argument's index identifies its property. The last parameter of
    /// <c>RiskProfile</c>, <c>TrainedOn</c>, <c>SupportedLanguages</c> and <c>DataResidency</c> is a params array.
    /// </summary>
    public static string[] ConstructorProperties(string attributeName) => attributeName switch
    {
        AiModel => new[] { "Id" },
        RiskProfile => new[] { "Level", "Sectors" },
        IntendedUse => new[] { "Purpose" },
        KnownLimitation => new[] { "Description" },
        ImpactAssessment => new[] { "Reference" },
        HumanOversight => new[] { "Mode" },
        AccountableOwner => new[] { "Owner" },
        TrainedOn => new[] { "DatasetIds" },
        Evaluation => new[] { "Metric", "Value" },
        FairnessAssessment => new[] { "ProtectedAttribute" },
        SecurityAssessment => new[] { "Tests" },
        Explainability => new[] { "Method" },
        AiDisclosure => new[] { "Notice" },
        ContentProvenance => new[] { "Methods" },
        SupportedLanguages => new[] { "LanguageTags" },
        DataResidency => new[] { "Regions" },
        DataTransfer => new[] { "FromRegion", "ToRegion" },
        DecisionLogging => new[] { "Description" },
        Monitoring => new[] { "IncidentContact" },
        Dataset => new[] { "Id" },
        RiskAcceptance => new[] { "RuleId" },
        _ => System.Array.Empty<string>(),
    };

    /// <summary>Whether the last constructor parameter of the attribute is a params array.</summary>
    public static bool HasParamsArray(string attributeName) =>
        attributeName is RiskProfile or TrainedOn or SupportedLanguages or DataResidency;
}
