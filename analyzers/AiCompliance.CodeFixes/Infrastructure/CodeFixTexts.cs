using System.Globalization;
using System.Resources;

namespace AiCompliance.CodeFixes.Infrastructure;

/// <summary>
/// The code fixes' titles: English in Resources/CodeFixTexts.resx, translations in the satellite assemblies built from
/// CodeFixTexts.&lt;culture&gt;.resx. A title is formatted when the IDE asks for the fixes, in its UI culture.
/// </summary>
internal static class CodeFixTexts
{
    private static readonly ResourceManager Resources =
        new("AiCompliance.CodeFixes.Resources.CodeFixTexts", typeof(CodeFixTexts).Assembly);

    public static string AddDeclarationWithPlaceholders(string attributeName) => Format(nameof(AddDeclarationWithPlaceholders), attributeName);

    public static string AddAttribute(string attributeText) => Format(nameof(AddAttribute), attributeText);

    public static string DeclareDataset(string datasetId) => Format(nameof(DeclareDataset), datasetId);

    public static string UseValue(string value) => Format(nameof(UseValue), value);

    public static string WriteEvidenceHash => Text(nameof(WriteEvidenceHash));

    public static string AddPropertyWithPlaceholder(string propertyName) => Format(nameof(AddPropertyWithPlaceholder), propertyName);

    // The key itself rather than an exception: a code fix must never throw in the IDE, and ResourceCompletenessTests
    // fails on a missing key.
    private static string Text(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    private static string Format(string key, string argument) =>
        string.Format(CultureInfo.CurrentCulture, Text(key), argument);
}
