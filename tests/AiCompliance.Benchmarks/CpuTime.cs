using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace AiCompliance.Benchmarks;

/// <summary>
/// The process CPU time (every thread: the compiler's, the analyzers', the GC's) of each operation, recorded next to
/// BenchmarkDotNet's wall-clock time. On a machine shared with other work, wall-clock time also counts the time other
/// processes held the cores; CPU time does not, so its ratios hold when the wall-clock ones are disturbed.
/// </summary>
public static class CpuTime
{
    private static readonly Dictionary<(string Method, int Types), List<double>> Samples = [];

    public static T Measure<T>(string method, int types, Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var before = Now();
        var result = operation();
        var seconds = (Now() - before).TotalSeconds;
        lock (Samples)
        {
            if (!Samples.TryGetValue((method, types), out var list))
            {
                Samples[(method, types)] = list = [];
            }

            list.Add(seconds);
        }

        return result;
    }

    /// <summary>The median of the last <paramref name="count"/> samples (the measured iterations come last), or NaN.</summary>
    public static double Median(string method, int types, int count)
    {
        lock (Samples)
        {
            if (!Samples.TryGetValue((method, types), out var list) || list.Count == 0)
            {
                return double.NaN;
            }

            var last = list.Skip(Math.Max(0, list.Count - count)).Order().ToList();
            return last[last.Count / 2];
        }
    }

    /// <summary>Forgets the samples of the warm-up.</summary>
    public static void Clear()
    {
        lock (Samples)
        {
            Samples.Clear();
        }
    }

    private static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
