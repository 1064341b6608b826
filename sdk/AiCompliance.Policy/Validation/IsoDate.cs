using System;
using System.Globalization;

namespace AiCompliance.Policy.Validation;

/// <summary>Calendar dates written as <c>yyyy-MM-dd</c>, the only date format declarations accept.</summary>
public static class IsoDate
{
    public static bool TryParse(string? text, out DateTime date) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
