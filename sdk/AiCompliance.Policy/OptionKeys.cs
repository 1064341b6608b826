namespace AiCompliance.Policy;

/// <summary>
/// The configuration keys the analyzers read. MSBuild properties reach them as <c>build_property.*</c> through
/// <c>CompilerVisibleProperty</c>; the <c>aicompliance.*</c> keys are set in <c>.editorconfig</c> or <c>.globalconfig</c>.
/// </summary>
public static class OptionKeys
{
    /// <summary>The mode: none, minimal, recommended (default) or strict.</summary>
    public const string Mode = "build_property.AiComplianceMode";

    /// <summary>
    /// The selected frameworks, comma-separated. The package derives it from the <c>AiComplianceFrameworks</c> property
    /// because ';' starts a comment in the generated editorconfig and would cut the list short.
    /// </summary>
    public const string FrameworkIds = "build_property.AiComplianceFrameworkIds";

    /// <summary>The raw property, read when <see cref="FrameworkIds"/> is absent (for example in hand-written configs).</summary>
    public const string Frameworks = "build_property.AiComplianceFrameworks";

    /// <summary>
    /// The release whose rules the project was last reviewed against: <c>latest</c> (default) or a release number such as
    /// <c>0.1.0</c>. Rules introduced after it run at most as suggestions.
    /// </summary>
    public const string Level = "build_property.AiComplianceLevel";

    /// <summary>
    /// The date that counts as today (<c>yyyy-MM-dd</c>, 2000-01-01 to 2199-12-31) for age and future-date checks; empty
    /// means the build machine's UTC date. Risk acceptances expire by the real date whatever it says.
    /// </summary>
    public const string BuildDate = "build_property.AiComplianceBuildDate";

    /// <summary>Maximum age, in days, of an impact or security assessment before AIC304 reports it (default 365).</summary>
    public const string AssessmentMaxAgeDays = "aicompliance.assessment_max_age_days";

    /// <summary>
    /// Maximum length, in days, of a risk acceptance (default 180, at most <see cref="PolicySettings.MaxDayLimit"/>). Read
    /// before <see cref="MaxAcceptanceDaysProperty"/>; the model cards cannot read it, so AIC005 asks for the property.
    /// </summary>
    public const string MaxAcceptanceDays = "aicompliance.max_acceptance_days";

    /// <summary>
    /// The MSBuild property <c>AiComplianceMaxAcceptanceDays</c>: the maximum length of a risk acceptance for the build
    /// and for the model cards it writes, so both list the same active acceptances.
    /// </summary>
    public const string MaxAcceptanceDaysProperty = "build_property.AiComplianceMaxAcceptanceDays";

    /// <summary>Extra namespaces whose types count as AI APIs for AIC001, comma-separated (for example <c>Contoso.Llm</c>).</summary>
    public const string AiApiNamespaces = "aicompliance.ai_api_namespaces";
}
