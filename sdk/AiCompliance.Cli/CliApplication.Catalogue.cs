using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using AiCompliance.Policy;
using AiCompliance.Policy.Frameworks;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Cli;

/// <summary>The commands that list the catalogue (<c>rules</c>, <c>frameworks</c>), and <c>help &lt;command&gt;</c>.</summary>
internal sealed partial class CliApplication
{
    private Command RulesCommand()
    {
        var command = new Command("rules", "List every rule of the analyzers with its default severity, category and title");
        command.SetAction(_ => Rules());
        return command;
    }

    private int Rules()
    {
        TextTable.Write(
            _out,
            "",
            ["ID", "Default", "Category", "Title"],
            RuleCatalog.Descriptors.Select(rule => (IReadOnlyList<string>)[rule.Id, Severity(rule.Recommended), rule.Category, rule.Title + (rule.NeedsSource ? " (needs source)" : "")]).ToList());

        _out.WriteLine();
        _out.WriteLine("'" + Tool + " check' runs every rule on a compiled assembly except those that need source; the build runs them all.");
        _out.WriteLine("Default is the severity in the recommended mode. Each rule's page: " + RuleDescriptor.HelpBaseUri + "<ID>.md");
        return ExitCodes.Success;
    }

    private static string Severity(RuleSeverity severity) => severity.ToString().ToLowerInvariant();

    private Command FrameworksCommand()
    {
        var id = new Argument<string>("id") { Description = "A framework id: list its clauses", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("frameworks", "List the governance frameworks the policy cites, or one framework's clauses") { id };
        Positionals(command, (parsed, extra) => $"frameworks: one framework id at a time ('{parsed.GetValue(id)}' and '{extra}' given).");
        command.SetAction(parsed => parsed.GetValue(id) is { } chosen ? Framework(chosen) : Frameworks());
        return command;
    }

    private int Framework(string id)
    {
        var framework = FrameworkCatalog.Find(id);
        if (framework is null)
        {
            return Usage($"frameworks: unknown framework '{id}'. Run '{Tool} frameworks' for the ids.");
        }

        _out.WriteLine($"{framework.Id}: {framework.Title}");
        _out.WriteLine($"  {framework.Version} ({framework.Date}); {framework.Publisher}; {framework.Bindingness}");
        if (framework.Url is not null)
        {
            _out.WriteLine("  " + framework.Url);
        }

        _out.WriteLine();
        foreach (var clause in framework.Clauses)
        {
            _out.WriteLine($"  {clause.Id,-14} {clause.Title}{(clause.Confidence == Confidence.High ? "" : " (to verify)")}");
        }

        if (framework.Clauses.Count == 0)
        {
            _out.WriteLine("  (no clauses in the table yet)");
        }

        return ExitCodes.Success;
    }

    private int Frameworks()
    {
        var defaults = new HashSet<string>(PolicySettings.DefaultFrameworkIds, StringComparer.Ordinal);
        _out.WriteLine("Id                   Date        Clauses  Title");
        foreach (var framework in FrameworkCatalog.All)
        {
            var mark = defaults.Contains(framework.Id) ? "*" : " ";
            _out.WriteLine($"{framework.Id + mark,-20} {framework.Date,-11} {framework.Clauses.Count,7}  {framework.Title}");
        }

        _out.WriteLine();
        _out.WriteLine("* selected by default. Details and clauses: " + Tool + " frameworks <id>");
        return ExitCodes.Success;
    }

    private Command HelpCommand()
    {
        var topic = new Argument<string>("command") { Description = "The command to explain", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Help on a command") { topic };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(topic);
            var commands = _root.Subcommands.Where(c => c.Name != "help" && !c.Hidden).Select(c => c.Name).ToList();
            if (name is not null && !commands.Contains(name))
            {
                return Usage($"no help for '{name}': it is not a command. Commands: {string.Join(", ", commands)}.");
            }

            return Run(name is null ? HelpArguments : [name, "--help"]);
        });
        return command;
    }
}
