using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using AiCompliance.Analyzers.Infrastructure;
using AiCompliance.Analyzers.Tests.Structure;
using AiCompliance.Policy;
using AiCompliance.Testing;

namespace AiCompliance.Analyzers.Tests.Robustness;

/// <summary>
/// Every configuration key the analyzers read, fed extreme, malformed, hostile and random values: no analyzer or
/// suppressor may throw (AD0001 would silently switch the gate off). The keys come from <see cref="OptionKeys"/> by
/// reflection, so a new key is covered without editing this test; the random values come from a fixed seed, and a
/// failure names the key and the value, so it reproduces.
/// </summary>
public sealed class OptionValueTests
{
    private const int Seed = 20261205;
    private const int RandomValuesPerKey = 4;
    private const int RandomCombinations = 8;

    private static readonly IReadOnlyList<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> Analyzers = AnalyzerAssemblies.Analyzers(typeof(PolicyRuleAnalyzer).Assembly);

    // Acceptances of findings the bare model has, so the suppressor and AIC306–AIC308 judge each of them, at both ends
    // of the calendar.
    private const string Acceptances = """
        [assembly: RiskAcceptance("AIC101", Approver = "CRO", Until = "2026-12-31", Justification = "Workshop booked.")]
        [assembly: RiskAcceptance("AIC102", Approver = "CRO", Until = "9000-12-31", Justification = "Far away.")]
        [assembly: RiskAcceptance("AIC106", Approver = "CRO", Until = "2001-01-01", Justification = "Long ago.")]
        [assembly: RiskAcceptance("AIC103", Approver = "CRO", Until = "9999-12-31", Justification = "The last day there is.")]
        [assembly: RiskAcceptance("AIC107", Approver = "CRO", Until = "0001-01-01", Justification = "The first day there is.")]

        """;

    private const string BareModel = """

        [AiModel("bare")]
        public sealed class Bare { }
        """;

    private static readonly string Source = BuildSource();

