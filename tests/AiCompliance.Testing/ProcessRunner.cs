using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace AiCompliance.Testing;

/// <summary>The outcome of a child process.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;

    public override string ToString() =>
        $"`{Command}` exited with {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}

/// <summary>Runs child processes (dotnet, node) for end-to-end tests, with a timeout and both streams captured.</summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Child builds must not inherit the test host's MSBuild state or start servers that outlive them and keep our
        // output pipes open.
        start.Environment["MSBUILDNOINPROCNODE"] = null;
        start.Environment["MSBuildExtensionsPath"] = null;
        start.Environment["MSBuildSDKsPath"] = null;
        start.Environment["MSBUILD_EXE_PATH"] = null;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (error)
                {
                    error.AppendLine(e.Data);
                }
            }
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = fileName + " " + string.Join(' ', start.ArgumentList);
        var wait = process.WaitForExitAsync();
        if (await Task.WhenAny(wait, Task.Delay(timeout ?? TimeSpan.FromMinutes(5))).ConfigureAwait(false) != wait)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish in {timeout ?? TimeSpan.FromMinutes(5)}.{Environment.NewLine}{output}{error}");
        }

        await wait.ConfigureAwait(false);
        lock (output)
        {
            lock (error)
            {
                return new ProcessResult(command, process.ExitCode, output.ToString(), error.ToString());
            }
        }
    }
}
