namespace Intake.Pipeline.Signals.Screening;

/// <summary>
/// Where a host's screening lists come from: files named on the command line (<c>intake scan
/// --screening-list</c>), the <c>screening-lists</c> blob container (function app, <c>intake serve</c>),
/// or nowhere (<see cref="ScreeningListSet.None"/>: parties are not screened, and reports say so).
/// </summary>
public interface IScreeningListSource
{
    /// <summary>The lists in force now. Called once per document, so a source that reloads must be cheap when nothing changed.</summary>
    /// <exception cref="ScreeningListException">A configured list cannot be read: the scan must be refused, not run unscreened.</exception>
    ValueTask<ScreeningListSet> GetAsync(CancellationToken cancellationToken = default);
}

/// <summary>Lists loaded once (the CLI reads its files before the first document), or none.</summary>
public sealed class FixedScreeningListSource(ScreeningListSet lists) : IScreeningListSource
{
    public static FixedScreeningListSource None { get; } = new(ScreeningListSet.None);

    public ValueTask<ScreeningListSet> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(lists);

    /// <summary>Reads every file; the first that cannot be read throws, naming the file and line.</summary>
    public static async Task<FixedScreeningListSource> FromFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var lists = new List<ScreeningList>();
        foreach (var path in paths)
        {
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ScreeningListException(path, 0, $"cannot read the file: {exception.Message}", exception);
            }

            lists.Add(ScreeningListReader.Read(path, content));
        }

        return new FixedScreeningListSource(lists.Count == 0 ? ScreeningListSet.None : new ScreeningListSet(lists));
    }
}
