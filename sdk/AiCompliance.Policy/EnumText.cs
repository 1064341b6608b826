using System;

namespace AiCompliance.Policy;

/// <summary>Names of enum values for messages and cards; values outside the enum (from a cast) print as numbers.</summary>
public static class EnumText
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Name((Enum)value);

    /// <summary>As <see cref="Name{TEnum}"/>, for a value whose enum type is known only at run time.</summary>
    public static string Name(Enum value)
    {
        var text = value.ToString();
        return text.Length > 0 && (char.IsDigit(text[0]) || text[0] == '-') ? "(" + value.GetType().Name + ")" + text : text;
    }

    /// <summary>The names of the flags set in a [Flags] value, for example "RedTeaming, PromptInjection"; "None" for 0.</summary>
    public static string Flags<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Name(value);
}
