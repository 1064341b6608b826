using System.Globalization;
using System.Resources;

namespace AiCompliance.Policy;

/// <summary>
/// The rules' titles, message formats and descriptions: English in RuleTexts.resx, translations in the satellite
/// assemblies built from RuleTexts.&lt;culture&gt;.resx. The analyzers hand <see cref="ResourceManager"/> to Roslyn,
/// which picks the compiler's UI culture; the CLI, SARIF and the docs read <see cref="English"/>.
/// </summary>
public static class RuleTexts
{
    public static ResourceManager ResourceManager { get; } =
        new("AiCompliance.Policy.Resources.RuleTexts", typeof(RuleTexts).Assembly);

    /// <summary>
    /// The English text of a key. A missing key gives the key itself rather than an exception, because the analyzers
    /// must never throw inside a user's build; ResourceCompletenessTests fails on a missing key instead.
    /// </summary>
    public static string English(string key) =>
        ResourceManager.GetString(key, CultureInfo.InvariantCulture) ?? key;

    /// <summary>The text of a key in a culture, falling back to English as resource lookup does.</summary>
    public static string InCulture(string key, CultureInfo culture) =>
        ResourceManager.GetString(key, culture) ?? key;
}
