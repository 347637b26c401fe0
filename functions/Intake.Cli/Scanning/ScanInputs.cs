namespace Intake.Cli.Scanning;

/// <summary>One file to scan: the name shown in the report and the path to read.</summary>
internal sealed record ScanInput(string Source, string FullPath);

/// <summary>
/// Expands the paths on the command line into files, in a deterministic order: arguments in the
/// order given, each folder's files sorted by their path inside it (ordinal), each file once.
/// Folders are walked recursively, skipping hidden files and folders (names starting with a dot)
/// and anything the user may not list; a file named explicitly is always scanned.
/// </summary>
internal static class ScanInputs
{
    private static readonly EnumerationOptions s_walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.Device,
        MatchType = MatchType.Simple,
    };

    public static IReadOnlyList<ScanInput> Collect(IEnumerable<string> paths)
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
                var files = Directory.EnumerateFiles(root, "*", s_walk)
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

    /// <summary>Report names use forward slashes on every OS, so reports compare across machines.</summary>
    private static string Portable(string path) => path.Replace('\\', '/');

    // "samples/" shows as "samples/a.pdf", not "samples//a.pdf"; the root "/" trims to "" and is put back above.
    private static string TrimSeparators(string path) => Portable(path).TrimEnd('/');
}
