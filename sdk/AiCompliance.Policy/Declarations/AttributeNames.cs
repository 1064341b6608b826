namespace AiCompliance.Policy.Declarations;

/// <summary>
/// The metadata names of the SDK's attributes, as constants for code that handles one attribute in particular. The
/// lists and the constructors come from the registry, <see cref="DeclarationKinds"/>; analyzers resolve the attribute
/// symbols from them and the metadata reader matches attribute constructors against them, so both front ends bind
/// positional arguments to the same properties.
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
    public static readonly string[] ModelLevel = Names(DeclarationScope.Model);

    /// <summary>The attributes written on the assembly.</summary>
    public static readonly string[] AssemblyLevel = Names(DeclarationScope.Assembly);

    /// <summary>The full metadata name of an attribute, for example <c>AiCompliance.AiModelAttribute</c>.</summary>
    public static string FullName(string attributeName) => Namespace + "." + attributeName;

    /// <summary>
    /// The properties that an attribute's constructor parameters set, in parameter order. Every SDK attribute has one
    /// constructor, so a positional argument's index identifies its property.
    /// </summary>
    public static string[] ConstructorProperties(string attributeName) =>
        DeclarationKinds.Find(attributeName) is { } kind ? System.Linq.Enumerable.ToArray(kind.ConstructorParameters) : System.Array.Empty<string>();

    /// <summary>Whether the last constructor parameter of the attribute is a params array.</summary>
    public static bool HasParamsArray(string attributeName) => DeclarationKinds.Find(attributeName) is { HasParamsArray: true };

    private static string[] Names(DeclarationScope scope)
    {
        var kinds = DeclarationKinds.In(scope);
        var names = new string[kinds.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = kinds[i].AttributeName;
        }

        return names;
    }
}
