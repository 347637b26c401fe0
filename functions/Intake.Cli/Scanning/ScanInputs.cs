namespace Intake.Cli.Scanning;

/// <summary>One file to scan: the name shown in the report and the path to read.</summary>
internal sealed record ScanInput(string Source, string FullPath);

/// <summary>
/// Expands the paths on the command line into files, in a deterministic order: arguments in the
/// order given, each folder's files sorted by their path inside it (ordinal), each file once.
/// Folders are walked recursively, skipping hidden files and folders (names starting with a dot);
/// links to folders are not followed (as with <c>find</c>), so a link cycle cannot make the walk
/// endless. A file named explicitly is always scanned; a folder that cannot be listed is reported
/// through <c>onSkipped</c> and the walk goes on.
/// </summary>
internal static class ScanInputs
{
    private static readonly EnumerationOptions s_oneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.Device,
        MatchType = MatchType.Simple,
    };

    public static IReadOnlyList<ScanInput> Collect(IEnumerable<string> paths, Action<string, string>? onSkipped = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inputs = new List<ScanInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var shown = TrimSeparators(path);
                var files = Walk(root, onSkipped)
                    .Select(full => (Full: full, Relative: Portable(Path.GetRelativePath(root, full))))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal);
                foreach (var (full, relative) in files)
                {
                    if (seen.Add(full))
                    {
                        inputs.Add(new ScanInput(shown.Length == 0 ? "/" + relative : shown + "/" + relative, full));
                    }
                }
            }
            else
            {
                var full = Path.GetFullPath(path);
                if (seen.Add(full))
                {
                    inputs.Add(new ScanInput(Portable(path), full));
                }
            }
        }

        return inputs;
    }

    private static List<string> Walk(string root, Action<string, string>? onSkipped)
    {
        var files = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                files.AddRange(folder.EnumerateFiles("*", s_oneLevel).Select(f => f.FullName));
                foreach (var child in folder.EnumerateDirectories("*", s_oneLevel).Where(d => d.LinkTarget is null))
                {
                    pending.Push(child);
                }
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                onSkipped?.Invoke(folder.FullName, exception is UnauthorizedAccessException ? "permission denied" : exception.Message);
            }
        }

        return files;
    }

    /// <summary>Report names use forward slashes on every OS, so reports compare across machines.</summary>
    private static string Portable(string path) => path.Replace('\\', '/');

    // "samples/" shows as "samples/a.pdf", not "samples//a.pdf"; the root "/" trims to "" and is put back above.
    private static string TrimSeparators(string path) => Portable(path).TrimEnd('/');
}