    /// <summary>Values chosen to break parsers and date arithmetic; each is tried on every key.</summary>
    private static readonly string[] ExtremeValues =
    {
        "", " ", "0", "-1", "1", "3660", "3661", "2147483647", "-2147483648", "2147483648", "99999999999999999999999",
        "+5", "1e9", "NaN", "0x7FFFFFFF", "١٨٠", "１８０",
        "0001-01-01", "9999-12-31", "1999-12-31", "2000-01-01", "2199-12-31", "2200-01-01", "10000-01-01", "2026-02-30",
        "2026-12-05T23:59:59Z", "\u202E2026-01-01", "2026\u200B-01-01",
        "strict", "STRICT2", "none", "latest", "0.0", "999999999.999999999.999999999", "1.2.3.4", "-1.0", "0.1.0-beta",
        "eu-ai-act", ",,;;", "eu-ai-act,,nist", "Contoso.Llm", "Contoso..Llm", ".", "*", "global::System",
        "\u3164\u115F\u1160", "\u200B\u200C\u200D\uFEFF", "\uD800", "\uDC00x", "𝟏𝟖𝟎", "e\u0301\u0301\u0301", "null", "#", "\\",
        new string('9', 4000), new string('a', 10000), string.Concat(Enumerable.Repeat("x,", 2000)),
    };

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var key in OptionKeyNames())
        {
            keys.Add(key);
        }

        return keys;
    }

    [Fact]
    public void The_keys_are_every_option_the_analyzers_read()
    {
        // Guards the reflection: a rename of OptionKeys' fields into properties would leave this suite testing nothing.
        Assert.Contains(OptionKeys.MaxAcceptanceDays, OptionKeyNames());
        Assert.Contains(OptionKeys.BuildDate, OptionKeyNames());
        Assert.True(OptionKeyNames().Count >= 8, string.Join(", ", OptionKeyNames()));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task No_value_of_a_key_makes_an_analyzer_throw(string key)
    {
        var random = new Random(Seed ^ StableHash(key));
        var values = ExtremeValues.Concat(Enumerable.Range(0, RandomValuesPerKey).Select(_ => RandomValue(random)));
        foreach (var value in values)
        {
            await AssertNoAnalyzerThrowsAsync(new Dictionary<string, string>(StringComparer.Ordinal) { [key] = value });
        }
    }

    [Fact]
    public async Task No_combination_of_values_makes_an_analyzer_throw()
    {
        var random = new Random(Seed);
        var keys = OptionKeyNames();
        for (var i = 0; i < RandomCombinations; i++)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                options[key] = random.Next(2) == 0 ? ExtremeValues[random.Next(ExtremeValues.Length)] : RandomValue(random);
            }

            await AssertNoAnalyzerThrowsAsync(options);
        }
    }

    private static async Task AssertNoAnalyzerThrowsAsync(Dictionary<string, string> options)
    {
        var project = new AnalysisProject(Source);
        project.Analyzers.AddRange(Analyzers);
        project.References.AddRange([.. AiLibraries.OpenAi, .. AiLibraries.ExtensionsAi]);
        foreach (var (key, value) in options)
        {
            project.GlobalOptions[key] = ConfigLine(value);
        }

        var settings = string.Join("; ", options.Select(o => o.Key + " = " + Escape(o.Value)));
        System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> diagnostics;
        try
        {
            diagnostics = await project.ComputeDiagnosticsAsync();
        }
        catch (InvalidOperationException e)
        {
            throw new Xunit.Sdk.XunitException("With " + settings + ": " + e.Message);
        }

        Assert.False(diagnostics.Any(d => d.Id == "AD0001"), "AD0001 with " + settings);

        // The gate stays on: the acceptance that ended in 2001 is reported whatever the configuration says.
        Assert.True(diagnostics.Any(d => d.Id is "AIC306" or "AIC308") || IsOff(options), "No acceptance rule ran with " + settings);
    }

    // One file that compiles: the usings of both corpus sources first, then the acceptances, the declarations, the AI usage.
    private static string BuildSource()
    {
        var aiUsage = RobustnessCorpus.AiUsage.Replace("using AiCompliance;", "", StringComparison.Ordinal)
            .Replace("using Microsoft.Extensions.AI;", "", StringComparison.Ordinal)
            .Replace("using OpenAI.Chat;", "", StringComparison.Ordinal);
        var declarations = RobustnessCorpus.EveryDeclaration.Replace("namespace Bank.Credit;", Acceptances + "namespace Bank.Credit;", StringComparison.Ordinal);
        Assert.Contains(Acceptances, declarations, StringComparison.Ordinal);
        return "using Microsoft.Extensions.AI;\nusing OpenAI.Chat;\n" + declarations + "\n" + aiUsage + BareModel;
    }

    // Mode none switches every rule off, so no acceptance rule is expected to report.
    private static bool IsOff(Dictionary<string, string> options) =>
        options.TryGetValue(OptionKeys.Mode, out var mode) && string.Equals(ConfigLine(mode).Trim(), "none", StringComparison.OrdinalIgnoreCase);

    private static List<string> OptionKeyNames() =>
        typeof(OptionKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(k => k, StringComparer.Ordinal)
            .ToList();

    /// <summary>A random value: digits, a number anywhere in the int range and beyond, a date of any year, or random characters.</summary>
    private static string RandomValue(Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return random.NextInt64(long.MinValue / 2, long.MaxValue / 2).ToString(CultureInfo.InvariantCulture);
            case 1:
                return random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture);
            case 2:
                return string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}");
            default:
                const string Alphabet = "0123456789-.,; _abcXYZ\u3164\u200B\u202E\u0301\uFEFF\u00A0日本語é#\\\"'";
                var builder = new StringBuilder();
                var length = random.Next(0, 40);
                for (var i = 0; i < length; i++)
                {
                    builder.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                return builder.ToString();
        }
    }

    // A config value is one line; everything else reaches the analyzers as it is.
    private static string ConfigLine(string value) => value.Replace('\r', ' ').Replace('\n', ' ');

    private static string Escape(string value)
    {
        var shown = value.Length > 80 ? value[..80] + "…(" + value.Length.ToString(CultureInfo.InvariantCulture) + " chars)" : value;
        var builder = new StringBuilder("\"");
        foreach (var c in shown)
        {
            builder.Append(c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    // string.GetHashCode is randomized per process; the seed must not be.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
