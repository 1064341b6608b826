using System;
using System.CommandLine;
using System.IO;
using System.Text;
using AiCompliance.Policy.Rules;

namespace AiCompliance.Cli;

/// <summary>
/// <c>package-assets --out DIR</c>: writes the package's files derived from the rule catalogue (the mode configs, the
/// rule release table) under DIR, laid out as in the package. The package project runs it when it builds; it is hidden
/// from the help because users never need it.
/// </summary>
internal sealed partial class CliApplication
{
    private Command PackageAssetsCommand()
    {
        var output = new Option<string>("--out", "-o") { HelpName = "DIR", Description = "The folder that stands for the package root", Required = true };
        var command = new Command("package-assets", "Write the package's files derived from the rule catalogue") { output };
        command.Hidden = true;
        command.SetAction(parsed => WritePackageAssets(parsed.GetValue(output)!));
        return command;
    }

    private int WritePackageAssets(string root)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var file in RuleBuildFiles.All())
        {
            var path = Path.Combine(root, file.Key);
            var content = utf8.GetBytes(file.Value);

            // An unchanged file keeps its timestamp, so that the projects that use it are not compiled again.
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            {
                continue;
            }

            if (!AtomicFile.TryWrite(path, content, out var error))
            {
                return InputError("package-assets: " + error);
            }
        }

        return ExitCodes.Success;
    }
}
