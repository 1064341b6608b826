using System;
using System.IO;

namespace AiCompliance.Testing;

/// <summary>
/// Checks a file the repository generates from code (docs tables, mode configs). The test fails when the committed
/// file differs from what the code produces; with AICOMPLIANCE_UPDATE_GENERATED=1 it rewrites the file instead.
/// </summary>
public static class GeneratedFile
{
    public const string UpdateVariable = "AICOMPLIANCE_UPDATE_GENERATED";

    /// <summary>The one command that rewrites every generated file (CONTRIBUTING.md); generated-file tests carry this trait.</summary>
    public const string RegenerateCommand = UpdateVariable + "=1 dotnet test ComplianceSdk.sln -c Release --filter Category=Generated";

    public static void Verify(string path, string expectedContent)
    {
        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var current = File.Exists(path) ? File.ReadAllText(path) : null;
        if (string.Equals(current, expectedContent, StringComparison.Ordinal))
        {
            return;
        }

        if (update)
        {
            // Written beside the file and moved over it: the Roslyn 4.8 test project runs the same generated-file tests at
            // the same time, and a reader must never see half a file.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, expectedContent);
            File.Move(temporary, path, overwrite: true);
            return;
        }

        throw new VerificationException(
            $"{path} is out of date with the code it is generated from. Regenerate it with:{Environment.NewLine}" +
            $"  {RegenerateCommand}{Environment.NewLine}" +
            (current is null ? "(the file does not exist)" : TextDiff.Describe(expectedContent, current)));
    }
}
