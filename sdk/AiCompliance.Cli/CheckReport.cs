using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiCompliance.ModelCards.Checking;
using AiCompliance.Policy;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Requirements;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Cli;

/// <summary>The human summary of <c>aicompliance check</c>: findings, suppressed findings, rules not checkable, counts.</summary>
internal static class CheckReport
{
    public static void Write(TextWriter output, CheckResult result)
    {
        var settings = result.Settings;
        var declarations = result.Assembly.Declarations;
        output.WriteLine($"aicompliance check: {Clean(result.FileName)} ({Clean(declarations.AssemblyName)} {Clean(declarations.AssemblyVersion)}), mode {settings.Mode.ToString().ToLowerInvariant()}, date {settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        output.WriteLine("Frameworks: " + string.Join(", ", settings.Frameworks.Select(f => f.Id)));
        ContextClauses(output, settings);
        var models = declarations.Models.Count();
        output.WriteLine($"Declares {Plural(models, "model")}, {Plural(declarations.Datasets.Count, "dataset")} and {Plural(declarations.RiskAcceptances.Count, "risk acceptance")}.");

        var open = result.Findings.Where(f => !f.IsSuppressed).ToList();
        var suppressed = result.Findings.Where(f => f.IsSuppressed).ToList();

        output.WriteLine();
        output.WriteLine($"Findings ({open.Count}):");
        if (open.Count == 0)
        {
            output.WriteLine("  none");
        }
        else
        {
            Table(
                output,
                ["Rule", "Severity", "Model / dataset", "Location", "Message"],
                open.Select(f => new[] { f.Rule.Id, Severity(f.Severity), f.Subject, f.Location, f.Message }).ToList());
        }

        if (suppressed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Suppressed by risk acceptances ({suppressed.Count}):");
            Table(
                output,
                ["Rule", "Severity", "Model / dataset", "Location", "Approver", "Until", "Message"],
                suppressed.Select(f => new[] { f.Rule.Id, Severity(f.Severity), f.Subject, f.Location, Clean(f.SuppressedBy!.Approver), Clean(f.SuppressedBy!.Until), f.Message }).ToList());
        }

        Declarations(output, result);

        if (result.NotCheckable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not checkable from this assembly (the build's analyzers report them):");
            foreach (var rule in result.NotCheckable)
            {
                output.WriteLine($"  {rule.Id}  {rule.Title}: {result.WhyNotCheckable(rule)}");
            }
        }

        output.WriteLine();
        var errors = result.Count(RuleSeverity.Error, suppressed: false);
        var summary = new StringBuilder();
        summary.Append(Plural(errors, "error")).Append(", ")
            .Append(Plural(result.Count(RuleSeverity.Warning, suppressed: false), "warning")).Append(", ")
            .Append(result.Count(RuleSeverity.Info, suppressed: false).ToString(CultureInfo.InvariantCulture)).Append(" info; ")
            .Append(suppressed.Count.ToString(CultureInfo.InvariantCulture)).Append(" suppressed by risk acceptances; ")
            .Append(result.NotCheckable.Count.ToString(CultureInfo.InvariantCulture)).Append(result.NotCheckable.Count == 1 ? " rule" : " rules").Append(" not checkable.");
        output.WriteLine("aicompliance: " + summary);
        output.WriteLine(errors > 0
            ? "aicompliance: failed: error-level findings remain (exit code 1)."
            : "aicompliance: passed: no error-level finding remains.");
    }

    /// <summary>
    /// What each model's card will say of the declarations the selected frameworks ask of it: a placeholder that the
    /// build reports as a warning is "incomplete" here, never "declared".
    /// </summary>
    private static void Declarations(TextWriter output, CheckResult result)
    {
        if (result.Declarations.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Declarations the selected frameworks ask of each model (as its card states them):");
        foreach (var report in result.Declarations)
        {
            var counts = new List<string> { $"{report.Count(DeclarationStatus.Declared)} of {report.Expected.Count} declared" };
            foreach (var status in new[] { DeclarationStatus.Incomplete, DeclarationStatus.Contradicted, DeclarationStatus.Invalid, DeclarationStatus.OutOfDate, DeclarationStatus.Missing })
            {
                var count = report.Count(status);
                if (count > 0)
                {
                    counts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + DeclarationStatuses.Text(status));
                }
            }

            output.WriteLine($"  {Clean(report.Model.DisplayId)}: {string.Join(", ", counts)}{(report.IsIncomplete ? "; the card is marked incomplete" : "")}");
            var rows = report.Expected
                .Where(entry => entry.Status != DeclarationStatus.Declared)
                .Select(entry => new[] { entry.Id, DeclarationStatuses.Text(entry.Status), entry.Reason ?? "" })
                .ToList();
            if (rows.Count > 0)
            {
                Table(output, ["Declaration", "Status", "Reason"], rows);
            }
        }
    }

    /// <summary>
    /// The selected frameworks' context clauses, on a line of their own: they ask nothing of a model, so neither the
    /// findings nor the declaration summary ever count them, and saying so keeps a reader from looking for them there.
    /// </summary>
    private static void ContextClauses(TextWriter output, PolicySettings settings)
    {
        var groups = settings.Frameworks
            .Select(framework => (framework.Id, Clauses: framework.Clauses.Where(clause => clause.Tier == ClauseTier.Context).Select(clause => clause.Id).ToList()))
            .Where(group => group.Clauses.Count > 0)
            .Select(group => group.Id + " " + string.Join(", ", group.Clauses))
            .ToList();
        if (groups.Count > 0)
        {
            output.WriteLine("Context clauses, never scored (they ask nothing of a model): " + string.Join("; ", groups));
        }
    }

    /// <summary>Severity as the build prints it: error, warning, info.</summary>
    public static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        _ => "none",
    };

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>One line, control characters escaped visibly (<see cref="MessageText"/>): declaration text can hold anything.</summary>
    private static string Clean(string? text) => string.IsNullOrEmpty(text) ? "" : MessageText.Escape(text!).Trim();

    private static void Table(TextWriter output, string[] headers, List<string[]> rows) =>
        TextTable.Write(output, "  ", headers, rows.Select(r => (IReadOnlyList<string>)r.Select(Clean).ToArray()).ToList());
}
