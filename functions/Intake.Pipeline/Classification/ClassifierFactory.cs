using Intake.Pipeline.Classification.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Classification;

/// <summary>
/// Chooses the classifier a host gets: the trained model when its file is there, otherwise
/// <see cref="NoModelClassifier"/> (a clone that has not trained a model still scans, without findings).
/// A model file that is there but unreadable is an error: a host silently without its model would be worse.
/// </summary>
public static partial class ClassifierFactory
{
    public static IClauseClassifier Create(IOptions<ClauseModelOptions> options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var path = options.Value.ResolvedPath();
        if (!File.Exists(path))
        {
            LogNoModel(logger, path);
            return new NoModelClassifier();
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var model = ClauseModel.Load(path);
        var elapsedMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogLoaded(logger, model.Version, path, elapsedMs);
        return new ClauseModelClassifier(model, options.Value.EvidenceTerms);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No clause model at {ModelPath}; clauses are reported without findings")]
    private static partial void LogNoModel(ILogger logger, string modelPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clause model {ModelVersion} loaded from {ModelPath} in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, string modelVersion, string modelPath, double elapsedMs);
}
