using System.Collections.Generic;
using System.IO;
using AiCompliance.Policy.Declarations;
using AiCompliance.Policy.Evidence;

namespace AiCompliance.ModelCards.Cards;

/// <summary>
/// The evidence files a compiled assembly's declarations name, read from the project folder they are relative to, so
/// that <c>aicompliance check --evidence-root</c> applies AIC209–AIC211 as the build does with its AdditionalFiles.
/// </summary>
public static class EvidenceFolder
{
    /// <summary>The files under <paramref name="root"/> that the declarations name and that exist.</summary>
    public static EvidenceFiles Read(string root, AssemblyDeclarations declarations)
    {
        var files = new List<EvidenceFile>();
        foreach (var model in declarations.Types)
        {
            foreach (var binding in EvidenceBinding.Of(model))
            {
                if (string.IsNullOrWhiteSpace(binding.Evidence))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(root, binding.Evidence!.Replace('\\', '/')));
                if (File.Exists(path) && !files.Exists(file => file.Path == path))
                {
                    files.Add(new EvidenceFile(path, () => TryRead(path)));
                }
            }
        }

        return new EvidenceFiles(files);
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (System.UnauthorizedAccessException)
        {
            return null;
        }
    }
}
