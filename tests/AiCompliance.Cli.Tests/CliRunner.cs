using System.Collections.Generic;
using System.IO;

namespace AiCompliance.Cli.Tests;

/// <summary>Runs the aicompliance command in process, with its own output streams and environment.</summary>
public static class CliRunner
{
    public sealed record Result(int Exit, string Out, string Error);

    public static Result Run(IReadOnlyDictionary<string, string?>? environment, params string[] args) => RunOn(null, environment, args);

    /// <summary>Runs on the real date <paramref name="realToday"/> (risk acceptances expire by it); null for the machine's.</summary>
    public static Result RunOn(System.DateTime? realToday, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = new CliApplication(output, error, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null, realToday).Run(args);
        return new Result(exit, output.ToString(), error.ToString());
    }

    public static Result Run(params string[] args) => Run(null, args);
}
