using System;
using System.Globalization;
using System.Resources;

namespace AiCompliance.Policy;

/// <summary>
/// A message argument that writes itself in the language of the message around it: a key of MessageTexts.resx and its
/// own arguments. Roslyn formats a diagnostic with <c>string.Format(culture, format, arguments)</c>, which hands the
/// culture to every <see cref="IFormattable"/> argument, so a Japanese message format gets a Japanese phrase; the CLI
/// and SARIF format with the invariant culture and get English. Code (attribute syntax, ids) stays in the arguments.
/// </summary>
public sealed class LocalizedText : IFormattable, IEquatable<LocalizedText>
{
    private readonly string _keyOrFormat;
    private readonly bool _isLiteral;
    private readonly object?[] _arguments;

    private LocalizedText(string keyOrFormat, bool isLiteral, object?[] arguments)
    {
        _keyOrFormat = keyOrFormat;
        _isLiteral = isLiteral;
        // The arguments are placed into a diagnostic message like any other, so user text in them is escaped too.
        _arguments = MessageText.EscapeArguments(arguments);
    }

    /// <summary>The text of <paramref name="key"/> in MessageTexts.resx, filled with <paramref name="arguments"/>.</summary>
    public static LocalizedText Of(string key, params object?[] arguments) => new(key, false, arguments);

    /// <summary>
    /// Punctuation around localized parts ("{0} ({1})"): the format is the same in every language, the parts are not.
    /// </summary>
    public static LocalizedText Literal(string format, params object?[] arguments) => new(format, true, arguments);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var culture = formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture;
        var text = _isLiteral ? _keyOrFormat : MessageTexts.InCulture(_keyOrFormat, culture);
        try
        {
            return string.Format(culture, text, _arguments);
        }
        catch (FormatException)
        {
            // A broken translation must not throw inside a user's build; ResourceCompletenessTests catches it instead.
            return text;
        }
    }

    /// <summary>The English text, so that logs and test output read the same on every machine.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    public bool Equals(LocalizedText? other)
    {
        if (other is null || other._keyOrFormat != _keyOrFormat || other._isLiteral != _isLiteral || other._arguments.Length != _arguments.Length)
        {
            return false;
        }

        for (var i = 0; i < _arguments.Length; i++)
        {
            if (!Equals(_arguments[i], other._arguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_keyOrFormat) ^ _arguments.Length;
}

/// <summary>
/// The words the policy puts into message arguments (declaration phrases, instructions, citations): English in
/// MessageTexts.resx, translations in MessageTexts.&lt;culture&gt;.resx, read through <see cref="LocalizedText"/>.
/// </summary>
public static class MessageTexts
{
    public static ResourceManager ResourceManager { get; } =
        new("AiCompliance.Policy.Resources.MessageTexts", typeof(MessageTexts).Assembly);

    /// <summary>The text of a key in a culture, falling back to English; a missing key gives the key, never an exception.</summary>
    public static string InCulture(string key, CultureInfo culture)
    {
        try
        {
            return ResourceManager.GetString(key, culture) ?? key;
        }
        catch (MissingManifestResourceException)
        {
            return key;
        }
    }
}
