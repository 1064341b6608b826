using System;
using System.Collections.Generic;
using System.IO;
using AiCompliance.ModelCards;

namespace AiCompliance.Cli;

/// <summary>
/// Writes generated files without ever leaving a partial set: every file goes to a temporary file in the target
/// folder first (the same volume, so the final step is a rename), and only when all of them are written are they
/// moved into place. On failure the temporary files are removed and nothing already there is touched.
/// </summary>
internal static class CardWriter
{
    public static bool TryWrite(string directory, IReadOnlyList<CardFile> files, out IReadOnlyList<string> written, out string? error)
    {
        written = Array.Empty<string>();
        error = null;
        var temporary = new List<(string Temporary, string Final)>();
        try
        {
            if (File.Exists(directory))
            {
                error = $"{directory}: is a file, not an output folder.";
                return false;
            }

            foreach (var file in files)
            {
                // Checked before anything is written: a move that fails halfway would leave a partial set.
                if (Directory.Exists(Path.Combine(directory, file.Name)))
                {
                    error = $"{Path.Combine(directory, file.Name)}: is a folder; no card was written.";
                    return false;
                }
            }

            Directory.CreateDirectory(directory);
            var stamp = Guid.NewGuid().ToString("N")[..8];
            foreach (var file in files)
            {
                var final = Path.Combine(directory, file.Name);
                var temp = Path.Combine(directory, "." + file.Name + "." + stamp + ".tmp");
                temporary.Add((temp, final));
                File.WriteAllBytes(temp, file.Content);
            }

            var result = new List<string>(temporary.Count);
            foreach (var (temp, final) in temporary)
            {
                File.Move(temp, final, overwrite: true);
                result.Add(final);
            }

            temporary.Clear();
            written = result;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"{directory}: cannot write the cards ({CliApplication.OneLine(e.Message)}).";
            return false;
        }
        finally
        {
            foreach (var (temp, _) in temporary)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Best effort: a leftover temporary file is hidden (leading dot) and harmless.
                }
            }
        }
    }
}
