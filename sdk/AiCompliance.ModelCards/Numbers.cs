using System.Globalization;

namespace AiCompliance.ModelCards;

/// <summary>Numbers as every format writes them: invariant culture, shortest round-trip form, never NaN or infinity.</summary>
internal static class Numbers
{
    /// <summary>The value when it is a finite number; NaN (the SDK's "not set") and infinities count as not given.</summary>
    public static double? Finite(double? value) =>
        value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? v : null;

    /// <summary>Whether <paramref name="value"/> reaches <paramref name="threshold"/> in the metric's direction.</summary>
    public static bool? Meets(double? value, double? threshold, bool higherIsBetter) =>
        value is { } v && threshold is { } t ? (higherIsBetter ? v >= t : v <= t) : null;

    /// <summary>The shortest text that parses back to the same double ("0.87", "1E-05", "12").</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
