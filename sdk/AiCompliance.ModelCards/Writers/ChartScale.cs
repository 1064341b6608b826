using System;
using System.Collections.Generic;

namespace AiCompliance.ModelCards.Writers;

/// <summary>
/// The horizontal scale of a bar chart: a domain that always includes zero, and labelled ticks. Values from 0 to 1 (the
/// usual ratios: accuracy, AUC, rates) get 0–1 whatever their maximum, so two charts of ratios compare at a glance;
/// anything else gets "nice" bounds (steps of 1, 2, 2.5 or 5 times a power of ten) around every value given. Whatever
/// the values (1E+308 and -1E+308 included), every position it returns is a finite fraction of the plot.
/// </summary>
internal sealed class ChartScale
{
    private const int TargetTicks = 5;

    private ChartScale(double low, double high, IReadOnlyList<double> ticks)
    {
        Low = low;
        High = high;
        Ticks = ticks;
    }

    public double Low { get; }

    public double High { get; }

    /// <summary>Tick values from <see cref="Low"/> to <see cref="High"/>, ascending, rounded to the step's precision.</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>The scale for all <paramref name="values"/>; values that are not finite are ignored.</summary>
    public static ChartScale For(IEnumerable<double> values)
    {
        double low = 0, high = 0;
        foreach (var value in values)
        {
            if (IsFinite(value))
            {
                low = Math.Min(low, value);
                high = Math.Max(high, value);
            }
        }

        if (high <= 1 && low >= 0)
        {
            return new ChartScale(0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]);
        }

        // Each bound is divided before subtracting, so the span of two extreme values cannot overflow.
        var step = NiceStep((high / TargetTicks) - (low / TargetTicks));
        if (step > 0 && IsFinite(step))
        {
            var niceLow = Math.Floor(low / step) * step;
            var niceHigh = Math.Ceiling(high / step) * step;
            var count = Math.Round((niceHigh / step) - (niceLow / step));
            if (IsFinite(niceLow) && IsFinite(niceHigh) && count >= 1 && count <= 4 * TargetTicks)
            {
                var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step)) + 1);
                var ticks = new List<double>();
                for (var i = 0; i <= count; i++)
                {
                    var tick = niceLow + (i * step);
                    ticks.Add(decimals <= 15 ? Math.Round(tick, decimals) : tick);
                }

                return new ChartScale(niceLow, niceHigh, ticks);
            }
        }

        // Bounds where nice steps overflow or underflow: the values' own range, with zero as the only tick between.
        var plain = new List<double> { low };
        if (low < 0 && high > 0)
        {
            plain.Add(0);
        }

        plain.Add(high);
        return new ChartScale(low, high, plain);
    }

    /// <summary>Where <paramref name="value"/> falls between <see cref="Low"/> (0) and <see cref="High"/> (1), clamped; 0 for a value that is not finite.</summary>
    public double Fraction(double value)
    {
        // Halves, so neither difference can overflow.
        var fraction = ((value / 2) - (Low / 2)) / ((High / 2) - (Low / 2));
        return IsFinite(fraction) ? Math.Max(0, Math.Min(1, fraction)) : 0;
    }

    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static double NiceStep(double rough)
    {
        if (!(rough > 0) || !IsFinite(rough))
        {
            return double.NaN;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
