using System;
using System.IO;

namespace AiCompliance.Cli;

/// <summary>
/// Writes one file so that readers never see it half-written: the bytes go to a temporary file in the same folder (the
/// same volume, so the last step is a rename), which then replaces the target. On failure the temporary file is removed
/// and an existing target is left as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Whether <paramref name="path"/> can be written, found out without changing an existing file: its folder is created
    /// and the file opened for writing without truncation, then removed again when it did not exist before.
    /// </summary>
    public static bool CanWrite(string path, out string? error)
    {
        error = null;
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                error = $"{path}: is a folder, not a file.";
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var existed = File.Exists(full);
            using (new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write))
            {
            }

            if (!existed)
            {
                File.Delete(full);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = Unwritable(path, e);
            return false;
        }
    }

    private static string Unwritable(string path, Exception e) => $"{path}: cannot write the file ({CliApplication.OneLine(e.Message)}).";

    public static bool TryWrite(string path, byte[] content, out string? error)
    {
        error = null;
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                error = $"{path}: is a folder, not a file.";
                return false;
            }

            var directory = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(directory);
            temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
            temporary = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = Unwritable(path, e);
            return false;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Best effort: a leftover temporary file is hidden (leading dot) and harmless.
                }
            }
        }
    }
}
