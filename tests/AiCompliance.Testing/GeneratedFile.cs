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
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expectedContent);
            return;
        }

        throw new VerificationException(
            $"{path} is out of date with the code it is generated from. Regenerate it with:{Environment.NewLine}" +
            $"  {UpdateVariable}=1 dotnet test ComplianceSdk.sln{Environment.NewLine}" +
            (current is null ? "(the file does not exist)" : TextDiff.Describe(expectedContent, current)));
    }
}
