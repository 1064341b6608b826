using System;
using System.Collections.Generic;

namespace AiCompliance.Cli;

/// <summary>One option a command accepts: its names (the first is the one it is known by) and whether it takes a value.</summary>
internal sealed record CommandOption(string[] Names, bool TakesValue = true)
{
    public string Name => Names[0];
}

/// <summary>
/// The arguments of one command, parsed against the options it declares: option values, flags, and the positional
/// arguments in order. Every command parses the same way, so they all report the same errors in the same words.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _positional = new();

    private CommandArguments()
    {
    }

    /// <summary>Whether -h/--help was given; the other arguments are then not checked.</summary>
    public bool Help { get; private set; }

    public IReadOnlyList<string> Positional => _positional;

    /// <summary>The value of an option (by its first name), or <see langword="null"/> when it was not given.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>
    /// Parses <paramref name="args"/>. On failure <paramref name="error"/> is the one-line message to print. An option
    /// that takes a value needs one that does not start with '-'; an unknown option is an error, and so is a positional
    /// argument beyond <paramref name="maxPositional"/> (<paramref name="tooMany"/> words that message).
    /// </summary>
    public static bool TryParse(
        string command,
        IReadOnlyList<string> args,
        IReadOnlyList<CommandOption> options,
        int maxPositional,
        Func<IReadOnlyList<string>, string, string> tooMany,
        out CommandArguments parsed,
        out string? error)
    {
        parsed = new CommandArguments();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                parsed.Help = true;
                return true;
            }

            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var option = Find(options, arg);
                if (option is null)
                {
                    error = $"{command}: unknown option '{arg}'. Run 'aicompliance {command} --help'.";
                    return false;
                }

                if (!option.TakesValue)
                {
                    parsed._flags.Add(option.Name);
                    continue;
                }

                if (i + 1 >= args.Count || (args[i + 1].StartsWith('-') && args[i + 1].Length > 1))
                {
                    error = $"{arg} needs a value.";
                    return false;
                }

                parsed._values[option.Name] = args[++i];
                continue;
            }

            if (parsed._positional.Count == maxPositional)
            {
                error = tooMany(parsed._positional, arg);
                return false;
            }

            parsed._positional.Add(arg);
        }

        return true;
    }

    private static CommandOption? Find(IReadOnlyList<CommandOption> options, string name)
    {
        foreach (var option in options)
        {
            if (Array.IndexOf(option.Names, name) >= 0)
            {
                return option;
            }
        }

        return null;
    }
}
